package org.orepass.web.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.orepass.custody.Logbook;
import org.orepass.custody.LogbookEntryKind;
import org.orepass.custody.LogbookQueries;
import org.orepass.risk.DueDiligenceReporting;
import org.orepass.site.Mineral;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reports count imported material apart from domestic production (issue 14, docs/borders.md "Reports"): 250 kg of
 * Ugandan cassiterite exported to Congo and imported there (249 kg weighed), 40 kg mined in Congo by the same
 * comptoir, and 100 kg of Ugandan cassiterite imported by a Dutch refinery. Every figure is worked out by hand; a
 * report that counted the import as Congolese production (289 kg), as processing, or left it out of the Union
 * importer's Annex I volume fails here.
 */
@PlatformTest
class BorderReportsIntegrationTest {

    private static final Locale[] LANGUAGES = {Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"),
        Locale.forLanguageTag("sw")};

    /**
     * A Congolese division of this story's own ("CD-" and three letters or digits no other test writes), so that the
     * revenue report's sums are this story's alone.
     */
    private static String division() {
        var code = Long.toString(System.nanoTime() % 46_656L + 46_656L * 35, 36).toUpperCase(Locale.ROOT);
        return "CD-" + code.substring(code.length() - 3);
    }

    @Autowired MockMvc mvc;
    @Autowired AccountFixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired MessageSource messages;
    @Autowired LogbookQueries logbooks;
    @Autowired DueDiligenceReporting reporting;

    private record Story(SignedInUser ugInspector, SignedInUser cdInspector, SignedInUser ugExporter,
            SignedInUser cdComptoir, SignedInUser nlRefinery, String cdSerial, long cdImport, long nlImport,
            String division) {
    }

    private Story story() throws Exception {
        var b = new BorderFixtures(mvc, fixtures, jdbc, clock);
        var lots = new TradeBlockFixtures(mvc, fixtures, jdbc);
        var ugInspector = b.inspector("UG");
        var cdInspector = b.inspector("CD");
        var ugExporter = b.trader("UG");
        var cdComptoir = b.trader("CD");
        var nlRefinery = b.trader("NL");
        var division = division();
        jdbc.update("update organisation set division = ? where id = ?", division, cdComptoir.organisationId());
        var ugSite = lots.site(ugInspector, ugExporter);

        // 250 kg to Congo, 249 kg weighed there.
        var toCongo = b.submit(ugExporter, lots.produce(ugInspector, ugExporter, ugSite, "250", b.today()), "250",
                "CD");
        b.certify(ugInspector, toCongo).andExpect(status().is3xxRedirection());
        var cdSerial = b.serial(toCongo);
        var cdImport = BorderFixtures.lotOf(mvc.perform(b.importing(cdComptoir, "UG", cdSerial, "249")));
        // 40 kg mined in that division by the comptoir's own site.
        var cdSite = lots.site(ugInspector, cdComptoir);
        jdbc.update("update mine_site set country = 'CD', division = ? where id = ?", division, cdSite);
        lots.produce(cdInspector, cdComptoir, cdSite, "40", b.today());
        // 100 kg to the Netherlands, imported by the refinery.
        var toUnion = b.submit(ugExporter, lots.produce(ugInspector, ugExporter, ugSite, "100", b.today()), "100",
                "NL");
        b.certify(ugInspector, toUnion).andExpect(status().is3xxRedirection());
        var nlImport = BorderFixtures.lotOf(mvc.perform(b.importing(nlRefinery, "UG", b.serial(toUnion), "100")));
        return new Story(ugInspector, cdInspector, ugExporter, cdComptoir, nlRefinery, cdSerial, cdImport, nlImport,
                division);
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private String page(SignedInUser who, String path, Locale locale) throws Exception {
        return mvc.perform(get(path).with(user(who)).locale(locale)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    @Test
    void theLogbookCountsTheImportApartFromProductionAndTheExporterLosesItOnlyOnce() throws Exception {
        var s = story();
        var today = java.time.LocalDate.now(clock);
        var comptoir = logbooks.logbook(s.cdComptoir().actor(), null, today, today, 100);
        assertThat(comptoir.balances()).singleElement().satisfies(b -> {
            assertThat(b.mineral()).isEqualTo(Mineral.CASSITERITE);
            assertThat(b.production()).as("produced here").isEqualByComparingTo("40");
            assertThat(b.imports()).as("imported").isEqualByComparingTo("249");
            assertThat(b.purchases()).isEqualByComparingTo("0");
            assertThat(b.processingOut()).as("an import is no processing").isEqualByComparingTo("0");
            assertThat(b.closing()).isEqualByComparingTo("289");
        });
        assertThat(comptoir.imported()).containsExactly(new Logbook.Imported(Mineral.CASSITERITE, "UG",
                new BigDecimal("249.000")));
        var number = jdbc.queryForObject("select lot_number from lot where id = ?", String.class, s.cdImport());
        assertThat(comptoir.entries()).filteredOn(e -> e.kind() == LogbookEntryKind.IMPORT).singleElement()
                .satisfies(e -> {
                    assertThat(e.lotNumber()).isEqualTo(number);
                    assertThat(e.counterpart()).isEqualTo("UG " + s.cdSerial());
                    assertThat(e.massKg()).isEqualByComparingTo("249");
                    assertThat(e.day()).isEqualTo(today);
                });

        // The Ugandan exporter: 350 kg produced and exported, nothing taken into processing by the imports on the
        // other side of the borders, nothing left.
        var exporter = logbooks.logbook(s.ugExporter().actor(), null, today, today, 100);
        assertThat(exporter.balances()).singleElement().satisfies(b -> {
            assertThat(b.production()).isEqualByComparingTo("350");
            assertThat(b.exports()).isEqualByComparingTo("350");
            assertThat(b.processingIn()).isEqualByComparingTo("0");
            assertThat(b.imports()).isEqualByComparingTo("0");
            assertThat(b.closing()).isEqualByComparingTo("0");
        });
        assertThat(exporter.imported()).isEmpty();

        // The page, in the four languages: an "imported" column and the imports by country of origin.
        for (var locale : LANGUAGES) {
            var html = Jsoup.parse(page(s.cdComptoir(), "/logbook?from=" + today + "&to=" + today, locale));
            assertThat(html.select("thead th").eachText()).contains(message("logbook.production", locale),
                    message("logbook.imports", locale));
            assertThat(html.select("#logbook-imported caption").text()).isEqualTo(message("logbook.imported", locale));
            assertThat(html.select("#logbook-imported tbody tr").eachAttr("data-country")).containsExactly("UG");
            assertThat(html.text()).contains(message("logbook.kind.IMPORT", locale));
        }
        var csv = mvc.perform(get("/logbook/export.csv").param("from", today.toString()).param("to", today.toString())
                .with(user(s.cdComptoir()))).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertThat(csv).contains("CASSITERITE,2609.00.00,0.000,40.000,0.000,249.000,0.000,0.000,0.000,0.000,0.000,"
                + "0.000,289.000", "mineral,originCountry,importedKg", "CASSITERITE,UG,249.000");
        assertThat(csv).contains(today + ",IMPORT," + number + ",UG " + s.cdSerial() + ",CASSITERITE,249.000,");
    }

    @Test
    void theRevenueReportShowsWhatWasProducedHereAndWhatWasImportedByOrigin() throws Exception {
        var s = story();
        var today = java.time.LocalDate.now(clock);
        for (var locale : LANGUAGES) {
            var html = Jsoup.parse(page(s.cdInspector(), "/revenue/reports?from=" + today + "&to=" + today
                    + "&period=MONTH&level=COUNTRY&country=CD&division=" + s.division() + "&mineral=CASSITERITE",
                    locale));
            assertThat(html.select("#material-title").text()).isEqualTo(message("revenue.report.material.title",
                    locale));
            // Produced in the division: the 40 kg mined there, not the 249 kg that crossed the border.
            var produced = html.select("#material-produced tbody tr");
            assertThat(produced).hasSize(1);
            assertThat(produced.get(0).attr("data-country")).isEqualTo("CD");
            assertThat(produced.get(0).select("td").last().text()).isEqualTo(message("lot.kg", locale,
                    new BigDecimal("40.000")));
            var imported = html.select("#material-imported tbody tr");
            assertThat(imported).hasSize(1);
            assertThat(imported.get(0).attr("data-country")).isEqualTo("CD");
            assertThat(imported.get(0).attr("data-origin")).isEqualTo("UG");
            assertThat(imported.get(0).select("td").last().text()).isEqualTo(message("lot.kg", locale,
                    new BigDecimal("249.000")));
            assertThat(html.select("#material-imported caption").text()).isEqualTo(message(
                    "revenue.report.material.imported", locale));
        }
        // A district is a site's place: imports, placed by their importer, are not in a district's report.
        var district = Jsoup.parse(page(s.cdInspector(), "/revenue/reports?from=" + today + "&to=" + today
                + "&period=MONTH&level=DISTRICT&country=CD&division=" + s.division() + "&district=Kisoro",
                Locale.ENGLISH));
        assertThat(district.select("#material-imported")).isEmpty();
        assertThat(district.select("#material-produced tbody tr")).hasSize(1);
        // The Ugandan inspector sees none of the Congolese figures.
        var uganda = Jsoup.parse(page(s.ugInspector(), "/revenue/reports?from=" + today + "&to=" + today
                + "&period=MONTH&level=COUNTRY&division=" + s.division(), Locale.ENGLISH));
        assertThat(uganda.select("#material")).isEmpty();
    }

    @Test
    void theDueDiligenceReportCountsImportsApartAndTheUnionImportersAnnexIVolumeIncludesThem() throws Exception {
        var s = story();
        var year = java.time.LocalDate.now(clock).getYear();
        var refinery = reporting.report(s.nlRefinery().actor(), s.nlRefinery().organisationId(), year);
        assertThat(refinery.unionImporter()).isTrue();
        assertThat(refinery.volumes()).as("bought in the Netherlands").isEmpty();
        assertThat(refinery.importedVolumes()).containsExactly(new DueDiligenceReporting.Volume(Mineral.CASSITERITE,
                "UG", new BigDecimal("100.000")));
        assertThat(refinery.annexI()).singleElement().satisfies(check -> {
            assertThat(check.mineral()).isEqualTo(Mineral.CASSITERITE);
            assertThat(check.massKg()).isEqualByComparingTo("100");
        });
        var comptoir = reporting.report(s.cdComptoir().actor(), s.cdComptoir().organisationId(), year);
        assertThat(comptoir.volumes()).isEmpty();
        assertThat(comptoir.importedVolumes()).containsExactly(new DueDiligenceReporting.Volume(Mineral.CASSITERITE,
                "UG", new BigDecimal("249.000")));

        for (var locale : LANGUAGES) {
            var html = Jsoup.parse(page(s.nlRefinery(), "/risk/report?year=" + year, locale));
            assertThat(html.select("#imports-title").text()).isEqualTo(message("risk.report.imports", locale));
            assertThat(html.select("#imported-volumes tbody tr").eachAttr("data-country")).containsExactly("UG");
            assertThat(html.select("#bought-volumes").text()).contains(message("risk.report.volumes.none", locale));
            assertThat(html.select("#annex-CASSITERITE td.volume").first().text()).isEqualTo("100");
        }
    }
}
