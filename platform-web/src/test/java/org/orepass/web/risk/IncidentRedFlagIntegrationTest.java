package org.orepass.web.risk;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.web.export.ExportFixtures;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A verified armed-group incident at a site the exporter sources from is a red flag on its assessment of that site
 * (linked to the incident), raises the armed-group risk to high, and so "continue" is refused. An incident still
 * being verified raises nothing.
 */
@PlatformTest
class IncidentRedFlagIntegrationTest {

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
    void aVerifiedArmedGroupIncidentAtTheSiteRefusesContinue() throws Exception {
        var chain = new ExportFixtures(mvc, fixtures, jdbc, clock).submitted(true);
        var monitor = fixtures.signedIn(Role.CSO_MONITOR);
        long incident = report(monitor, chain.siteId());
        long assessment = assessSite(chain.exporter(), chain.siteId());

        // Reported, not yet verified: no flag, and the exporter may continue.
        mvc.perform(get("/risk/assessments/" + assessment).with(user(chain.exporter())))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/incidents/" + incident + "\""))));

        move(chain.inspector(), incident, "UNDER_VERIFICATION");
        move(monitor, incident, "VERIFIED");
        mvc.perform(get("/risk/assessments/" + assessment).with(user(chain.exporter())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/incidents/" + incident + "\"")));
        // The assessor saves the assessment again with the flag before deciding (levels are kept per version).
        mvc.perform(post("/risk/assessments/" + assessment).with(user(chain.exporter())).with(csrf())
                .param("version", String.valueOf(version(assessment)))).andExpect(status().is3xxRedirection());
        mvc.perform(post("/risk/assessments/" + assessment + "/decision").with(user(chain.exporter())).with(csrf())
                        .param("version", String.valueOf(version(assessment))).param("decision", "CONTINUE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(messages.getMessage("risk.decision.refused",
                        new Object[] {messages.getMessage("risk.annex.NON_STATE_ARMED_GROUPS", null, Locale.ENGLISH)},
                        Locale.ENGLISH))));
    }

    private long report(SignedInUser monitor, long siteId) throws Exception {
        long category = jdbc.queryForObject("select id from incident_category where code = 'ARMED_CONTROL'",
                Long.class);
        var location = mvc.perform(post("/incidents").with(user(monitor)).with(csrf())
                        .param("categoryId", String.valueOf(category)).param("severity", "1")
                        .param("occurredOn", LocalDate.now(clock).minusDays(2).toString())
                        .param("description", "An armed group collects a levy at the pit").param("affectedMen", "3")
                        .param("siteId", String.valueOf(siteId)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring("/incidents/".length()));
    }

    private void move(SignedInUser who, long id, String target) throws Exception {
        mvc.perform(post("/incidents/" + id + "/status").with(user(who)).with(csrf()).param("target", target)
                        .param("version", String.valueOf(jdbc.queryForObject(
                                "select version from incident where id = ?", Long.class, id)))
                        .param("reason", "checked"))
                .andExpect(status().is3xxRedirection());
    }

    private long assessSite(SignedInUser exporter, long siteId) throws Exception {
        var url = mvc.perform(post("/risk/assessments").with(user(exporter)).with(csrf())
                        .param("subjectKind", "SITE").param("siteId", String.valueOf(siteId)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(url.substring("/risk/assessments/".length()));
        mvc.perform(post("/risk/assessments/" + id).with(user(exporter)).with(csrf())
                .param("version", String.valueOf(version(id)))).andExpect(status().is3xxRedirection());
        return id;
    }

    private long version(long assessment) {
        return jdbc.queryForObject("select version from risk_assessment where id = ?", Long.class, assessment);
    }
}
