package org.orepass.web.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.organisation.OrganisationType;
import org.orepass.revenue.PaymentDetails;
import org.orepass.revenue.ReportLevel;
import org.orepass.revenue.ReportPeriod;
import org.orepass.revenue.RevenueQueries;
import org.orepass.revenue.RevenueReport;
import org.orepass.revenue.RevenueReportQuery;
import org.orepass.revenue.RevenueReportRow;
import org.orepass.revenue.ScheduleDetails;
import org.orepass.revenue.TaxAssessment;
import org.orepass.revenue.TaxCollection;
import org.orepass.revenue.TaxDue;
import org.orepass.revenue.TaxScheduleAdministration;
import org.orepass.revenue.TaxSource;
import org.orepass.revenue.TaxType;
import org.orepass.revenue.TaxableEvent;
import org.orepass.site.Mineral;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Revenue reports against sums computed by hand, for a small Burundian data set of 2013 that no other test
 * touches: five exports in two divisions and three districts, four in USD and one in EUR, two of them paid.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RevenueReportIntegrationTest {

    private static final Actor ADMIN = new Actor("report-admin", null, Set.of(Role.ADMIN), null, Set.of());

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    TaxScheduleAdministration schedules;

    @Autowired
    TaxAssessment assessment;

    @Autowired
    TaxCollection collection;

    @Autowired
    RevenueQueries queries;

    @Autowired
    MessageSource messages;

    private long nextSource = System.nanoTime() % 1_000_000_000L * 100 + 50;

    private List<TaxDue> assess(String date, String division, String district, String value, String currency,
            Long payer) {
        var id = nextSource++;
        return assessment.assess(new TaxableEvent(TaxSource.EXPORT, id, "BI-EXP-" + id, "BI", division, district,
                Mineral.GOLD, new BigDecimal("1.5"), new BigDecimal(value), currency, LocalDate.parse(date), payer));
    }

    private Long tax(String date, String division, String district, String value, String currency, Long payer) {
        var dues = assess(date, division, district, value, currency, payer);
        assertThat(dues).hasSize(1);
        return dues.get(0).getId();
    }

    @BeforeAll
    void fiveExportsOf2013() {
        // A 10 % export tax on gold: every tax is a tenth of the declared value.
        schedules.create(ADMIN, new ScheduleDetails("BI", Mineral.GOLD, TaxType.EXPORT_TAX, BigDecimal.TEN, "USD",
                null, "Office Burundais des Recettes", LocalDate.of(2013, 1, 1), LocalDate.of(2013, 12, 31)));
        var payer = fixtures.organisation(OrganisationType.EXPORTER).getId();
        var january = tax("2013-01-10", "BI-BM", "Mabayi", "1000", "USD", payer);       // 100.00, paid in full
        tax("2013-02-20", "BI-BM", "Bukinanyana", "2000", "USD", payer);                 // 200.00
        tax("2013-03-05", "BI-KI", "Kirundo", "500", "USD", payer);                      //  50.00
        var april = tax("2013-04-15", "BI-BM", "Mabayi", "3000", "USD", payer);          // 300.00, 120 paid
        tax("2013-11-30", "BI-KI", "Kirundo", "400", "EUR", payer);                      //  40.00 EUR
        assertThat(assess("2014-01-02", "BI-KI", "Kirundo", "9999", "USD", payer)).isEmpty(); // no schedule
        var receipt = AccountFixtures.unique("OBR");
        collection.pay(ADMIN, january, 0, new PaymentDetails(new BigDecimal("100"), "USD", LocalDate.of(2013, 2, 1),
                receipt + "-1", "Gold exporter"));
        collection.pay(ADMIN, april, 0, new PaymentDetails(new BigDecimal("120"), "USD", LocalDate.of(2013, 5, 1),
                receipt + "-2", "Gold exporter"));
    }

    private List<RevenueReportRow> report(Actor actor, ReportPeriod period, ReportLevel level, String district) {
        return queries.report(actor, new RevenueReportQuery(LocalDate.of(2013, 1, 1), LocalDate.of(2013, 12, 31),
                period, level, "BI", null, district, null, null)).rows();
    }

    /** period, division, district, currency, taxes, due, paid: the row as a line, so a failure shows it all. */
    private static List<String> lines(List<RevenueReportRow> rows) {
        return rows.stream().map(r -> String.join(" ", r.period(), String.valueOf(r.division()),
                String.valueOf(r.district()), r.currency(), String.valueOf(r.taxes()), r.due().toPlainString(),
                r.paid().toPlainString())).toList();
    }

    @Test
    void byMonthAndDivision() {
        assertThat(lines(report(ADMIN, ReportPeriod.MONTH, ReportLevel.DIVISION, null))).containsExactly(
                "2013-01 BI-BM null USD 1 100.00 100.00",
                "2013-02 BI-BM null USD 1 200.00 0.00",
                "2013-03 BI-KI null USD 1 50.00 0.00",
                "2013-04 BI-BM null USD 1 300.00 120.00",
                "2013-11 BI-KI null EUR 1 40.00 0.00");
    }

    @Test
    void byQuarterAndDivision() {
        assertThat(lines(report(ADMIN, ReportPeriod.QUARTER, ReportLevel.DIVISION, null))).containsExactly(
                "2013-Q1 BI-BM null USD 2 300.00 100.00",
                "2013-Q1 BI-KI null USD 1 50.00 0.00",
                "2013-Q2 BI-BM null USD 1 300.00 120.00",
                "2013-Q4 BI-KI null EUR 1 40.00 0.00");
    }

    @Test
    void byYearAndCountryNeverAddingCurrencies() {
        var report = queries.report(ADMIN, new RevenueReportQuery(LocalDate.of(2013, 1, 1),
                LocalDate.of(2013, 12, 31), ReportPeriod.YEAR, ReportLevel.COUNTRY, "BI", null, null, null, null));
        assertThat(lines(report.rows())).containsExactly(
                "2013 null null EUR 1 40.00 0.00",
                "2013 null null USD 4 650.00 220.00");
        assertThat(report.totals()).extracting(RevenueReport.Total::currency, t -> t.outstanding().toPlainString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("EUR", "40.00"),
                        org.assertj.core.groups.Tuple.tuple("USD", "430.00"));
    }

    @Test
    void byYearAndDistrictAndForOneDistrict() {
        assertThat(lines(report(ADMIN, ReportPeriod.YEAR, ReportLevel.DISTRICT, null))).containsExactly(
                "2013 BI-BM Bukinanyana USD 1 200.00 0.00",
                "2013 BI-BM Mabayi USD 2 400.00 220.00",
                "2013 BI-KI Kirundo EUR 1 40.00 0.00",
                "2013 BI-KI Kirundo USD 1 50.00 0.00");
        assertThat(lines(report(ADMIN, ReportPeriod.YEAR, ReportLevel.DIVISION, "mabayi"))).containsExactly(
                "2013 BI-BM null USD 2 400.00 220.00");
    }

    @Test
    void anInspectorSeesOnlyTheDivisionsOfTheJurisdiction() {
        var kirundo = new Actor("insp-bi", null, Set.of(Role.INSPECTOR), "BI", Set.of("BI-KI"));
        assertThat(lines(report(kirundo, ReportPeriod.YEAR, ReportLevel.DIVISION, null))).containsExactly(
                "2013 BI-KI null EUR 1 40.00 0.00",
                "2013 BI-KI null USD 1 50.00 0.00");
        var uganda = new Actor("insp-ug", null, Set.of(Role.INSPECTOR), "UG", Set.of());
        assertThat(report(uganda, ReportPeriod.YEAR, ReportLevel.DIVISION, null)).isEmpty();
    }

    @Test
    void thePageAndItsCsvShowWhatTheFiltersSelect() throws Exception {
        var admin = fixtures.signedIn(Role.ADMIN);
        var query = "?from=2013-01-01&to=2013-12-31&period=QUARTER&level=DIVISION&country=BI";
        mvc.perform(get("/revenue/reports" + query).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2013-Q2")))
                .andExpect(content().string(containsString("180.00 USD")))
                .andExpect(content().string(containsString("/revenue/reports.csv" + query.replace("&", "&amp;"))));
        var csv = mvc.perform(get("/revenue/reports.csv" + query).with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.replace("\uFEFF", "").split("\r\n")).containsExactly(
                "period,periodStart,country,division,district,currency,taxes,due,paid,outstanding",
                "2013-Q1,2013-01-01,BI,BI-BM,,USD,2,300.00,100.00,200.00",
                "2013-Q1,2013-01-01,BI,BI-KI,,USD,1,50.00,0.00,50.00",
                "2013-Q2,2013-04-01,BI,BI-BM,,USD,1,300.00,120.00,180.00",
                "2013-Q4,2013-10-01,BI,BI-KI,,EUR,1,40.00,0.00,40.00");
    }

    @Test
    void anEndBeforeTheStartIsShownByTheFieldInTheUsersLanguage() throws Exception {
        var page = mvc.perform(get("/revenue/reports").param("from", "2013-12-31").param("to", "2013-01-01")
                        .param("period", "MONTH").param("level", "DIVISION").param("lang", "fr")
                        .with(user(fixtures.signedIn(Role.AUDITOR))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var error = org.jsoup.Jsoup.parse(page).getElementById("to-error");
        assertThat(error).isNotNull();
        assertThat(error.text()).contains(messages.getMessage("revenue.report.to.before", null, Locale.FRENCH));
        mvc.perform(get("/revenue/reports.csv").param("from", "2013-12-31").param("to", "2013-01-01")
                .with(user(fixtures.signedIn(Role.AUDITOR)))).andExpect(status().isBadRequest());
        // The first visit shows this year so far, not a page of "required" errors.
        mvc.perform(get("/revenue/reports").with(user(fixtures.signedIn(Role.INSPECTOR))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("error-summary"))))
                .andExpect(content().string(containsString("/revenue/reports.csv?from=")));
    }
}
