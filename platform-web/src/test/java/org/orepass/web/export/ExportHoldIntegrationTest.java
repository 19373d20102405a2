package org.orepass.web.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A verified level-1 Annex II incident at an origin site holds the shipment's lots: the review page says so and
 * the certificate is refused until an inspector clears the site review.
 */
@PlatformTest
class ExportHoldIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    Clock clock;

    @Test
    void aSiteUnderReviewHoldsTheExportUntilTheReviewIsCleared() throws Exception {
        var submitted = new ExportFixtures(mvc, fixtures, jdbc, clock).submitted(true);
        var monitor = fixtures.signedIn(Role.CSO_MONITOR);
        long incident = armedGroupIncidentVerifiedAt(monitor, submitted.inspector(), submitted.siteId());
        var held = messages.getMessage("certificate.held", null, java.util.Locale.ENGLISH);

        mvc.perform(get("/exports/" + submitted.shipmentId() + "/review").with(user(submitted.inspector())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(org.springframework.web.util.HtmlUtils.htmlEscape(held))))
                .andExpect(content().string(containsString(submitted.exportLotNumber())));
        certify(submitted).andExpect(status().isOk());
        assertThat(certificates(submitted.shipmentId())).isZero();

        long review = jdbc.queryForObject("select id from site_review where incident_id = ?", Long.class, incident);
        mvc.perform(post("/incidents/site-reviews/" + review + "/clear").with(user(submitted.inspector()))
                        .with(csrf()).param("site", String.valueOf(submitted.siteId()))
                        .param("note", "Armed group left; checked on a visit with the police"))
                .andExpect(status().is3xxRedirection());
        certify(submitted).andExpect(status().is3xxRedirection());
        assertThat(certificates(submitted.shipmentId())).isOne();
    }

    private long armedGroupIncidentVerifiedAt(SignedInUser monitor, SignedInUser inspector, long siteId)
            throws Exception {
        long category = jdbc.queryForObject("select id from incident_category where code = 'ARMED_CONTROL'",
                Long.class);
        var location = mvc.perform(post("/incidents").with(user(monitor)).with(csrf())
                        .param("categoryId", String.valueOf(category)).param("severity", "1")
                        .param("occurredOn", LocalDate.now(clock).minusDays(2).toString())
                        .param("description", "An armed group collects a levy at the pit").param("affectedMen", "3")
                        .param("siteId", String.valueOf(siteId)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring("/incidents/".length()));
        move(inspector, id, "UNDER_VERIFICATION");
        move(monitor, id, "VERIFIED");
        assertThat(jdbc.queryForObject("select status from incident where id = ?", String.class, id))
                .isEqualTo("VERIFIED");
        return id;
    }

    private void move(SignedInUser who, long id, String target) throws Exception {
        mvc.perform(post("/incidents/" + id + "/status").with(user(who)).with(csrf()).param("target", target)
                        .param("version", String.valueOf(jdbc.queryForObject(
                                "select version from incident where id = ?", Long.class, id)))
                        .param("reason", "checked"))
                .andExpect(status().is3xxRedirection());
    }

    private org.springframework.test.web.servlet.ResultActions certify(ExportFixtures.Submitted submitted)
            throws Exception {
        return mvc.perform(post("/exports/" + submitted.shipmentId() + "/certificate")
                .with(user(submitted.inspector())).with(csrf())
                .param("version", String.valueOf(jdbc.queryForObject(
                        "select version from export_shipment where id = ?", Long.class, submitted.shipmentId())))
                .param("issuingAuthority", "Directorate of Geological Survey and Mines")
                .param("verifierName", "Grace Atim").param("verifierPosition", "Senior mines inspector")
                .param("verifiedOn", LocalDate.now(clock).toString()).param("validatorName", "Joseph Okello")
                .param("expiresOn", LocalDate.now(clock).plusDays(60).toString()));
    }

    private long certificates(long shipmentId) {
        return jdbc.queryForObject("select count(*) from export_certificate where shipment_id = ?", Long.class,
                shipmentId);
    }
}
