package org.orepass.web.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.web.custody.TradeBlockFixtures;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.util.HtmlUtils;

/**
 * No export from a red site (docs/export.md): a lot from a site red for a critical criterion cannot be put in a
 * shipment, a draft holding it cannot be submitted, and a lot produced while its site was red is never certified,
 * even once the site is green again; after a later green inspection the lawful lots are shipped and certified.
 */
@PlatformTest
class ExportBlockIntegrationTest {

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

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String message(String key, Object... args) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, args, Locale.ENGLISH), "UTF-8");
    }

    private ResultActions draft(SignedInUser exporter, long lotId, String kg) throws Exception {
        return mvc.perform(post("/exports").with(user(exporter)).with(csrf())
                .param("importerName", "Refinery Europe BV")
                .param("importerAddress", "Havenstraat 1, Rotterdam").param("importerCountry", "NL")
                .param("destinationCountry", "NL").param("mineral", "CASSITERITE")
                .param("declaredMass", kg).param("declaredUnit", "KGM").param("grade", "60")
                .param("declaredValue", "4600").param("currency", "USD").param("transportMode", "ROAD")
                .param("carrier", "Lake Transport Ltd").param("route", "UG;KE")
                .param("shipmentDate", today().plusDays(5).toString())
                .param("lots[" + lotId + "]", kg));
    }

    private long drafted(SignedInUser exporter, long lotId, String kg) throws Exception {
        var url = draft(exporter, lotId, kg).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(url.substring("/exports/".length()));
        mvc.perform(multipart("/exports/" + id + "/documents")
                        .file(new MockMultipartFile("file", "invoice.pdf", "application/pdf",
                                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
                        .with(user(exporter)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        return id;
    }

    private ResultActions submit(SignedInUser exporter, long shipmentId) throws Exception {
        return mvc.perform(post("/exports/" + shipmentId + "/submission").with(user(exporter)).with(csrf())
                .param("version", String.valueOf(version(shipmentId))));
    }

    private ResultActions certify(SignedInUser inspector, long shipmentId) throws Exception {
        return mvc.perform(post("/exports/" + shipmentId + "/certificate").with(user(inspector)).with(csrf())
                .param("version", String.valueOf(version(shipmentId)))
                .param("issuingAuthority", "Directorate of Geological Survey and Mines")
                .param("verifierName", "Grace Atim").param("verifierPosition", "Senior mines inspector")
                .param("verifiedOn", today().toString()).param("validatorName", "Joseph Okello")
                .param("expiresOn", today().plusDays(60).toString()));
    }

    private long version(long shipmentId) {
        return jdbc.queryForObject("select version from export_shipment where id = ?", Long.class, shipmentId);
    }

    private String shipmentStatus(long shipmentId) {
        return jdbc.queryForObject("select status from export_shipment where id = ?", String.class, shipmentId);
    }

    @Test
    void lotsFromARedSiteAreNeitherShippedNorSubmittedNorCertifiedUntilALaterInspectionClearsTheSite()
            throws Exception {
        var f = new TradeBlockFixtures(mvc, fixtures, jdbc);
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var exporter = fixtures.signedIn(Role.OPERATOR, Role.EXPORTER);
        long site = f.site(inspector, exporter);
        long first = f.produce(inspector, exporter, site, "250", today().minusDays(10));
        long second = f.produce(inspector, exporter, site, "100", today().minusDays(10));
        long shipment = drafted(exporter, first, "250");

        f.inspectRed(inspector, site, today().minusDays(8));
        var red = message("lot.blocked.red-critical", f.lotNumber(second), f.siteName(site),
                today().minusDays(8).toString());
        // Adding the lot to a shipment: refused by that lot's field.
        draft(exporter, second, "100").andExpect(status().isOk())
                .andExpect(content().string(containsString(red)))
                .andExpect(content().string(containsString("lots[" + second + "]-error")));
        // Submitting a draft saved before the site turned red: refused, nothing taken.
        submit(exporter, shipment).andExpect(status().isOk())
                .andExpect(content().string(containsString(message("lot.blocked.red-critical", f.lotNumber(first),
                        f.siteName(site), today().minusDays(8).toString()))));
        assertThat(shipmentStatus(shipment)).isEqualTo("DRAFT");
        assertThat(jdbc.queryForObject("select remaining_kg from lot where id = ?", java.math.BigDecimal.class,
                first)).isEqualByComparingTo("250");

        // A later inspection clears the site: the draft is submitted and certified, the other lot shipped.
        f.inspectGreen(inspector, site, today().minusDays(6));
        submit(exporter, shipment).andExpect(status().is3xxRedirection());
        assertThat(shipmentStatus(shipment)).isEqualTo("SUBMITTED");
        draft(exporter, second, "100").andExpect(status().is3xxRedirection());

        // Red again before the inspector decides: no certificate; green again: certified.
        f.inspectRed(inspector, site, today().minusDays(4));
        certify(inspector, shipment).andExpect(status().isOk());
        assertThat(shipmentStatus(shipment)).isEqualTo("SUBMITTED");
        f.inspectGreen(inspector, site, today().minusDays(2));
        certify(inspector, shipment).andExpect(status().is3xxRedirection());
        assertThat(shipmentStatus(shipment)).isEqualTo("CERTIFIED");
    }

    @Test
    void aLotProducedWhileItsSiteWasRedIsNeverShippedNorCertifiedEvenOnceTheSiteIsGreen() throws Exception {
        var f = new TradeBlockFixtures(mvc, fixtures, jdbc);
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var exporter = fixtures.signedIn(Role.OPERATOR, Role.EXPORTER);
        long site = f.site(inspector, exporter);
        long shipped = f.produce(inspector, exporter, site, "80", today().minusDays(15));
        long kept = f.produce(inspector, exporter, site, "70", today().minusDays(15));
        long shipment = drafted(exporter, shipped, "80");
        submit(exporter, shipment).andExpect(status().is3xxRedirection());
        // Then a visit from before their production, recorded late, found an armed group; the site has been green
        // since yesterday, so the custody trace alone (status today) sees nothing wrong.
        f.inspectRed(inspector, site, today().minusDays(20));
        f.inspectGreen(inspector, site, today().minusDays(1));

        certify(inspector, shipment).andExpect(status().isOk())
                .andExpect(content().string(containsString(message("lot.blocked.red-at-production",
                        jdbc.queryForObject("select l.lot_number from lot l join export_shipment s"
                                + " on s.export_lot_id = l.id where s.id = ?", String.class, shipment),
                        f.siteName(site), today().minusDays(15).toString()))));
        assertThat(shipmentStatus(shipment)).isEqualTo("SUBMITTED");
        draft(exporter, kept, "70").andExpect(status().isOk())
                .andExpect(content().string(containsString(message("lot.blocked.red-at-production",
                        f.lotNumber(kept), f.siteName(site), today().minusDays(15).toString()))));

        // Ore produced after the green inspection is shipped, submitted and certified.
        long later = f.produce(inspector, exporter, site, "90", today());
        long lawful = drafted(exporter, later, "90");
        submit(exporter, lawful).andExpect(status().is3xxRedirection());
        certify(inspector, lawful).andExpect(status().is3xxRedirection());
        assertThat(shipmentStatus(lawful)).isEqualTo("CERTIFIED");
    }
}
