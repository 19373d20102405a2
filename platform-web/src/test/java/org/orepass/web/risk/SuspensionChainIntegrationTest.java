package org.orepass.web.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.site.Mineral;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * A buyer's disengagement from a supplier holds along the whole chain (OECD Annex II, docs/custody.md): a lot that
 * holds the supplier's ore is refused to that buyer even when an intermediary bought it and sells it on, on the
 * sale and on the receipt, with a message that names the upstream supplier; the intermediary's other lots, and the
 * same lot offered to another buyer, still go through.
 */
@PlatformTest
class SuspensionChainIntegrationTest {

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
    void aDisengagedSuppliersOreIsRefusedThroughAnIntermediaryAndOtherOreIsNot() throws Exception {
        var f = new RiskFixtures(mvc, fixtures, jdbc);
        var today = LocalDate.now(clock);
        // The supplier's site, and an intermediary with a site of its own.
        var supplier = f.parties("UG", "UG-W", Mineral.CASSITERITE);
        var intermediary = fixtures.signedIn(Role.OPERATOR);
        var buyer = supplier.exporter();
        long fromSupplier = f.produce(supplier, Mineral.CASSITERITE, "60", today);
        long delivery;
        f.sell(supplier.producer(), intermediary, fromSupplier, "60", "", "", "").andExpect(status().is3xxRedirection());
        long bought = f.receive(intermediary, f.lastTransferOf(fromSupplier), "60");
        var ownSite = new RiskFixtures.Parties(supplier.inspector(), intermediary, buyer,
                f.site(supplier.inspector(), intermediary, "UG", "UG-W", Mineral.CASSITERITE));
        long own = f.produce(ownSite, Mineral.CASSITERITE, "40", today);
        // A delivery from the intermediary already on the road when the buyer decides.
        f.sell(intermediary, buyer, bought, "10", "", "", "").andExpect(status().is3xxRedirection());
        delivery = f.lastTransferOf(bought);

        long assessment = f.assessSupplier(buyer, supplier.producer().organisationId());
        f.decide(buyer, assessment, "DISENGAGE").andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select decision_status from risk_assessment where id = ?", String.class,
                assessment)).isEqualTo("EFFECTIVE");

        var supplierName = jdbc.queryForObject("select name from organisation where id = ?", String.class,
                supplier.producer().organisationId());
        var refused = HtmlUtils.htmlEscape(messages.getMessage("risk.blocked.upstream.SUPPLIER", new Object[] {
                messages.getMessage("risk.decision.DISENGAGE", null, Locale.ENGLISH), assessment, supplierName},
                Locale.ENGLISH), "UTF-8");
        // The intermediary offers the supplier's ore: refused on the sale and on the receipt, naming the supplier.
        f.sell(intermediary, buyer, bought, "20", "", "", "").andExpect(status().isOk())
                .andExpect(content().string(containsString(refused)));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/transfers/" + delivery + "/receipt")
                        .with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.user(buyer))
                        .with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.csrf())
                        .param("massKg", "10"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(refused)));
        assertThat(jdbc.queryForObject("select status from custody_transfer where id = ?", String.class, delivery))
                .isEqualTo("SENT");
        // Mixed into a new lot by the intermediary, it is still the supplier's ore.
        var mixed = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/lots/" + own + "/combination")
                        .with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.user(intermediary))
                        .with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.csrf())
                        .param("date", today.toString())
                        .param("inputs[0].lotId", String.valueOf(own))
                        .param("inputs[0].version", String.valueOf(f.lotVersion(own)))
                        .param("inputs[0].selected", "true").param("inputs[0].massKg", "20")
                        .param("inputs[1].lotId", String.valueOf(bought))
                        .param("inputs[1].version", String.valueOf(f.lotVersion(bought)))
                        .param("inputs[1].selected", "true").param("inputs[1].massKg", "20"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long combined = Long.parseLong(mixed.substring("/lots/".length()));
        f.sell(intermediary, buyer, combined, "40", "", "", "").andExpect(status().isOk())
                .andExpect(content().string(containsString(refused)));

        // The lawful paths: the intermediary's own ore is bought, and another buyer takes the supplier's.
        f.sell(intermediary, buyer, own, "20", "", "", "").andExpect(status().is3xxRedirection());
        f.receive(buyer, f.lastTransferOf(own), "20");
        var otherBuyer = fixtures.signedIn(Role.EXPORTER);
        f.sell(intermediary, otherBuyer, bought, "10", "", "", "").andExpect(status().is3xxRedirection());
        f.receive(otherBuyer, f.lastTransferOf(bought), "10");
    }
}
