package org.orepass.web.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orepass.ledger.Ledger;
import org.orepass.web.export.ExportFixtures;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.MutableClock;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Withdrawing a certificate's verification code (issue 18): an inspector of another country and a mistyped code are
 * refused by the field (code kept), an exporter may not open the page; the issuing country's inspector withdraws it,
 * the passport then says "withdrawn", the audit trail names who, and the custody ledger holds the withdrawal.
 */
@PlatformTest
class WithdrawIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountFixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired Ledger ledger;
    ExportFixtures exports;

    @BeforeEach
    void fixtures() {
        exports = new ExportFixtures(mvc, fixtures, jdbc, clock);
    }

    private MockHttpServletResponse withdraw(SignedInUser who, String code, Locale locale) throws Exception {
        return mvc.perform(post("/passport/withdraw").param("code", code).with(user(who)).with(csrf())
                .locale(locale)).andReturn().getResponse();
    }

    @Test
    void theIssuingCountrysInspectorWithdrawsACertificateAndThePassportSaysWithdrawn() throws Exception {
        var certified = exports.certified(false);
        var certificate = jdbc.queryForObject("select id from export_certificate where shipment_id = ?", Long.class,
                certified.shipmentId());
        var code = jdbc.queryForObject("select code from verification_code where subject_kind = 'CERTIFICATE'"
                + " and subject_id = ?", String.class, certificate);
        var grouped = code.toUpperCase(Locale.ROOT).replaceAll("(.{4})(?!$)", "$1-");

        var stranger = withdraw(fixtures.inspectorOf("RW", Set.of()), grouped, Locale.FRENCH);
        assertThat(stranger.getStatus()).isEqualTo(200);
        assertThat(stranger.getContentAsString()).contains("Seul un administrateur ou un inspecteur du pays")
                .contains("value=\"" + grouped + "\"").contains("aria-invalid=\"true\"");
        assertThat(withdraw(certified.inspector(), "not-a-code", Locale.ENGLISH).getContentAsString())
                .contains("No code like this is known.").contains("value=\"not-a-code\"");
        assertThat(mvc.perform(get("/passport/withdraw").with(user(certified.exporter()))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/passport/withdraw").param("code", code).with(user(certified.inspector())))
                .andReturn().getResponse().getStatus()).as("without the CSRF token").isEqualTo(403);
        assertThat(jdbc.queryForObject("select revoked_at is null from verification_code where code = ?",
                Boolean.class, code)).isTrue();

        var done = withdraw(certified.inspector(), grouped, Locale.ENGLISH);
        assertThat(done.getRedirectedUrl()).isEqualTo("/passport/withdraw");
        // The certificate itself is withdrawn in export (its page and PDF say so: CertificateWithdrawIntegrationTest).
        assertThat(jdbc.queryForObject("select withdrawn_by from export_certificate where id = ? and withdrawn_at"
                + " is not null", String.class, certificate)).isEqualTo(certified.inspector().username());
        assertThat(mvc.perform(get("/verify/" + code).locale(Locale.ENGLISH)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(jdbc.queryForObject("select actor from audit_entry where entity_type = 'VerificationCode'"
                + " and entity_id = ? order by id desc limit 1", String.class, "CERTIFICATE:" + certificate))
                .isEqualTo(certified.inspector().username());
        ledger.chain();
        assertThat(jdbc.queryForObject("select count(*) from ledger_record where source = 'CERTIFICATE_REVOKED'"
                + " and source_id = ?", Long.class, certificate)).isEqualTo(1L);
        assertThat(withdraw(certified.inspector(), code, Locale.ENGLISH).getContentAsString())
                .contains("This code is already withdrawn.");
    }
}
