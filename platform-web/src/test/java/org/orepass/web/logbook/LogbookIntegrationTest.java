package org.orepass.web.logbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.custody.CustodyAccessDenied;
import org.orepass.custody.CustodyTransfers;
import org.orepass.custody.Logbook;
import org.orepass.custody.LogbookEntryKind;
import org.orepass.custody.LogbookQueries;
import org.orepass.custody.Lot;
import org.orepass.custody.MassUnit;
import org.orepass.custody.Production;
import org.orepass.custody.ProductionDetails;
import org.orepass.custody.TagIssuing;
import org.orepass.site.ActivityStatus;
import org.orepass.site.FormalisationStage;
import org.orepass.site.Licence;
import org.orepass.site.MineSite;
import org.orepass.site.Mineral;
import org.orepass.site.MiningType;
import org.orepass.site.SiteDetails;
import org.orepass.site.SiteRegistration;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Logbooks against figures computed by hand: a trader's month with stock from before the period, production,
 * sales (one returned, one still on the road), processing with a loss and an export. Combination, processing and
 * export lots are not built yet, so they are written as rows the way those operations will write them.
 */
@PlatformTest
class LogbookIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountFixtures fixtures;
    @Autowired SiteRegistration registration;
    @Autowired TagIssuing issuing;
    @Autowired Production production;
    @Autowired CustodyTransfers transfers;
    @Autowired LogbookQueries logbooks;
    @Autowired JdbcTemplate jdbc;
    @Autowired MessageSource messages;
    @Autowired java.time.Clock clock;

    private record Book(SignedInUser seller, SignedInUser buyer, SignedInUser carrier, MineSite site, Lot first,
            Lot second, String processed, String exported, LocalDate today) {

        LocalDate day(int offset) {
            return today.plusDays(offset);
        }
    }

    private static BigDecimal kg(String value) {
        return new BigDecimal(value);
    }

    private void registeredOn(String lotNumber, LocalDate day) {
        jdbc.update("update lot set registered_at = (cast(? as date) + interval '12 hours') at time zone 'UTC'"
                + " where lot_number = ?", day, lotNumber);
    }

    /** A lot made from others, as combination, processing and export will record it (lot_input rows). */
    private String madeFrom(SignedInUser holder, String operation, String role, String mass, LocalDate day,
            Map<Long, String> inputs) {
        var number = AccountFixtures.unique("P").toUpperCase(Locale.ROOT);
        jdbc.update("""
                insert into lot (lot_number, custodian_id, creator_role, originating_operation, mineral, mass, unit,
                                 mass_kg, remaining_kg, registered_by, registered_at)
                values (?, ?, ?, ?, 'CASSITERITE', ?, 'KGM', ?, ?, 'test', now())""", number,
                holder.organisationId(), role, operation, kg(mass), kg(mass), kg(mass));
        registeredOn(number, day);
        var id = jdbc.queryForObject("select id from lot where lot_number = ?", Long.class, number);
        inputs.forEach((input, taken) -> {
            jdbc.update("insert into lot_input (lot_id, input_lot_id, mass_kg) values (?, ?, ?)", id, input,
                    kg(taken));
            jdbc.update("update lot set remaining_kg = remaining_kg - ? where id = ?", kg(taken), input);
        });
        return number;
    }

    /**
     * Cassiterite of the seller (T is today; the period is T-10..T-1):
     * L1 100 kg produced T-20; 30 kg of it sold to the buyer T-15 (received as 29 kg);
     * L2 50 kg produced T-5; 20 kg sold to the buyer T-4, rejected T-3; 10 kg of L1 sold to the carrier T-6
     * (still on the road); P made T-2 from 20 kg of L1 and 10 kg of L2, weighing 25 kg; export lot E made T-1
     * from 15 kg of P; 5 kg of L2 sold to the carrier T (after the period).
     */
    private Book book() {
        var seller = fixtures.signedIn(Role.OPERATOR);
        var buyer = fixtures.signedIn(Role.EXPORTER);
        var carrier = fixtures.signedIn(Role.EXPORTER);
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var admin = new Actor("admin-test", null, Set.of(Role.ADMIN), null, Set.of());
        var site = registration.register(admin, new SiteDetails(AccountFixtures.unique("Logbook pit"),
                AccountFixtures.unique("UG"), "UG", "UG-W", "Kisoro", new BigDecimal("-1.2833"),
                new BigDecimal("29.6947"), null, seller.organisationId(), Set.of(), Set.of(Mineral.CASSITERITE),
                ActivityStatus.ACTIVE, MiningType.ARTISANAL, FormalisationStage.LICENSED, 10, 5, 0, 0, 0, false,
                Map.of(), new SiteDetails.LicenceDetails(Licence.Type.ARTISANAL_PERMIT, "AP-1",
                        LocalDate.of(2024, 1, 1), LocalDate.of(2030, 1, 1)), false));
        jdbc.update("update mine_site set status = 'GREEN', status_since = current_date where id = ?", site.getId());
        var prefix = ("B" + (System.nanoTime() % 100_000_000) + "-").toUpperCase(Locale.ROOT);
        issuing.issue(inspector.actor(), site.getId(), prefix, 1, 5);
        var today = LocalDate.now(clock);
        var first = production.produce(seller.actor(), site.getId(), new ProductionDetails(
                TagIssuing.number(prefix, 1), Mineral.CASSITERITE, kg("100"), MassUnit.KGM, kg("60"), null, null,
                today.minusDays(20))).lot();
        var second = production.produce(seller.actor(), site.getId(), new ProductionDetails(
                TagIssuing.number(prefix, 2), Mineral.CASSITERITE, kg("50"), MassUnit.KGM, kg("60"), null, null,
                today.minusDays(5))).lot();
        var sold = transfers.sell(seller.actor(), first.getId(), null, buyer.organisationId(), kg("30"));
        var bought = transfers.receive(buyer.actor(), sold.getId(), kg("29")).lot();
        jdbc.update("update custody_transfer set sent_on = ?, received_on = ? where id = ?", today.minusDays(15),
                today.minusDays(15), sold.getId());
        registeredOn(bought.getLotNumber(), today.minusDays(15));
        var returned = transfers.sell(seller.actor(), second.getId(), null, buyer.organisationId(), kg("20"));
        transfers.reject(buyer.actor(), returned.getId(), "Wet ore");
        jdbc.update("update custody_transfer set sent_on = ?, received_on = ? where id = ?", today.minusDays(4),
                today.minusDays(3), returned.getId());
        var onTheRoad = transfers.sell(seller.actor(), first.getId(), null, carrier.organisationId(), kg("10"));
        jdbc.update("update custody_transfer set sent_on = ? where id = ?", today.minusDays(6), onTheRoad.getId());
        var processed = madeFrom(seller, "PROCESSING", "PROCESSOR", "25", today.minusDays(2),
                new java.util.LinkedHashMap<>(Map.of(first.getId(), "20", second.getId(), "10")));
        var processedId = jdbc.queryForObject("select id from lot where lot_number = ?", Long.class, processed);
        var exported = madeFrom(seller, "EXPORT", "EXPORTER", "15", today.minusDays(1),
                Map.of(processedId, "15"));
        transfers.sell(seller.actor(), second.getId(), null, carrier.organisationId(), kg("5"));
        return new Book(seller, buyer, carrier, site, first, second, processed, exported, today);
    }

    private static void assertFigures(Logbook.Balance balance, String opening, String production,
            String purchases, String sales, String returned, String processingIn, String processingOut,
            String exports, String closing) {
        assertThat(balance.opening()).as("opening").isEqualByComparingTo(opening);
        assertThat(balance.production()).as("production").isEqualByComparingTo(production);
        assertThat(balance.purchases()).as("purchases").isEqualByComparingTo(purchases);
        assertThat(balance.sales()).as("sales").isEqualByComparingTo(sales);
        assertThat(balance.returned()).as("returned").isEqualByComparingTo(returned);
        assertThat(balance.processingIn()).as("processing in").isEqualByComparingTo(processingIn);
        assertThat(balance.processingOut()).as("processing out").isEqualByComparingTo(processingOut);
        assertThat(balance.exports()).as("exports").isEqualByComparingTo(exports);
        assertThat(balance.closing()).as("closing").isEqualByComparingTo(closing);
    }

    @Test
    void theSellersPeriodMatchesTheFiguresWorkedOutByHand() {
        var book = book();
        var logbook = logbooks.logbook(book.seller().actor(), null, book.day(-10), book.day(-1), 100);
        assertThat(logbook.organisationId()).isEqualTo(book.seller().organisationId());
        assertThat(logbook.balances()).hasSize(1);
        var cassiterite = logbook.balances().get(0);
        assertThat(cassiterite.mineral()).isEqualTo(Mineral.CASSITERITE);
        // Opening 100 - 30; closing 70 + 50 + 20 + 25 - 30 - 30 - 15.
        assertFigures(cassiterite, "70", "50", "0", "30", "20", "30", "25", "15", "90");
        assertThat(cassiterite.losses()).isEqualByComparingTo("5");

        var entries = logbook.entries();
        assertThat(entries).extracting(Logbook.Entry::kind).containsExactly(LogbookEntryKind.SALE,
                LogbookEntryKind.PRODUCTION, LogbookEntryKind.SALE, LogbookEntryKind.RETURN,
                LogbookEntryKind.PROCESSING_IN, LogbookEntryKind.PROCESSING_IN, LogbookEntryKind.PROCESSING_OUT,
                LogbookEntryKind.EXPORT);
        assertThat(entries).extracting(Logbook.Entry::day).containsExactly(book.day(-6), book.day(-5),
                book.day(-4), book.day(-3), book.day(-2), book.day(-2), book.day(-2), book.day(-1));
        assertThat(entries).extracting(e -> e.massKg().stripTrailingZeros().toPlainString())
                .containsExactly("10", "50", "20", "20", "20", "10", "25", "15");
        assertThat(entries).extracting(Logbook.Entry::lotNumber).containsExactly(book.first().getLotNumber(),
                book.second().getLotNumber(), book.second().getLotNumber(), book.second().getLotNumber(),
                book.first().getLotNumber(), book.second().getLotNumber(), book.processed(), book.processed());
        assertThat(entries.get(0).counterpart()).isEqualTo(organisationName(book.carrier()));
        assertThat(entries.get(1).counterpart()).isEqualTo(book.site().getName());
        assertThat(entries.get(2).counterpart()).isEqualTo(organisationName(book.buyer()));
        assertThat(entries.get(4).counterpart()).isEqualTo(book.processed());
        assertThat(entries.get(7).counterpart()).isEqualTo(book.exported());
        assertThat(logbook.entriesCut()).isFalse();
    }

    @Test
    void theClosingStockIsWhatTheLotsStillHoldAndTheBuyerSeesItsPurchase() {
        var book = book();
        var upToToday = logbooks.logbook(book.seller().actor(), null, book.day(-10), book.today(), 100);
        // The sale of today (5 kg) is in; the export lot is not stock.
        assertFigures(upToToday.balances().get(0), "70", "50", "0", "35", "20", "30", "25", "15", "85");
        var held = jdbc.queryForObject("select sum(remaining_kg) from lot where custodian_id = ?"
                + " and originating_operation <> 'EXPORT'", BigDecimal.class, book.seller().organisationId());
        assertThat(upToToday.balances().get(0).closing()).isEqualByComparingTo(held);

        var buyers = logbooks.logbook(book.buyer().actor(), null, book.day(-20), book.today(), 100);
        assertFigures(buyers.balances().get(0), "0", "0", "29", "0", "0", "0", "0", "0", "29");
        assertThat(buyers.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.kind()).isEqualTo(LogbookEntryKind.PURCHASE);
            assertThat(entry.counterpart()).isEqualTo(organisationName(book.seller()));
            assertThat(entry.day()).isEqualTo(book.day(-15));
        });
        var before = logbooks.logbook(book.buyer().actor(), null, book.day(-30), book.day(-16), 100);
        assertThat(before.balances()).as("nothing held before the purchase").isEmpty();

        var cut = logbooks.logbook(book.seller().actor(), null, book.day(-10), book.day(-1), 3);
        assertThat(cut.entries()).hasSize(3);
        assertThat(cut.entriesCut()).isTrue();
        assertFigures(cut.balances().get(0), "70", "50", "0", "30", "20", "30", "25", "15", "90");
    }

    @Test
    void usersReadTheirOwnLogbookAndCheckersAnyone() throws Exception {
        var book = book();
        var period = new String[] {book.day(-10).toString(), book.day(-1).toString()};
        var page = mvc.perform(get("/logbook").param("from", period[0]).param("to", period[1])
                .with(user(book.seller()))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        var html = Jsoup.parse(page.getContentAsString());
        assertThat(html.select("tbody th").text()).isEqualTo(message("mineral.CASSITERITE"));
        assertThat(html.text()).contains(book.processed(), book.second().getLotNumber(),
                message("logbook.kind.RETURN"));

        var stranger = fixtures.signedIn(Role.OPERATOR);
        var other = mvc.perform(get("/logbook").param("organisation", String.valueOf(book.seller().organisationId()))
                .with(user(stranger))).andReturn().getResponse();
        assertThat(other.getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/logbook/export.csv").param("organisation",
                String.valueOf(book.seller().organisationId())).with(user(stranger))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThatThrownBy(() -> logbooks.logbook(stranger.actor(), book.seller().organisationId(), book.day(-1),
                book.today(), 10)).isInstanceOf(CustodyAccessDenied.class);
        assertThat(mvc.perform(get("/logbook")).andReturn().getResponse().getStatus()).as("signed out")
                .isEqualTo(302);

        var auditor = fixtures.signedIn(Role.AUDITOR);
        var checked = mvc.perform(get("/logbook").param("organisation", String.valueOf(book.seller().organisationId()))
                .param("from", period[0]).param("to", period[1]).with(user(auditor))).andReturn().getResponse();
        assertThat(checked.getStatus()).isEqualTo(200);
        assertThat(Jsoup.parse(checked.getContentAsString()).select("h2").first().text())
                .contains(organisationName(book.seller()));
        assertThat(Jsoup.parse(checked.getContentAsString()).select("select#organisation option"))
                .as("checkers pick the organisation").isNotEmpty();
        assertThat(html.select("select#organisation")).as("a trader reads only its own").isEmpty();
    }

    @Test
    void theCsvHoldsTheSameFiguresAndEveryEntry() throws Exception {
        var book = book();
        var response = mvc.perform(get("/logbook/export.csv").param("from", book.day(-10).toString())
                .param("to", book.day(-1).toString()).with(user(book.seller()))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).contains("orepass-logbook-");
        var lines = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).contains("mineral,hsCode,openingKg,productionKg,purchasesKg,importsKg,salesKg,returnedKg,"
                + "processingInKg,processingOutKg,lossesKg,exportsKg,closingKg");
        assertThat(lines).contains("CASSITERITE,2609.00.00,70.000,50.000,0.000,0.000,30.000,20.000,30.000,25.000,"
                + "5.000,15.000,90.000");
        assertThat(lines).contains(book.day(-2) + ",PROCESSING_OUT," + book.processed() + ",,CASSITERITE,25.000,");
        assertThat(lines).contains(book.day(-1) + ",EXPORT," + book.processed() + "," + book.exported()
                + ",CASSITERITE,,15.000");
        assertThat(lines.stream().filter(line -> line.matches("\\d{4}-\\d{2}-\\d{2},.*"))).hasSize(8);
    }

    @Test
    void badDatesComeBackByTheFieldWithWhatWasTyped() throws Exception {
        var operator = fixtures.signedIn(Role.OPERATOR);
        var page = mvc.perform(get("/logbook").param("from", "27/11/2026").param("to", "2026-11-01")
                .with(user(operator))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        var html = Jsoup.parse(page.getContentAsString());
        assertThat(html.getElementById("from-error").text()).contains(message("logbook.date.format"));
        assertThat(html.getElementById("from").val()).isEqualTo("27/11/2026");
        assertThat(html.select(".error-summary a[href=#from]")).hasSize(1);
        assertThat(html.select("h2")).extracting(e -> e.text()).doesNotContain(message("logbook.entries"));

        var backwards = Jsoup.parse(mvc.perform(get("/logbook").param("from", "2026-11-20").param("to", "2026-11-01")
                .with(user(operator)).header("Accept-Language", "fr")).andReturn().getResponse()
                .getContentAsString());
        assertThat(backwards.getElementById("to-error").text())
                .contains(messages.getMessage("logbook.period.order", null, Locale.FRENCH));
        var tooLong = Jsoup.parse(mvc.perform(get("/logbook").param("from", "2020-01-01").param("to", "2026-11-01")
                .with(user(operator))).andReturn().getResponse().getContentAsString());
        assertThat(tooLong.getElementById("to-error").text()).contains(message("logbook.period.too-long"));
        var csv = mvc.perform(get("/logbook/export.csv").param("from", "yesterday").with(user(operator)))
                .andReturn().getResponse();
        assertThat(csv.getContentType()).as("the page with the error, not a file").startsWith("text/html");
        assertThat(Jsoup.parse(csv.getContentAsString()).getElementById("from-error")).isNotNull();

        var frenchBrowser = Jsoup.parse(mvc.perform(get("/logbook").param("from", "1/11/2026").param("to", "20/11/2026")
                .with(user(operator)).header("Accept-Language", "fr-FR")).andReturn().getResponse().getContentAsString());
        assertThat(frenchBrowser.select(".error-summary")).as("typed as the French picker shows it").isEmpty();
        assertThat(frenchBrowser.select("label[for=from] .date-format").text()).contains("jour/mois/année", "31/03/2026");

        var defaults = Jsoup.parse(mvc.perform(get("/logbook").with(user(operator))).andReturn().getResponse()
                .getContentAsString());
        assertThat(defaults.getElementById("from").val()).isEqualTo(LocalDate.now(clock).withDayOfMonth(1)
                .toString());
        assertThat(defaults.text()).contains(message("logbook.entries.none"));
    }

    private String organisationName(SignedInUser user) {
        return jdbc.queryForObject("select name from organisation where id = ?", String.class,
                user.organisationId());
    }

    private String message(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }
}
