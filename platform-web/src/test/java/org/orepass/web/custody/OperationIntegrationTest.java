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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.custody.CustodyOperations;
import org.orepass.custody.OutputLot;
import org.orepass.custody.TagIssuing;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * Combination, split, processing, transport and storage through the pages, on the real database: the new lots and
 * their lot_input links, the lot's operation history, and the refusals (overselling, a misstated loss, a stale
 * page, another organisation, no CSRF token), in English and French.
 */
@PlatformTest
class OperationIntegrationTest {

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
    CustodyOperations operations;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;

    private record Held(SignedInUser trader, List<Long> lots) {
    }

    /** Cassiterite lots of the given kilograms produced at a green site of one operator's organisation. */
    private Held lots(String... kgs) throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var operator = fixtures.signedIn(Role.OPERATOR);
        var site = mvc.perform(post("/sites").with(user(inspector)).with(csrf())
                        .param("name", AccountFixtures.unique("Tin pit")).param("country", "UG")
                        .param("division", "UG-W").param("locality", "Kisoro").param("latitude", "-1.2833")
                        .param("longitude", "29.6947").param("minerals", "CASSITERITE")
                        .param("activityStatus", "ACTIVE").param("miningType", "ARTISANAL")
                        .param("formalisationStage", "LICENSED").param("licenceType", "ARTISANAL_PERMIT")
                        .param("licenceNumber", "AP-" + System.nanoTime()).param("workersMen", "40")
                        .param("workersWomen", "12").param("capacity[CASSITERITE]", "100000")
                        .param("ownerId", String.valueOf(operator.organisationId())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        var siteId = Long.parseLong(site.substring("/sites/".length()));
        jdbc.update("update mine_site set status = 'GREEN', status_since = current_date where id = ?", siteId);
        var prefix = ("O" + (System.nanoTime() % 100_000_000) + "-").toUpperCase(Locale.ROOT);
        mvc.perform(post("/sites/" + siteId + "/tags").with(user(inspector)).with(csrf())
                        .param("prefix", prefix).param("from", "1").param("to", String.valueOf(kgs.length)))
                .andExpect(status().is3xxRedirection());
        var ids = new ArrayList<Long>();
        for (int i = 0; i < kgs.length; i++) {
            var lot = mvc.perform(post("/lots").param("site", String.valueOf(siteId)).with(user(operator))
                            .with(csrf()).param("tagNumber", TagIssuing.number(prefix, i + 1))
                            .param("mineral", "CASSITERITE").param("mass", kgs[i]).param("unit", "KGM")
                            .param("concentration", "50")
                            .param("productionDate", LocalDate.now(clock).toString()))
                    .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
            ids.add(Long.parseLong(lot.substring("/lots/".length())));
        }
        return new Held(operator, ids);
    }

    /** A combination or processing form with these lots ticked (lot id, kilograms). */
    private MockHttpServletRequestBuilder taking(String path, SignedInUser who, Object... lotsAndKg) {
        var request = post(path).with(user(who)).with(csrf()).param("date", LocalDate.now(clock).toString());
        for (int i = 0; i < lotsAndKg.length / 2; i++) {
            var lotId = (Long) lotsAndKg[2 * i];
            request.param("inputs[" + i + "].lotId", String.valueOf(lotId))
                    .param("inputs[" + i + "].version", String.valueOf(version(lotId)))
                    .param("inputs[" + i + "].selected", "true").param("_inputs[" + i + "].selected", "on")
                    .param("inputs[" + i + "].massKg", (String) lotsAndKg[2 * i + 1]);
        }
        return request;
    }

    private long version(long lotId) {
        return jdbc.queryForObject("select version from lot where id = ?", Long.class, lotId);
    }

    private BigDecimal remaining(long lotId) {
        return jdbc.queryForObject("select remaining_kg from lot where id = ?", BigDecimal.class, lotId);
    }

    private String number(long lotId) {
        return jdbc.queryForObject("select lot_number from lot where id = ?", String.class, lotId);
    }

    private long madeFrom(long lotId) {
        return jdbc.queryForObject("select count(*) from lot_input where input_lot_id = ?", Long.class, lotId);
    }

    private String message(String key, String language, Object... args) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, args, Locale.forLanguageTag(language)));
    }

    private static long idOf(String redirect) {
        return Long.parseLong(redirect.substring("/lots/".length()));
    }

    @Test
    void theCustodianCombinesTwoLotsIntoANewLotLinkedToBoth() throws Exception {
        var held = lots("100", "50");
        var a = held.lots().get(0);
        var b = held.lots().get(1);
        mvc.perform(get("/lots/" + a).with(user(held.trader())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/lots/" + a + "/combination")))
                .andExpect(content().string(containsString(message("operation.kind.PRODUCTION", "en"))));
        mvc.perform(get("/lots/" + a + "/combination").with(user(held.trader())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString(message("operation.input.label", "en", number(b),
                        new BigDecimal("50")))))
                .andExpect(content().string(containsString("id=\"inputs[1].massKg\"")))
                // Offered with all it holds, in plain digits.
                .andExpect(content().string(containsString("value=\"100\"")));
        var combined = mvc.perform(taking("/lots/" + a + "/combination", held.trader(), a, "60", b, "50")
                        .param("packageType", "Bag"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "operation.combined"))
                .andReturn().getResponse().getRedirectedUrl();
        var lot = idOf(combined);
        var row = jdbc.queryForMap("select custodian_id, originating_operation, mass_kg, remaining_kg, concentration,"
                + " package_type, uncertified from lot where id = ?", lot);
        assertThat(row.get("custodian_id")).isEqualTo(held.trader().organisationId());
        assertThat(row.get("originating_operation")).isEqualTo("COMBINATION");
        assertThat((BigDecimal) row.get("mass_kg")).isEqualByComparingTo("110");
        assertThat((BigDecimal) row.get("concentration")).isEqualByComparingTo("50");
        assertThat(row.get("package_type")).isEqualTo("Bag");
        assertThat(remaining(a)).isEqualByComparingTo("40");
        assertThat(remaining(b)).isEqualByComparingTo("0");
        assertThat(jdbc.queryForList("select input_lot_id, mass_kg from lot_input where lot_id = ? order by id", lot))
                .extracting(r -> r.get("input_lot_id") + ":" + ((BigDecimal) r.get("mass_kg")).stripTrailingZeros().toPlainString())
                .containsExactly(a + ":60", b + ":50");
        assertThat(jdbc.queryForObject("select count(*) from custody_operation o join custody_operation_lot l"
                + " on l.operation_id = o.id where o.kind = 'COMBINATION' and l.lot_id in (?, ?, ?)", Long.class,
                a, b, lot)).isEqualTo(3L);
        // Both lots' histories name the combination; the new lot's links back to its inputs.
        mvc.perform(get("/lots/" + a).with(user(held.trader())))
                .andExpect(content().string(containsString(message("operation.kind.COMBINATION", "en"))))
                .andExpect(content().string(containsString("/lots/" + lot + "\"")));
        mvc.perform(get(combined).with(user(held.trader())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/lots/" + b + "\"")));
        // b is empty now: no operation form for it any more.
        mvc.perform(get("/lots/" + b).with(user(held.trader())))
                .andExpect(content().string(not(containsString("/lots/" + b + "/split"))));
        mvc.perform(get("/lots/" + b + "/split").with(user(held.trader())))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashError", "operation.lot.empty"));
    }

    @Test
    void nobodyCombinesMoreThanALotHoldsAndTheMessageIsByTheFieldInTheirLanguage() throws Exception {
        var held = lots("100", "50");
        var a = held.lots().get(0);
        var b = held.lots().get(1);
        mvc.perform(taking("/lots/" + a + "/combination", held.trader(), a, "60", b, "50.5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message("operation.mass.too-much", "en", number(b), "50"))))
                .andExpect(content().string(containsString("id=\"inputs[1].massKg-error\"")))
                .andExpect(content().string(containsString("value=\"50.5\"")));
        mvc.perform(taking("/lots/" + a + "/combination", held.trader(), a, "60", b, "50.5")
                        .cookie(new Cookie("ORE_PASS_LANG", "fr")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message("operation.mass.too-much", "fr", number(b), "50"))))
                .andExpect(content().string(containsString("ne contient plus que 50 kg")));
        mvc.perform(taking("/lots/" + a + "/combination", held.trader(), a, "60"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message("operation.inputs.at-least-two", "en"))));
        assertThat(remaining(a)).isEqualByComparingTo("100");
        assertThat(remaining(b)).isEqualByComparingTo("50");
        assertThat(madeFrom(a) + madeFrom(b)).isZero();
    }

    @Test
    void aSplitMakesPartsLinkedToTheLotAndLeavesTheRestInIt() throws Exception {
        var held = lots("100");
        var lot = held.lots().get(0);
        mvc.perform(get("/lots/" + lot + "/split").with(user(held.trader())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"parts[9].massKg\"")));
        mvc.perform(post("/lots/" + lot + "/split").with(user(held.trader())).with(csrf())
                        .param("version", String.valueOf(version(lot))).param("date", LocalDate.now(clock).toString())
                        .param("parts[0].massKg", "30").param("parts[0].packageType", "Bag")
                        .param("parts[2].massKg", "20").param("parts[2].packageCount", "2"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "operation.split.done"));
        assertThat(remaining(lot)).isEqualByComparingTo("50");
        var parts = jdbc.queryForList("select l.originating_operation, l.mass_kg, l.concentration, i.mass_kg as link"
                + " from lot_input i join lot l on l.id = i.lot_id where i.input_lot_id = ? order by l.id", lot);
        assertThat(parts).hasSize(2);
        assertThat(parts).extracting(r -> r.get("originating_operation")).containsOnly("COMBINATION");
        assertThat(parts).extracting(r -> ((BigDecimal) r.get("link")).stripTrailingZeros().toPlainString())
                .containsExactly("30", "20");
        assertThat((BigDecimal) parts.get(0).get("concentration")).isEqualByComparingTo("50");
        mvc.perform(get("/lots/" + lot).with(user(held.trader())))
                .andExpect(content().string(containsString(message("operation.kind.SPLIT", "en"))));
        // More than the lot still holds: refused by the form, nothing changed.
        mvc.perform(post("/lots/" + lot + "/split").with(user(held.trader())).with(csrf())
                        .param("version", String.valueOf(version(lot))).param("date", LocalDate.now(clock).toString())
                        .param("parts[0].massKg", "30").param("parts[1].massKg", "20.5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message("operation.parts.too-much", "en", "50.5", "50"))))
                .andExpect(content().string(containsString("value=\"20.5\"")));
        assertThat(remaining(lot)).isEqualByComparingTo("50");
        assertThat(madeFrom(lot)).isEqualTo(2L);
    }

    @Test
    void processingRecordsItsLossAndRefusesAMisstatedOne() throws Exception {
        var held = lots("100", "50");
        var a = held.lots().get(0);
        var b = held.lots().get(1);
        mvc.perform(taking("/lots/" + a + "/processing", held.trader(), a, "100", b, "50")
                        .param("parts[0].massKg", "90").param("parts[0].concentration", "65")
                        .param("parts[1].massKg", "40").param("lossKg", "19"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message("operation.loss.mismatch", "en", "150", "130",
                        "20"))))
                .andExpect(content().string(containsString("id=\"lossKg-error\"")))
                .andExpect(content().string(containsString("value=\"19\"")));
        mvc.perform(taking("/lots/" + a + "/processing", held.trader(), a, "100", b, "50")
                        .param("parts[0].massKg", "160").param("lossKg", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message("operation.outputs.heavier", "en", "160",
                        "150"))));
        assertThat(remaining(a)).isEqualByComparingTo("100");
        mvc.perform(taking("/lots/" + a + "/processing", held.trader(), a, "100", b, "50")
                        .param("parts[0].massKg", "90").param("parts[0].concentration", "65")
                        .param("parts[1].massKg", "40").param("lossKg", "20").param("notes", "Tin concentrate"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "operation.processed"));
        assertThat(remaining(a)).isEqualByComparingTo("0");
        assertThat(remaining(b)).isEqualByComparingTo("0");
        var outputs = jdbc.queryForList("select distinct lot_id from lot_input where input_lot_id = ?", Long.class, a);
        assertThat(outputs).hasSize(2);
        for (var output : outputs) {
            assertThat(jdbc.queryForObject("select originating_operation from lot where id = ?", String.class, output))
                    .isEqualTo("PROCESSING");
            // Every output is linked to both inputs.
            assertThat(jdbc.queryForObject("select count(*) from lot_input where lot_id = ?", Long.class, output))
                    .isEqualTo(2L);
        }
        assertThat(jdbc.queryForObject("select sum(mass_kg) from lot_input where input_lot_id = ?", BigDecimal.class,
                a)).isEqualByComparingTo("100");
        assertThat(jdbc.queryForObject("select loss_kg from custody_operation o where kind = 'PROCESSING' and exists"
                + " (select 1 from custody_operation_lot l where l.operation_id = o.id and l.lot_id = ?)",
                BigDecimal.class, a)).isEqualByComparingTo("20");
        mvc.perform(get("/lots/" + a).with(user(held.trader())))
                .andExpect(content().string(containsString(message("operation.history.loss", "en",
                        new BigDecimal("20.000")))))
                .andExpect(content().string(containsString("Tin concentrate")));
    }

    @Test
    void transportAndStorageGoOnTheLotsHistoryWithoutTakingMass() throws Exception {
        var held = lots("80");
        var lot = held.lots().get(0);
        mvc.perform(post("/lots/" + lot + "/transport").with(user(held.trader())).with(csrf())
                        .param("version", String.valueOf(version(lot))).param("date", LocalDate.now(clock).toString())
                        .param("placeFrom", "Kisoro").param("placeTo", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message("operation.place.required", "en"))))
                .andExpect(content().string(containsString("id=\"placeTo-error\"")))
                .andExpect(content().string(containsString("value=\"Kisoro\"")));
        mvc.perform(post("/lots/" + lot + "/transport").with(user(held.trader())).with(csrf())
                        .param("version", String.valueOf(version(lot))).param("date", LocalDate.now(clock).toString())
                        .param("placeFrom", "Kisoro").param("placeTo", "Kampala").param("carrier", "Bugisu Trucks")
                        .param("reference", "WB-77"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "operation.transported"));
        mvc.perform(post("/lots/" + lot + "/storage").with(user(held.trader())).with(csrf())
                        .param("version", String.valueOf(version(lot))).param("date", LocalDate.now(clock).toString())
                        .param("until", LocalDate.now(clock).minusDays(1).toString())
                        .param("warehouse", "Kampala bonded warehouse"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message("operation.until.before", "en"))));
        mvc.perform(post("/lots/" + lot + "/storage").with(user(held.trader())).with(csrf())
                        .param("version", String.valueOf(version(lot))).param("date", LocalDate.now(clock).toString())
                        .param("warehouse", "Kampala bonded warehouse"))
                .andExpect(status().is3xxRedirection());
        assertThat(remaining(lot)).isEqualByComparingTo("80");
        mvc.perform(get("/lots/" + lot).with(user(held.trader())))
                .andExpect(content().string(containsString(message("operation.history.route", "en", "Kisoro",
                        "Kampala"))))
                .andExpect(content().string(containsString(message("operation.history.carrier", "en",
                        "Bugisu Trucks"))))
                .andExpect(content().string(containsString(message("operation.history.warehouse", "en",
                        "Kampala bonded warehouse"))));
    }

    @Test
    void aPageOpenedBeforeAnotherOperationIsRefusedAndNothingIsHalfSaved() throws Exception {
        var held = lots("100", "50");
        var a = held.lots().get(0);
        var b = held.lots().get(1);
        var staleA = version(a);
        mvc.perform(post("/lots/" + a + "/split").with(user(held.trader())).with(csrf())
                        .param("version", String.valueOf(staleA)).param("date", LocalDate.now(clock).toString())
                        .param("parts[0].massKg", "10"))
                .andExpect(status().is3xxRedirection());
        // b is current, a is stale: the whole combination is refused, b keeps its mass.
        mvc.perform(post("/lots/" + a + "/combination").with(user(held.trader())).with(csrf())
                        .param("date", LocalDate.now(clock).toString())
                        .param("inputs[0].lotId", String.valueOf(b)).param("inputs[0].version", String.valueOf(version(b)))
                        .param("inputs[0].selected", "true").param("inputs[0].massKg", "50")
                        .param("inputs[1].lotId", String.valueOf(a)).param("inputs[1].version", String.valueOf(staleA))
                        .param("inputs[1].selected", "true").param("inputs[1].massKg", "90"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message("operation.stale", "en"))))
                // The form now carries the current version, so sending it again goes through.
                .andExpect(content().string(containsString("name=\"inputs[1].version\" value=\"" + version(a) + "\"")));
        assertThat(remaining(a)).isEqualByComparingTo("90");
        assertThat(remaining(b)).isEqualByComparingTo("50");
        assertThat(madeFrom(b)).isZero();
    }

    @Test
    void anotherOrganisationReadersAndFormsWithoutCsrfAreRefused() throws Exception {
        var held = lots("100", "50");
        var a = held.lots().get(0);
        var b = held.lots().get(1);
        var stranger = fixtures.signedIn(Role.OPERATOR);
        mvc.perform(get("/lots/" + a + "/combination").with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(taking("/lots/" + a + "/combination", stranger, a, "10", b, "10"))
                .andExpect(status().isNotFound());
        // A stranger's own lot page cannot smuggle someone else's lot in as an input.
        var theirs = lots("10");
        mvc.perform(taking("/lots/" + theirs.lots().get(0) + "/combination", theirs.trader(),
                        theirs.lots().get(0), "10", a, "10"))
                .andExpect(status().isNotFound());
        var auditor = fixtures.signedIn(Role.AUDITOR);
        mvc.perform(get("/lots/" + a).with(user(auditor)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/lots/" + a + "/combination"))));
        mvc.perform(taking("/lots/" + a + "/combination", auditor, a, "10", b, "10"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/lots/" + a + "/split").with(user(held.trader()))
                        .param("version", String.valueOf(version(a))).param("date", LocalDate.now(clock).toString())
                        .param("parts[0].massKg", "10"))
                .andExpect(status().isForbidden());
        assertThat(remaining(a)).isEqualByComparingTo("100");
        assertThat(remaining(b)).isEqualByComparingTo("50");
        assertThat(remaining(theirs.lots().get(0))).isEqualByComparingTo("10");
    }

    @Test
    void salesReceiptsAndRejectionsGoOnTheHistoriesOfBothParties() throws Exception {
        var held = lots("100");
        var lot = held.lots().get(0);
        var buyer = fixtures.signedIn(Role.EXPORTER);
        for (var kg : List.of("60", "10")) {
            mvc.perform(post("/lots/" + lot + "/sales").with(user(held.trader())).with(csrf())
                            .param("buyerId", String.valueOf(buyer.organisationId())).param("massKg", kg)
                            .param("version", String.valueOf(version(lot))))
                    .andExpect(status().is3xxRedirection());
        }
        var transfers = jdbc.queryForList("select id from custody_transfer where lot_id = ? order by id", Long.class,
                lot);
        var bought = mvc.perform(post("/transfers/" + transfers.get(0) + "/receipt").with(user(buyer)).with(csrf())
                        .param("massKg", "59.5"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post("/transfers/" + transfers.get(1) + "/rejection").with(user(buyer)).with(csrf())
                        .param("reason", "Wet ore"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("select o.kind || ':' || l.role from custody_operation o join custody_operation_lot l"
                + " on l.operation_id = o.id where l.lot_id = ? order by o.id, l.id", String.class, lot))
                .containsExactly("PRODUCTION:OUTPUT", "SALE:INPUT", "SALE:INPUT", "RECEIPT:SUBJECT",
                        "REJECTION:SUBJECT");
        mvc.perform(get("/lots/" + lot).with(user(held.trader())))
                .andExpect(content().string(containsString(message("operation.kind.SALE", "en"))))
                .andExpect(content().string(containsString(message("operation.kind.REJECTION", "en"))))
                .andExpect(content().string(containsString("Wet ore")));
        // The buyer sees its purchase and the seller's lot number, but no link to a lot it may not open.
        mvc.perform(get(bought).with(user(buyer)))
                .andExpect(content().string(containsString(message("operation.kind.RECEIPT", "en"))))
                .andExpect(content().string(containsString(number(lot))))
                .andExpect(content().string(not(containsString("/lots/" + lot + "\""))));
    }

    @Test
    void twoOperationsRacingForTheSameLotNeverTakeMoreThanItHolds() throws Exception {
        var held = lots("100");
        var lot = held.lots().get(0);
        var actor = held.trader().actor();
        // Both splits read the lot (100 kg) and take 60 kg before either commits.
        var bothTook = new java.util.concurrent.CyclicBarrier(2);
        var transaction = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var outcomes = new ArrayList<java.util.concurrent.Future<String>>();
            for (int i = 0; i < 2; i++) {
                outcomes.add(pool.submit(() -> {
                    try {
                        transaction.executeWithoutResult(status -> {
                            operations.split(actor, lot, null, List.of(OutputLot.of(new BigDecimal("60"))),
                                    new CustodyOperations.Occurrence(LocalDate.now(clock), null));
                            try {
                                bothTook.await(10, java.util.concurrent.TimeUnit.SECONDS);
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        });
                        return "split";
                    } catch (org.springframework.dao.OptimisticLockingFailureException | DomainRuleViolation refused) {
                        return "refused";
                    }
                }));
            }
            var results = new ArrayList<String>();
            for (var outcome : outcomes) {
                results.add(outcome.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(results).containsExactlyInAnyOrder("split", "refused");
        } finally {
            pool.shutdownNow();
        }
        assertThat(remaining(lot)).isEqualByComparingTo("40");
        assertThat(madeFrom(lot)).isEqualTo(1L);
        assertThat(jdbc.queryForObject("select count(*) from custody_operation_lot where lot_id = ? and role = 'INPUT'",
                Long.class, lot)).isEqualTo(1L);
    }
}
