package org.orepass.web.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.custody.CustodyTransfers;
import org.orepass.custody.TagIssuing;
import org.orepass.shared.DomainRuleViolation;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Purchase and sale between two organisations through the pages: sale, receipt, flag, rejection, refusals. */
@PlatformTest
class TransferIntegrationTest {

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

    @Autowired
    CustodyTransfers transfers;

    @Autowired
    PlatformTransactionManager transactionManager;

    private record Parties(SignedInUser seller, SignedInUser buyer, long lotId) {
    }

    /** A 100 kg cassiterite lot produced at a green site of the seller's organisation; the buyer is another one. */
    private Parties lotOf100Kg() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var seller = fixtures.signedIn(Role.OPERATOR);
        var buyer = fixtures.signedIn(Role.EXPORTER);
        var site = mvc.perform(post("/sites").with(user(inspector)).with(csrf())
                        .param("name", AccountFixtures.unique("Tin pit")).param("country", "UG")
                        .param("division", "UG-W").param("locality", "Kisoro").param("latitude", "-1.2833")
                        .param("longitude", "29.6947").param("minerals", "CASSITERITE")
                        .param("activityStatus", "ACTIVE").param("miningType", "ARTISANAL")
                        .param("formalisationStage", "LICENSED").param("licenceType", "ARTISANAL_PERMIT")
                        .param("licenceNumber", "AP-" + System.nanoTime()).param("workersMen", "40")
                        .param("workersWomen", "12").param("capacity[CASSITERITE]", "100000")
                        .param("ownerId", String.valueOf(seller.organisationId())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        var siteId = Long.parseLong(site.substring("/sites/".length()));
        jdbc.update("update mine_site set status = 'GREEN', status_since = current_date where id = ?", siteId);
        var prefix = ("X" + (System.nanoTime() % 100_000_000) + "-").toUpperCase(Locale.ROOT);
        mvc.perform(post("/sites/" + siteId + "/tags").with(user(inspector)).with(csrf())
                .param("prefix", prefix).param("from", "1").param("to", "1")).andExpect(status().is3xxRedirection());
        var lot = mvc.perform(post("/lots").param("site", String.valueOf(siteId)).with(user(seller)).with(csrf())
                        .param("tagNumber", TagIssuing.number(prefix, 1)).param("mineral", "CASSITERITE")
                        .param("mass", "100").param("unit", "KGM")
                        .param("productionDate", LocalDate.now(clock).toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return new Parties(seller, buyer, Long.parseLong(lot.substring("/lots/".length())));
    }

    private ResultActions sell(SignedInUser who, long lotId, Long buyerId, String massKg, Cookie... cookies)
            throws Exception {
        var request = post("/lots/" + lotId + "/sales").with(user(who)).with(csrf())
                .param("buyerId", buyerId == null ? "" : String.valueOf(buyerId)).param("massKg", massKg)
                .param("version", String.valueOf(version(lotId)));
        if (cookies.length > 0) {
            request.cookie(cookies);
        }
        return mvc.perform(request);
    }

    private long version(long lotId) {
        return jdbc.queryForObject("select version from lot where id = ?", Long.class, lotId);
    }

    private BigDecimal remaining(long lotId) {
        return jdbc.queryForObject("select remaining_kg from lot where id = ?", BigDecimal.class, lotId);
    }

    private long transferOf(long lotId) {
        return jdbc.queryForObject("select max(id) from custody_transfer where lot_id = ?", Long.class, lotId);
    }

    private String message(String key, String language, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag(language));
    }

    private static String html(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text);
    }

    @Test
    void theSellerSellsPartOfALotAndTheBuyerConfirmsItAsANewLot() throws Exception {
        var p = lotOf100Kg();
        mvc.perform(get("/lots/" + p.lotId()).with(user(p.seller())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/lots/" + p.lotId() + "/sales")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        sell(p.seller(), p.lotId(), p.buyer().organisationId(), "60")
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "transfer.sold"));
        assertThat(remaining(p.lotId())).isEqualByComparingTo("40");
        var transferId = transferOf(p.lotId());
        mvc.perform(get("/transfers").with(user(p.buyer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/transfers/" + transferId + "\"")));
        mvc.perform(get("/transfers/" + transferId).with(user(p.buyer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/transfers/" + transferId + "/receipt")));
        var newLot = mvc.perform(post("/transfers/" + transferId + "/receipt").with(user(p.buyer())).with(csrf())
                        .param("massKg", "59.2"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "transfer.received"))
                .andReturn().getResponse().getRedirectedUrl();
        var newLotId = Long.parseLong(newLot.substring("/lots/".length()));
        var row = jdbc.queryForMap("select custodian_id, originating_operation, remaining_kg, mass_kg, site_id"
                + " from lot where id = ?", newLotId);
        assertThat(row.get("custodian_id")).isEqualTo(p.buyer().organisationId());
        assertThat(row.get("originating_operation")).isEqualTo("PURCHASE");
        assertThat((BigDecimal) row.get("remaining_kg")).isEqualByComparingTo("59.2");
        assertThat(row.get("site_id")).isNull();
        assertThat(jdbc.queryForObject("select mass_kg from lot_input where lot_id = ? and input_lot_id = ?",
                BigDecimal.class, newLotId, p.lotId())).isEqualByComparingTo("60");
        var transfer = jdbc.queryForMap("select status, flagged, difference_kg, received_lot_id from custody_transfer"
                + " where id = ?", transferId);
        assertThat(transfer.get("status")).isEqualTo("RECEIVED");
        assertThat(transfer.get("flagged")).isEqualTo(false);
        assertThat((BigDecimal) transfer.get("difference_kg")).isEqualByComparingTo("-0.8");
        assertThat(transfer.get("received_lot_id")).isEqualTo(newLotId);
        // The buyer now holds the new lot and sees it; the seller keeps what remains of its own.
        var soldNumber = jdbc.queryForObject("select lot_number from lot where id = ?", String.class, p.lotId());
        mvc.perform(get(newLot).with(user(p.buyer()))).andExpect(status().isOk())
                .andExpect(content().string(containsString(html(message("transfer.inputs.value", "en", soldNumber,
                        new BigDecimal("60.000"))))));
        mvc.perform(get(newLot).with(user(p.seller()))).andExpect(status().isNotFound());
        assertThat(remaining(p.lotId())).isEqualByComparingTo("40");
        // Received once only.
        mvc.perform(post("/transfers/" + transferId + "/receipt").with(user(p.buyer())).with(csrf())
                        .param("massKg", "59.2"))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from lot_input where input_lot_id = ?", Long.class,
                p.lotId())).isEqualTo(1L);
    }

    @Test
    void aDifferenceBeyondTheToleranceIsAcceptedFlaggedAndRecordedAsAnAnomaly() throws Exception {
        var p = lotOf100Kg();
        sell(p.seller(), p.lotId(), p.buyer().organisationId(), "100").andExpect(status().is3xxRedirection());
        assertThat(remaining(p.lotId())).isEqualByComparingTo("0");
        var transferId = transferOf(p.lotId());
        mvc.perform(post("/transfers/" + transferId + "/receipt").with(user(p.buyer())).with(csrf())
                        .param("massKg", "97.5"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "transfer.received.flagged"));
        assertThat(jdbc.queryForObject("select flagged from custody_transfer where id = ?", Boolean.class,
                transferId)).isTrue();
        var lotNumber = jdbc.queryForObject("select lot_number from lot where id = ?", String.class, p.lotId());
        assertThat(jdbc.queryForObject("select count(*) from custody_anomaly where kind = 'WEIGHT_DIFFERENCE'"
                + " and details like ?", Long.class, "lot " + lotNumber + " %")).isEqualTo(1L);
        mvc.perform(get("/custody/anomalies").with(user(fixtures.signedIn(Role.INSPECTOR))))
                .andExpect(content().string(containsString(html(message("custody.anomaly.WEIGHT_DIFFERENCE", "en")))))
                .andExpect(content().string(containsString("lot " + lotNumber + " sold by")));
        // A sold-out lot offers no sell form any more.
        mvc.perform(get("/lots/" + p.lotId()).with(user(p.seller())))
                .andExpect(content().string(not(containsString("/lots/" + p.lotId() + "/sales"))));
    }

    @Test
    void nobodySellsMoreThanTheLotHoldsNorFromAStalePage() throws Exception {
        var p = lotOf100Kg();
        sell(p.seller(), p.lotId(), p.buyer().organisationId(), "100.5")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(html(message("transfer.mass.too-much", "en", "100")))))
                .andExpect(content().string(containsString("value=\"100.5\"")));
        sell(p.seller(), p.lotId(), p.seller().organisationId(), "10")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(html(message("transfer.buyer.self", "en")))));
        assertThat(remaining(p.lotId())).isEqualByComparingTo("100");
        var staleVersion = version(p.lotId());
        sell(p.seller(), p.lotId(), p.buyer().organisationId(), "70").andExpect(status().is3xxRedirection());
        // A second sale typed on the page opened before the first: refused, however much is left.
        mvc.perform(post("/lots/" + p.lotId() + "/sales").with(user(p.seller())).with(csrf())
                        .param("buyerId", String.valueOf(p.buyer().organisationId())).param("massKg", "20")
                        .param("version", String.valueOf(staleVersion)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(html(message("transfer.stale", "en")))));
        assertThat(remaining(p.lotId())).isEqualByComparingTo("30");
        sell(p.seller(), p.lotId(), p.buyer().organisationId(), "31", new Cookie("ORE_PASS_LANG", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(html(message("transfer.mass.too-much", "fr", "30")))))
                .andExpect(content().string(containsString("Ce lot ne contient plus que 30 kg")));
        assertThat(remaining(p.lotId())).isEqualByComparingTo("30");
    }

    @Test
    void theBuyerRejectsWithAReasonAndTheMassGoesBack() throws Exception {
        var p = lotOf100Kg();
        sell(p.seller(), p.lotId(), p.buyer().organisationId(), "45").andExpect(status().is3xxRedirection());
        var transferId = transferOf(p.lotId());
        mvc.perform(post("/transfers/" + transferId + "/rejection").with(user(p.buyer())).with(csrf())
                        .param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(html(message("transfer.reason.required", "en")))));
        assertThat(remaining(p.lotId())).isEqualByComparingTo("55");
        mvc.perform(post("/transfers/" + transferId + "/rejection").with(user(p.buyer())).with(csrf())
                        .param("reason", "Wet ore, not the grade agreed"))
                .andExpect(status().is3xxRedirection());
        assertThat(remaining(p.lotId())).isEqualByComparingTo("100");
        assertThat(jdbc.queryForObject("select status from custody_transfer where id = ?", String.class,
                transferId)).isEqualTo("REJECTED");
        mvc.perform(get("/transfers/" + transferId).with(user(p.seller())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wet ore, not the grade agreed")));
    }

    @Test
    void anotherOrganisationCannotSellNorConfirmAndNothingPostsWithoutCsrf() throws Exception {
        var p = lotOf100Kg();
        var stranger = fixtures.signedIn(Role.OPERATOR);
        sell(stranger, p.lotId(), stranger.organisationId(), "10").andExpect(status().isNotFound());
        var monitor = fixtures.signedIn(Role.CSO_MONITOR);
        sell(monitor, p.lotId(), monitor.organisationId(), "10").andExpect(status().isForbidden());
        mvc.perform(post("/lots/" + p.lotId() + "/sales").with(user(p.seller()))
                        .param("buyerId", String.valueOf(p.buyer().organisationId())).param("massKg", "10"))
                .andExpect(status().isForbidden());
        assertThat(remaining(p.lotId())).isEqualByComparingTo("100");
        sell(p.seller(), p.lotId(), p.buyer().organisationId(), "10").andExpect(status().is3xxRedirection());
        var transferId = transferOf(p.lotId());
        mvc.perform(post("/transfers/" + transferId + "/receipt").with(user(stranger)).with(csrf())
                .param("massKg", "10")).andExpect(status().isNotFound());
        mvc.perform(get("/transfers/" + transferId).with(user(stranger))).andExpect(status().isNotFound());
        // The seller sees its sale but confirms nothing in the buyer’s place.
        mvc.perform(post("/transfers/" + transferId + "/receipt").with(user(p.seller())).with(csrf())
                .param("massKg", "10")).andExpect(status().isForbidden());
        mvc.perform(post("/transfers/" + transferId + "/rejection").with(user(p.seller())).with(csrf())
                .param("reason", "changed my mind")).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select status from custody_transfer where id = ?", String.class,
                transferId)).isEqualTo("SENT");
        assertThat(remaining(p.lotId())).isEqualByComparingTo("90");
    }

    @Test
    void twoSalesRacingForTheSameLotNeverOversellIt() throws Exception {
        var p = lotOf100Kg();
        var actor = p.seller().actor();
        // Both sales read the lot (100 kg left) and take 60 kg before either commits.
        var bothTook = new CyclicBarrier(2);
        var transaction = new TransactionTemplate(transactionManager);
        var pool = Executors.newFixedThreadPool(2);
        try {
            var outcomes = new java.util.ArrayList<Future<String>>();
            for (int i = 0; i < 2; i++) {
                outcomes.add(pool.submit(() -> {
                    try {
                        transaction.executeWithoutResult(status -> {
                            transfers.sell(actor, p.lotId(), null, p.buyer().organisationId(), new BigDecimal("60"));
                            try {
                                bothTook.await(10, TimeUnit.SECONDS);
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        });
                        return "sold";
                    } catch (OptimisticLockingFailureException | DomainRuleViolation refused) {
                        return "refused";
                    }
                }));
            }
            var results = new java.util.ArrayList<String>();
            for (var outcome : outcomes) {
                results.add(outcome.get(30, TimeUnit.SECONDS));
            }
            assertThat(results).containsExactlyInAnyOrder("sold", "refused");
        } finally {
            pool.shutdownNow();
        }
        assertThat(remaining(p.lotId())).isEqualByComparingTo("40");
        assertThat(jdbc.queryForObject("select count(*) from custody_transfer where lot_id = ?", Long.class,
                p.lotId())).isEqualTo(1L);
    }
}
