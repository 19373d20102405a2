package org.orepass.web.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.site.Mineral;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The yearly report's EU Annex I check: the kilograms received per CN code against the Regulation's threshold,
 * compared with figures worked out by hand.
 */
@PlatformTest
class RiskReportIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    MessageSource messages;

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String[] row(Document page, Mineral mineral) {
        var row = page.getElementById("annex-" + mineral.name());
        assertThat(row).as("Annex I row of %s", mineral).isNotNull();
        return row.select("td").stream().map(Element::text).toArray(String[]::new);
    }

    @Test
    void theYearsTinOreAgainstTheAnnexIThresholdBelowThenAtIt() throws Exception {
        var r = new RiskFixtures(mvc, fixtures, jdbc);
        var tin = r.parties("UG", "UG-W", Mineral.CASSITERITE);
        var today = LocalDate.now(clock);
        // 3,000 kg, and 2,000 kg sent of which 1,999 kg were weighed on receipt: 4,999 kg received.
        r.buy(tin, r.produce(tin, Mineral.CASSITERITE, "3000", today), "3000", "", "", "");
        long second = r.produce(tin, Mineral.CASSITERITE, "2000", today);
        r.sell(tin.producer(), tin.exporter(), second, "2000", "", "", "")
                .andExpect(status().is3xxRedirection());
        r.receive(tin.exporter(), r.lastTransferOf(second), "1999");
        // Coltan from another supplier's site: no threshold on record for its code.
        var miner = fixtures.signedIn(Role.OPERATOR);
        var coltan = new RiskFixtures.Parties(tin.inspector(), miner, tin.exporter(),
                r.site(tin.inspector(), miner, "UG", "UG-W", Mineral.COLTAN));
        r.buy(coltan, r.produce(coltan, Mineral.COLTAN, "700", today), "700", "", "", "");

        // An exporter in Uganda is no Union importer: the report says where it is and gives no threshold verdict.
        var page = Jsoup.parse(report(tin, Locale.ENGLISH));
        assertThat(page.getElementById("annex-applies").text()).isEqualTo(messages.getMessage(
                "risk.report.annex.outside", new Object[] {"Uganda"}, Locale.ENGLISH));
        assertThat(row(page, Mineral.CASSITERITE)).containsExactly("2609.00.00 "
                + message("mineral.CASSITERITE", Locale.ENGLISH), "4,999", "5,000",
                message("risk.report.annex.notApplicable", Locale.ENGLISH));
        assertThat(page.text()).doesNotContain(message("risk.report.annex.below", Locale.ENGLISH));

        // The same organisation in Belgium imports into the Union: the thresholds apply.
        r.inTheUnion(tin.exporter());
        page = Jsoup.parse(report(tin, Locale.ENGLISH));
        assertThat(page.getElementById("annex-applies").text()).isEqualTo(messages.getMessage(
                "risk.report.annex.union", new Object[] {"Belgium"}, Locale.ENGLISH));
        assertThat(row(page, Mineral.CASSITERITE)).containsExactly("2609.00.00 "
                + message("mineral.CASSITERITE", Locale.ENGLISH), "4,999", "5,000",
                message("risk.report.annex.below", Locale.ENGLISH));
        assertThat(row(page, Mineral.COLTAN)).containsExactly("2615.90.00 "
                + message("mineral.COLTAN", Locale.ENGLISH), "700", "",
                message("risk.report.annex.none", Locale.ENGLISH));
        assertThat(page.getElementById("annex-" + Mineral.GOLD.name())).isNull();

        // One kilogram more reaches the threshold: at it, the obligations apply (article 1(3)). Bought at home: a
        // sale from Uganda to Belgium is an export, not a purchase (docs/borders.md).
        r.backHome(tin.exporter(), "UG", "UG-W");
        r.buy(tin, r.produce(tin, Mineral.CASSITERITE, "1", today), "1", "", "", "");
        r.inTheUnion(tin.exporter());
        page = Jsoup.parse(report(tin, Locale.FRENCH));
        assertThat(row(page, Mineral.CASSITERITE)).containsExactly("2609.00.00 "
                + message("mineral.CASSITERITE", Locale.FRENCH), "5 000", "5 000",
                message("risk.report.annex.above", Locale.FRENCH));
    }

    private String report(RiskFixtures.Parties p, Locale locale) throws Exception {
        return mvc.perform(get("/risk/report").with(user(p.exporter())).locale(locale)
                        .param("year", String.valueOf(LocalDate.now(clock).getYear())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void thePdfOfTheReportIsMadeOnTheServerInTheUsersLanguageWithTheFigures() throws Exception {
        var r = new RiskFixtures(mvc, fixtures, jdbc);
        var tin = r.parties("UG", "UG-W", Mineral.CASSITERITE);
        var today = LocalDate.now(clock);
        // 1,250 kg and 750.5 kg received: 2,000.500 kg of tin ore from Uganda, below the 5,000 kg threshold.
        r.buy(tin, r.produce(tin, Mineral.CASSITERITE, "1250", today), "1250", "", "", "");
        r.buy(tin, r.produce(tin, Mineral.CASSITERITE, "750.5", today), "750.5", "", "", "");
        // Bought at home, then the organisation is in the Union (a sale across a border is an export).
        r.inTheUnion(tin.exporter());
        var response = mvc.perform(get("/risk/report.pdf").with(user(tin.exporter())).locale(Locale.FRENCH)
                        .param("year", String.valueOf(today.getYear())))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        var bytes = response.getContentAsByteArray();
        // Kept beside the browser screenshots, to look at.
        var copy = java.nio.file.Path.of("target", "screenshots", "risk-report.pdf");
        java.nio.file.Files.createDirectories(copy.getParent());
        java.nio.file.Files.write(copy, bytes);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text;
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
        }
        var organisation = jdbc.queryForObject("select name from organisation where id = ?", String.class,
                tin.exporter().organisationId());
        assertThat(text).contains(organisation).containsPattern("2[\\s\\u00a0]000,5")
                .contains(message("risk.report.annex.below", Locale.FRENCH))
                .contains(message("risk.report.policy", Locale.FRENCH))
                .doesNotContain(message("risk.report.annex.below", Locale.ENGLISH));
        // Another organisation's report is not given.
        mvc.perform(get("/risk/report.pdf").with(user(fixtures.signedIn(Role.EXPORTER)))
                        .param("organisation", String.valueOf(tin.exporter().organisationId())))
                .andExpect(status().isForbidden());
        // A year typed into the address that no report covers is a missing page, not an error.
        mvc.perform(get("/risk/report").with(user(tin.exporter())).param("year", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/risk/report.pdf").with(user(tin.exporter())).param("year", "2147483647"))
                .andExpect(status().isNotFound());
    }
}
