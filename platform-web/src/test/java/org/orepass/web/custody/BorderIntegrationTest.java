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
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Borders (issue 14, docs/borders.md) through the pages, as someone who wants to get around them would try: the
 * domestic sale across a border is refused with a message that says to export, and a sale recorded before the rule
 * cannot be received; then the lawful path, export with the Ugandan certificate, import in Congo naming it, and
 * re-export from Congo, works, and the Congolese certificate states the Ugandan origin and cites the Ugandan
 * certificate. An import without a valid certificate is refused by the field, or held as a suspect lot that can
 * never be certified; material that crossed without an import cannot be certified.
 */
@PlatformTest
class BorderIntegrationTest {

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

    private BorderFixtures borders() {
        return new BorderFixtures(mvc, fixtures, jdbc, clock);
    }

    private TradeBlockFixtures lots() {
        return new TradeBlockFixtures(mvc, fixtures, jdbc);
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private String page(SignedInUser who, String path, Locale locale) throws Exception {
        return mvc.perform(get(path).with(user(who)).locale(locale)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    /** The message shown by a field of a form page that came back with errors. */
    private static String fieldError(String html, String field) {
        var error = Jsoup.parse(html).getElementById(field + "-error");
        assertThat(error).as("error by " + field).isNotNull();
        return error.text();
    }

    private BigDecimal remaining(long lotId) {
        return jdbc.queryForObject("select remaining_kg from lot where id = ?", BigDecimal.class, lotId);
    }

    /** A Ugandan lot of {@code kg} produced today at a green site of the Ugandan trader. */
    private long ugandanLot(SignedInUser ugInspector, SignedInUser producer, String kg) throws Exception {
        var site = lots().site(ugInspector, producer);
        return lots().produce(ugInspector, producer, site, kg, borders().today());
    }

    @Test
    void aSaleToAnOrganisationInAnotherCountryIsRefusedAndSaysToExport() throws Exception {
        var b = borders();
        var ugInspector = b.inspector("UG");
        var cooperative = b.trader("UG");
        var comptoir = b.trader("CD");
        var lot = ugandanLot(ugInspector, cooperative, "100");

        // The path: the Ugandan cooperative "sells" to the Congolese comptoir as a domestic sale.
        var html = lots().sell(cooperative, comptoir, lot, "100").andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        var name = jdbc.queryForObject("select name from organisation where id = ?", String.class,
                comptoir.organisationId());
        var abroad = message("transfer.buyer.abroad", Locale.ENGLISH, name, "CD", "UG");
        assertThat(fieldError(html, "buyerId")).endsWith(abroad);
        assertThat(remaining(lot)).isEqualByComparingTo("100");
        assertThat(jdbc.queryForObject("select count(*) from custody_transfer where lot_id = ?", Long.class, lot))
                .isZero();

        // A sale recorded while both were in Uganda cannot be received once the buyer is registered in Congo.
        var trader = b.trader("UG");
        lots().sell(cooperative, trader, lot, "40").andExpect(status().is3xxRedirection());
        jdbc.update("update organisation set country = 'CD' where id = ?", trader.organisationId());
        long transfer = jdbc.queryForObject("select max(id) from custody_transfer where lot_id = ?", Long.class, lot);
        html = lots().receive(trader, transfer, "40").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        var traderName = jdbc.queryForObject("select name from organisation where id = ?", String.class,
                trader.organisationId());
        assertThat(fieldError(html, "massKg")).endsWith(message("transfer.buyer.abroad", Locale.ENGLISH,
                traderName, "CD", "UG"));
        assertThat(jdbc.queryForObject("select status from custody_transfer where id = ?", String.class, transfer))
                .isEqualTo("SENT");
    }

    @Test
    void theSellFormOffersOnlyBuyersOfTheSellersCountryAndSaysHowToSellAbroad() throws Exception {
        var b = borders();
        var ugInspector = b.inspector("UG");
        var cooperative = b.trader("UG");
        var ugTrader = b.trader("UG");
        var comptoir = b.trader("CD");
        // A Ugandan monitoring CSO does not buy minerals.
        var monitor = b.trader("UG");
        jdbc.update("update organisation set type = 'CSO' where id = ?", monitor.organisationId());
        var lot = ugandanLot(ugInspector, cooperative, "100");

        for (var locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"),
                Locale.forLanguageTag("sw")}) {
            var form = Jsoup.parse(page(cooperative, "/lots/" + lot, locale));
            var offered = form.select("select#buyerId option[value]").eachAttr("value");
            assertThat(offered).contains(String.valueOf(ugTrader.organisationId()))
                    .doesNotContain(String.valueOf(comptoir.organisationId()),
                            String.valueOf(monitor.organisationId()), String.valueOf(cooperative.organisationId()));
            // Every buyer offered is registered in Uganda, named in the reader's language (issue 16).
            var uganda = org.orepass.geography.Countries.displayName("UG", locale);
            assertThat(form.select("select#buyerId option[value~=.+]").eachText())
                    .allMatch(t -> t.endsWith("(" + uganda + ")"));
            var abroad = form.getElementById("sell-abroad");
            assertThat(abroad.text()).contains(message("transfer.sell.domestic", locale, uganda));
            assertThat(abroad.select("a").attr("href")).isEqualTo("/exports");
            assertThat(abroad.select("a").text()).isEqualTo(message("transfer.sell.abroad", locale));
        }
        // The list is a convenience: the rule is the domain's, and a buyer abroad typed in is still refused.
        var html = lots().sell(cooperative, comptoir, lot, "10").andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(fieldError(html, "buyerId")).contains("CD");
        lots().sell(cooperative, ugTrader, lot, "10").andExpect(status().is3xxRedirection());
    }

    @Test
    void theImportsPageListsAnOrganisationsImportsAndThoseIntoAnInspectorsCountry() throws Exception {
        var b = borders();
        var ugInspector = b.inspector("UG");
        var cdInspector = b.inspector("CD");
        var ugExporter = b.trader("UG");
        var cdComptoir = b.trader("CD");
        var otherCd = b.trader("CD");
        // Nothing imported yet: the empty state, in the four languages, and the form's link for an importer.
        for (var locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"),
                Locale.forLanguageTag("sw")}) {
            var empty = Jsoup.parse(page(cdComptoir, "/imports", locale));
            assertThat(empty.select("h1").text()).isEqualTo(message("import.list.title", locale));
            assertThat(empty.getElementById("imports-none").text()).isEqualTo(message("import.list.none", locale));
            assertThat(empty.select("a[href=/imports/new]").text()).isEqualTo(message("import.list.new", locale));
            assertThat(empty.select("nav a[href=/imports]").text()).isEqualTo(message("import.nav", locale));
        }
        var ugShipment = b.submit(ugExporter, ugandanLot(ugInspector, ugExporter, "50"), "50", "CD");
        b.certify(ugInspector, ugShipment).andExpect(status().is3xxRedirection());
        var serial = b.serial(ugShipment);
        var imported = BorderFixtures.lotOf(mvc.perform(b.importing(cdComptoir, "UG", serial, "50")));
        var suspect = BorderFixtures.lotOf(mvc.perform(b.importing(cdComptoir, "BI", "none", "7")
                .param("mineral", "CASSITERITE").param("concentration", "60").param("suspect", "true")
                .param("suspectReason", "Only a receipt")));
        var number = jdbc.queryForObject("select lot_number from lot where id = ?", String.class, imported);

        var list = Jsoup.parse(page(cdComptoir, "/imports", Locale.FRENCH));
        assertThat(list.getElementById("imports-none")).isNull();
        var rows = list.select("#imports tbody tr");
        assertThat(rows).hasSize(2);
        // Newest first: the suspect import, flagged as such; then the certified one with every fact and its lot.
        assertThat(rows.get(0).select("a").attr("href")).isEqualTo("/lots/" + suspect);
        assertThat(rows.get(0).text()).contains(message("import.list.suspect", Locale.FRENCH),
                org.orepass.geography.Countries.displayName("BI", Locale.FRENCH));
        var row = rows.get(1);
        assertThat(row.select("a").attr("href")).isEqualTo("/lots/" + imported);
        assertThat(row.select("a").text()).isEqualTo(number);
        // Dates and countries in the reader's language (issue 16).
        assertThat(row.select("td").eachText()).contains(
                java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", Locale.FRENCH).format(b.today()),
                message("import.list.kind.ICGLR_CERTIFICATE", Locale.FRENCH) + " " + serial,
                org.orepass.geography.Countries.displayName("UG", Locale.FRENCH), "Bunagana");
        assertThat(row.text()).doesNotContain(message("import.list.suspect", Locale.FRENCH));

        // Another Congolese organisation sees none of them; the Congolese inspector sees both, the Ugandan none.
        assertThat(Jsoup.parse(page(otherCd, "/imports", Locale.ENGLISH)).getElementById("imports-none")).isNotNull();
        var inspectorList = Jsoup.parse(page(cdInspector, "/imports", Locale.ENGLISH));
        assertThat(inspectorList.select("#imports tbody a").eachAttr("href")).contains("/lots/" + imported,
                "/lots/" + suspect);
        assertThat(inspectorList.select("a[href=/imports/new]")).isEmpty();
        assertThat(Jsoup.parse(page(ugInspector, "/imports", Locale.ENGLISH)).select("#imports tbody a")
                .eachAttr("href")).doesNotContain("/lots/" + imported, "/lots/" + suspect);
        // Reachable from the home page of operators and exporters.
        assertThat(Jsoup.parse(page(cdComptoir, "/", Locale.ENGLISH)).select(".panels a[href=/imports]")).isNotEmpty();
    }

    @Test
    void exportImportAndReExportKeepTheOriginAndTheFinalCertificateStatesItAndCitesTheOriginCertificate()
            throws Exception {
        var b = borders();
        var ugInspector = b.inspector("UG");
        var cdInspector = b.inspector("CD");
        var ugExporter = b.trader("UG");
        var cdComptoir = b.trader("CD");
        var lot = ugandanLot(ugInspector, ugExporter, "250");

        // Uganda exports to Congo with its certificate.
        var ugShipment = b.submit(ugExporter, lot, "250", "CD");
        b.certify(ugInspector, ugShipment).andExpect(status().is3xxRedirection());
        var ugSerial = b.serial(ugShipment);

        // Without a valid certificate the import is refused by the field, and nothing is recorded.
        var html = mvc.perform(b.importing(cdComptoir, "UG", "UG-1999-99999", "249")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(fieldError(html, "documentNumber")).endsWith(message("import.certificate.unknown", Locale.ENGLISH,
                "UG-1999-99999", "UG"));
        html = mvc.perform(b.importing(cdComptoir, "UG", ugSerial, "249", java.util.Map.of("crossedOn",
                b.today().plusDays(1).toString()))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(fieldError(html, "crossedOn")).endsWith(message("import.crossedOn.future", Locale.ENGLISH));
        // A Ugandan "import" into Uganda is no import; a certificate for Congo is not for a Rwandan importer.
        var rwanda = b.trader("RW");
        html = mvc.perform(b.importing(rwanda, "UG", ugSerial, "249")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(fieldError(html, "documentNumber")).endsWith(message("import.certificate.destination",
                Locale.ENGLISH, ugSerial, "CD"));
        assertThat(jdbc.queryForObject("select count(*) from lot_import where document_number = ?", Long.class,
                ugSerial)).isZero();

        // The Congolese comptoir records the import naming the certificate: 249 kg weighed of 250 sent (within 2 %).
        var imported = BorderFixtures.lotOf(mvc.perform(b.importing(cdComptoir, "UG", ugSerial, "249")));
        assertThat(jdbc.queryForMap("select originating_operation, creator_role, custodian_id, mass_kg, uncertified"
                + " from lot where id = ?", imported)).containsEntry("originating_operation", "IMPORT")
                .containsEntry("creator_role", "IMPORTER").containsEntry("custodian_id", cdComptoir.organisationId())
                .containsEntry("uncertified", false);
        // Its genealogy runs across the border to the Ugandan export lot.
        assertThat(jdbc.queryForObject("select l.lot_number from lot_input i join lot l on l.id = i.input_lot_id"
                + " where i.lot_id = ?", String.class, imported)).startsWith("UG-");
        var lotPage = Jsoup.parse(page(cdComptoir, "/lots/" + imported, Locale.ENGLISH));
        assertThat(lotPage.getElementById("crossing-document").text()).contains(ugSerial);
        assertThat(lotPage.select("#origin-countries li").eachAttr("data-country")).containsExactly("UG");
        assertThat(lotPage.select("#origin-countries li").text()).contains("Uganda", "100");
        // The same certificate cannot bring the shipment in twice.
        html = mvc.perform(b.importing(cdComptoir, "UG", ugSerial, "249")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(fieldError(html, "documentNumber")).endsWith(message("import.certificate.used", Locale.ENGLISH,
                ugSerial));

        // Congo re-exports the imported lot to the Netherlands: its certificate states the Ugandan origin and cites
        // the Ugandan certificate.
        var cdShipment = b.submit(cdComptoir, imported, "249", "NL");
        b.certify(cdInspector, cdShipment).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForMap("select issuing_country, mineral_origin, origin_certificates from"
                + " export_certificate where shipment_id = ?", cdShipment)).containsEntry("issuing_country", "CD")
                .containsEntry("mineral_origin", "UG").containsEntry("origin_certificates", "UG:" + ugSerial);
        var certificate = page(cdComptoir, "/exports/" + cdShipment + "/certificate", Locale.ENGLISH);
        assertThat(certificate).contains("UG:" + ugSerial);
        // The Ugandan certificate itself cites nothing: its material is Ugandan.
        assertThat(jdbc.queryForObject("select origin_certificates from export_certificate where shipment_id = ?",
                String.class, ugShipment)).isNull();
    }

    @Test
    void mixingWithDomesticOreKeepsBothOriginsWithTheirShares() throws Exception {
        var b = borders();
        var ugInspector = b.inspector("UG");
        var cdInspector = b.inspector("CD");
        var ugExporter = b.trader("UG");
        var cdComptoir = b.trader("CD");
        var ugShipment = b.submit(ugExporter, ugandanLot(ugInspector, ugExporter, "60"), "60", "CD");
        b.certify(ugInspector, ugShipment).andExpect(status().is3xxRedirection());
        var imported = BorderFixtures.lotOf(mvc.perform(b.importing(cdComptoir, "UG", b.serial(ugShipment), "60")));
        // 40 kg mined in Congo, by the comptoir's own site.
        var cdSite = lots().site(ugInspector, cdComptoir);
        jdbc.update("update mine_site set country = 'CD', division = null where id = ?", cdSite);
        var congolese = lots().produce(cdInspector, cdComptoir, cdSite, "40", b.today());
        var combined = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/lots/" + imported + "/combination").with(user(cdComptoir))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .csrf()).param("date", b.today().toString())
                        .param("inputs[0].lotId", String.valueOf(imported))
                        .param("inputs[0].version", String.valueOf(lots().lotVersion(imported)))
                        .param("inputs[0].selected", "true").param("inputs[0].massKg", "60")
                        .param("inputs[1].lotId", String.valueOf(congolese))
                        .param("inputs[1].version", String.valueOf(lots().lotVersion(congolese)))
                        .param("inputs[1].selected", "true").param("inputs[1].massKg", "40"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        var mixed = Long.parseLong(combined.substring("/lots/".length()));
        var lotPage = Jsoup.parse(page(cdComptoir, "/lots/" + mixed, Locale.FRENCH));
        assertThat(lotPage.select("#origin-countries li").eachAttr("data-country")).containsExactly("UG", "CD");
        assertThat(lotPage.select("#origin-countries li").eachText()).containsExactly(
                message("lot.origins.value", Locale.FRENCH, "Ouganda", "60", new BigDecimal("60.000")),
                message("lot.origins.value", Locale.FRENCH, "Congo-Kinshasa", "40", new BigDecimal("40.000")));

        // Its certificate states both origins, largest first, and cites the Ugandan certificate.
        var cdShipment = b.submit(cdComptoir, mixed, "100", "NL");
        b.certify(cdInspector, cdShipment).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForMap("select mineral_origin, origin_certificates from export_certificate"
                + " where shipment_id = ?", cdShipment)).containsEntry("mineral_origin", "UG;CD")
                .containsEntry("origin_certificates", "UG:" + b.serial(ugShipment));
    }

    @Test
    void materialThatCrossedWithoutAnImportCannotBeCertified() throws Exception {
        var b = borders();
        var ugInspector = b.inspector("UG");
        var cdInspector = b.inspector("CD");
        var cooperative = b.trader("UG");
        var comptoir = b.trader("UG");
        var lot = ugandanLot(ugInspector, cooperative, "80");
        // Data from before the rule: a domestic sale, after which the buyer turned out to be in Congo.
        lots().sell(cooperative, comptoir, lot, "80").andExpect(status().is3xxRedirection());
        long transfer = jdbc.queryForObject("select max(id) from custody_transfer where lot_id = ?", Long.class, lot);
        var bought = Long.parseLong(lots().receive(comptoir, transfer, "80").andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl().substring("/lots/".length()));
        jdbc.update("update organisation set country = 'CD' where id = ?", comptoir.organisationId());

        var shipment = b.submit(comptoir, bought, "80", "NL");
        b.certify(cdInspector, shipment).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select status from export_shipment where id = ?", String.class, shipment))
                .isEqualTo("SUBMITTED");
        var review = page(cdInspector, "/exports/" + shipment + "/review", Locale.ENGLISH);
        assertThat(review).contains(message("genealogy.problem.UNRECORDED_CROSSING", Locale.ENGLISH));
    }

    @Test
    void materialThatIsHereWithoutValidPapersIsHeldAsASuspectLotThatCanNeverBeCertified() throws Exception {
        var b = borders();
        var cdInspector = b.inspector("CD");
        var comptoir = b.trader("CD");
        // The form, and a refusal by the field, in the four languages.
        for (var locale : new Locale[] {Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"),
                Locale.forLanguageTag("sw")}) {
            assertThat(Jsoup.parse(page(comptoir, "/imports/new", locale)).select("h1").text())
                    .isEqualTo(message("import.title", locale));
            var refused = mvc.perform(b.importing(comptoir, "UG", "UG-2026-00001", "120",
                    java.util.Map.of("borderPost", "")).locale(locale)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(fieldError(refused, "borderPost")).endsWith(message("validation.required", locale));
            assertThat(Jsoup.parse(refused).getElementById("documentNumber").val()).isEqualTo("UG-2026-00001");
        }
        // A Burundian "certificate" the platform has never seen, and no file: refused by the file...
        var html = mvc.perform(b.importing(comptoir, "BI", "BI-2026-00001", "120").param("mineral", "CASSITERITE")
                .param("concentration", "60").param("documentMassKg", "120")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(fieldError(html, "file")).endsWith(message("import.file.required", Locale.ENGLISH));
        // ...and a Burundian export crosses with an ICGLR certificate, not a national document.
        html = mvc.perform(b.importing(comptoir, "BI", "BI-EXP-1", "120", java.util.Map.of("documentKind",
                "EXPORT_DOCUMENT")).param("mineral", "CASSITERITE")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(fieldError(html, "documentKind")).endsWith(message("import.documentKind.icglr", Locale.ENGLISH,
                "BI"));

        // The material is physically there: held as a suspect lot, with its reason.
        var suspect = BorderFixtures.lotOf(mvc.perform(b.importing(comptoir, "BI", "none", "120")
                .param("mineral", "CASSITERITE").param("concentration", "60").param("suspect", "true")
                .param("suspectReason", "The driver had no certificate, only a receipt")));
        assertThat(jdbc.queryForMap("select l.uncertified, l.origin_country, i.suspect from lot l join lot_import i"
                + " on i.lot_id = l.id where l.id = ?", suspect)).containsEntry("uncertified", true)
                .containsEntry("origin_country", "BI").containsEntry("suspect", true);
        assertThat(jdbc.queryForObject("select count(*) from custody_anomaly where kind = 'SUSPECT_IMPORT'"
                + " and details like ?", Long.class, "%The driver had no certificate%")).isOne();
        var lotPage = Jsoup.parse(page(comptoir, "/lots/" + suspect, Locale.ENGLISH));
        assertThat(lotPage.getElementById("crossing-suspect")).isNotNull();
        assertThat(lotPage.select("#origin-countries li").eachAttr("data-country")).containsExactly("BI");

        // It can never be certified.
        var shipment = b.submit(comptoir, suspect, "120", "NL");
        b.certify(cdInspector, shipment).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select status from export_shipment where id = ?", String.class, shipment))
                .isEqualTo("SUBMITTED");
        assertThat(page(cdInspector, "/exports/" + shipment + "/review", Locale.ENGLISH))
                .contains(message("genealogy.problem.SUSPECT_IMPORT", Locale.ENGLISH));
    }

    @Test
    void anExportDocumentOfACountryOutsideTheIcglrIsKeptAsAFileAndStatesTheOrigin() throws Exception {
        var b = borders();
        var ugInspector = b.inspector("UG");
        var refiner = b.trader("UG");
        var request = b.importing(refiner, "CO", "DEX-2026-0042", "10.2", java.util.Map.of("documentKind",
                "EXPORT_DOCUMENT")).param("mineral", "GOLD").param("concentration", "92").param("documentMassKg", "10");
        request.file(new MockMultipartFile("file", "dex.pdf", "application/pdf", BorderFixtures.PDF));
        var gold = BorderFixtures.lotOf(mvc.perform(request));
        // 10.2 kg weighed of 10 kg on the document: 2 %, at the tolerance, not beyond it.
        assertThat(jdbc.queryForMap("select i.flagged, i.file_name, i.export_certificate_id, l.origin_country from"
                + " lot_import i join lot l on l.id = i.lot_id where l.id = ?", gold)).containsEntry("flagged", false)
                .containsEntry("file_name", "dex.pdf").containsEntry("export_certificate_id", null)
                .containsEntry("origin_country", "CO");
        var lotPage = Jsoup.parse(page(ugInspector, "/lots/" + gold, Locale.ENGLISH));
        assertThat(lotPage.select("#origin-countries li").eachAttr("data-country")).containsExactly("CO");

        // A weight beyond the tolerance is an anomaly, as for a domestic receipt.
        var heavier = b.importing(refiner, "CO", "DEX-2026-0043", "11", java.util.Map.of("documentKind",
                "EXPORT_DOCUMENT")).param("mineral", "GOLD").param("concentration", "92").param("documentMassKg", "10");
        heavier.file(new MockMultipartFile("file", "dex.pdf", "application/pdf", BorderFixtures.PDF));
        var flagged = BorderFixtures.lotOf(mvc.perform(heavier));
        assertThat(jdbc.queryForObject("select flagged from lot_import where lot_id = ?", Boolean.class, flagged))
                .isTrue();
        assertThat(jdbc.queryForObject("select count(*) from custody_anomaly where kind = 'WEIGHT_DIFFERENCE'"
                + " and details like ?", Long.class, "%DEX-2026-0043%")).isOne();
    }
}
