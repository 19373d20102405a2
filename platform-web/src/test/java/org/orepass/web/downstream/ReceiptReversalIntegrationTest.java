package org.orepass.web.downstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.organisation.OrganisationAdministration;
import org.orepass.web.export.ExportFixtures;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.MutableClock;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A downstream receipt corrected by reversing it (issue 18): only the consignee's users reverse it, with a reason
 * (refused next to the field in their language, what was typed kept), CSRF-protected; the passport shows the chain
 * open again; the audit trail keeps the reversed mass; the consignee then confirms the right mass.
 */
@PlatformTest
class ReceiptReversalIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountFixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired OrganisationAdministration organisations;
    ExportFixtures exports;
    SmelterFixtures smelters;

    @BeforeEach
    void fixtures() {
        exports = new ExportFixtures(mvc, fixtures, jdbc, clock);
        smelters = new SmelterFixtures(organisations, fixtures);
    }

    private org.springframework.test.web.servlet.ResultActions reverse(SignedInUser who, long id, String reason)
            throws Exception {
        return mvc.perform(post("/downstream/shipments/" + id + "/receipt/reversal").with(user(who)).with(csrf())
                .param("reason", reason));
    }

    private boolean closed(long id) throws Exception {
        var code = jdbc.queryForObject("select code from verification_code where subject_kind = 'SHIPMENT'"
                + " and subject_id = ?", String.class, id);
        return mvc.perform(get("/verify/" + code).accept(MediaType.APPLICATION_JSON)).andReturn().getResponse()
                .getContentAsString().contains("\"receipt\":{");
    }

    @Test
    void theConsigneeReversesAWrongReceiptWithAReasonAndConfirmsItAgain() throws Exception {
        var certified = exports.certified(false);
        var id = certified.shipmentId();
        var smelter = smelters.smelter("Reversal Tin Smelter", "NL");
        mvc.perform(post("/downstream/shipments/" + id + "/consignee").with(user(certified.exporter())).with(csrf())
                .param("consigneeId", String.valueOf(smelter.organisation().getId())))
                .andExpect(redirectedUrl("/downstream/shipments/" + id));
        var today = LocalDate.now(clock).toString();
        // Nothing to reverse before a receipt: said on the page, not a 500.
        reverse(smelter.operator(), id, "Typed 2,495 kg").andExpect(status().isOk())
                .andExpect(content().string(containsString("This receipt is not confirmed")));
        mvc.perform(post("/downstream/shipments/" + id + "/receipt").with(user(smelter.operator())).with(csrf())
                .param("receivedOn", today).param("receivedKg", "2495")).andExpect(redirectedUrl(
                        "/downstream/shipments/" + id));
        assertThat(closed(id)).isTrue();
        mvc.perform(get("/downstream/shipments/" + id).with(user(smelter.operator()))
                .cookie(new Cookie("ORE_PASS_LANG", "sw")))
                .andExpect(content().string(containsString("Batilisha upokeaji huu")));

        // Nobody else (the exporter, the inspector, an administrator): not found; no CSRF token: forbidden.
        for (var stranger : List.of(certified.exporter(), certified.inspector(), fixtures.signedIn(Role.ADMIN))) {
            reverse(stranger, id, "Not mine").andExpect(status().isNotFound());
        }
        mvc.perform(post("/downstream/shipments/" + id + "/receipt/reversal").with(user(smelter.operator()))
                .param("reason", "x")).andExpect(status().isForbidden());
        // No reason: refused next to the field, in French; too long: refused, what was typed kept.
        mvc.perform(post("/downstream/shipments/" + id + "/receipt/reversal").with(user(smelter.operator()))
                        .with(csrf()).cookie(new Cookie("ORE_PASS_LANG", "fr")).param("reason", "  "))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"reason-error\"")))
                .andExpect(content().string(containsString("Annuler cette réception")));
        reverse(smelter.operator(), id, "y".repeat(1001)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"reason-error\"")))
                .andExpect(content().string(containsString("y".repeat(1001))));
        assertThat(closed(id)).as("still received").isTrue();

        reverse(smelter.operator(), id, "Typed 2,495 kg instead of 249.5 kg")
                .andExpect(redirectedUrl("/downstream/shipments/" + id));
        assertThat(closed(id)).as("open again until confirmed anew").isFalse();
        var row = jdbc.queryForMap("select confirmed_at, received_kg, reversed_by, reversal_reason"
                + " from downstream_consignment where shipment_id = ?", id);
        assertThat(row.get("confirmed_at")).isNull();
        assertThat(row.get("received_kg")).isNull();
        assertThat(row.get("reversed_by")).isEqualTo(smelter.operator().username());
        assertThat(row.get("reversal_reason")).isEqualTo("Typed 2,495 kg instead of 249.5 kg");
        // The audit trail keeps what was reversed, and who did it.
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'Consignment'"
                + " and actor = ? and changes -> 'reversalReason' is not null and changes::text like '%2495%'",
                Long.class, smelter.operator().username())).isEqualTo(1L);

        mvc.perform(post("/downstream/shipments/" + id + "/receipt").with(user(smelter.operator())).with(csrf())
                .param("receivedOn", today).param("receivedKg", "249.5")).andExpect(redirectedUrl(
                        "/downstream/shipments/" + id));
        assertThat(closed(id)).isTrue();
        assertThat(jdbc.queryForObject("select received_kg from downstream_consignment where shipment_id = ?",
                java.math.BigDecimal.class, id)).isEqualByComparingTo("249.5");
    }
}
