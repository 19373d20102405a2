package org.orepass.web.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orepass.web.export.ExportFixtures;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.MutableClock;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A certificate withdrawn from its own page (issue 18): the button is there for the issuing country's inspector
 * (and administrators) only, in the reader's language; the POST needs the CSRF token and the rule of
 * {@code /passport/withdraw}; once withdrawn, the certificate page and its PDF say so in English and French, the
 * passport answers "withdrawn", and the audit trail names who withdrew the code and the certificate.
 */
@PlatformTest
class CertificateWithdrawIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountFixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    ExportFixtures exports;

    @BeforeEach
    void fixtures() {
        exports = new ExportFixtures(mvc, fixtures, jdbc, clock);
    }

    private String page(long shipmentId, SignedInUser who, String language) throws Exception {
        return mvc.perform(get("/exports/" + shipmentId + "/certificate").with(user(who))
                .cookie(new Cookie("ORE_PASS_LANG", language))).andReturn().getResponse().getContentAsString();
    }

    @Test
    void theIssuingCountrysInspectorWithdrawsTheCertificateFromItsPageWhichThenSaysWithdrawn() throws Exception {
        var certified = exports.certified(false);
        var id = certified.shipmentId();
        var certificate = jdbc.queryForObject("select id from export_certificate where shipment_id = ?", Long.class,
                id);
        var code = jdbc.queryForObject("select code from verification_code where subject_kind = 'CERTIFICATE'"
                + " and subject_id = ?", String.class, certificate);
        var action = "/passport/exports/" + id + "/certificate/withdraw";

        // The button, in four languages, for the inspector; none for the exporter.
        var buttons = Map.of("en", "Withdraw this certificate", "fr", "Retirer ce certificat", "es",
                "Retirar este certificado", "sw", "Ondoa cheti hiki");
        for (var language : buttons.keySet()) {
            var form = Jsoup.parse(page(id, certified.inspector(), language)).select("form[action=" + action + "]");
            assertThat(form).as(language).hasSize(1);
            assertThat(form.select("button").text()).as(language).isEqualTo(buttons.get(language));
            assertThat(form.select("input[name=_csrf]")).as(language).hasSize(1);
        }
        assertThat(Jsoup.parse(page(id, certified.exporter(), "en")).select("form[action=" + action + "]")).isEmpty();

        // Refused: without the CSRF token, the exporter (role), an inspector of another country (not theirs: the
        // shipment is not even visible to them).
        assertThat(mvc.perform(post(action).with(user(certified.inspector()))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post(action).with(user(certified.exporter())).with(csrf())).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post(action).with(user(fixtures.inspectorOf("RW", Set.of()))).with(csrf()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select withdrawn_at is null from export_certificate where id = ?",
                Boolean.class, certificate)).isTrue();

        var done = mvc.perform(post(action).with(user(certified.inspector())).with(csrf())).andReturn().getResponse();
        assertThat(done.getRedirectedUrl()).isEqualTo("/exports/" + id + "/certificate");
        var after = Jsoup.parse(page(id, certified.inspector(), "en"));
        assertThat(after.select(".withdrawn").text()).contains("WITHDRAWN: this certificate is no longer valid.")
                .contains("RETIRÉ : ce certificat n’est plus valable.");
        assertThat(after.select("form[action=" + action + "]")).as("no button once withdrawn").isEmpty();
        assertThat(mvc.perform(get("/verify/" + code)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(jdbc.queryForObject("select actor from audit_entry where entity_type = 'VerificationCode'"
                + " and entity_id = ? order by id desc limit 1", String.class, "CERTIFICATE:" + certificate))
                .isEqualTo(certified.inspector().username());
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'ExportCertificate'"
                + " and entity_id = ? and changes -> 'withdrawnAt' is not null and actor = ?", Long.class,
                String.valueOf(certificate), certified.inspector().username())).isEqualTo(1L);

        var pdf = mvc.perform(get("/exports/" + id + "/certificate.pdf").with(user(certified.exporter())))
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document)).contains("WITHDRAWN")
                    .doesNotContain("Withdraw this certificate");
        }

        // Again: refused with the reason on the page, not a 500.
        var again = mvc.perform(post(action).with(user(certified.inspector())).with(csrf())).andReturn();
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/exports/" + id + "/certificate");
        assertThat(again.getFlashMap().get("withdrawError")).isEqualTo("provenance.withdraw.already");
    }
}
