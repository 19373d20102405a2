package org.orepass.web.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.accesstoken.TokenIssuing;
import org.orepass.custody.TagIssuing;
import org.orepass.web.icglr.IcglrSchemas;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 12, taxes and certificates: the export tax is due from submission, and the certificate waits until it and
 * the royalties of every production lot upstream are paid (through a purchase and a combination too), on the
 * review page and through the ICGLR API alike; a refused shipment shipped again is not taxed twice; a country that
 * does not make the certificate wait certifies with taxes due; lots produced before any schedule are shown as
 * never assessed and do not block. Each path is first shown closed, then the lawful path shown open.
 */
@PlatformTest
class ExportTaxClearanceIntegrationTest {

    private static final String API = "/api/icglr/v1/export-certificates";

    @Autowired MockMvc mvc;
    @Autowired AccountFixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired MessageSource messages;
    @Autowired TokenIssuing tokens;
    @Autowired IcglrSchemas schemas;
    @Autowired JsonMapper json;

    ExportFixtures exports;
    ExportTaxSchedules schedules;

    @BeforeEach
    void schedules() {
        exports = new ExportFixtures(mvc, fixtures, jdbc, clock);
        schedules = new ExportTaxSchedules(jdbc, clock);
        schedules.exportTaxRate();
        schedules.royaltyRate();
    }

    // ---- the export tax and the shipment's own royalty --------------------------------------------------------

    @Test
    void theCertificateWaitsForTheExportTaxAndTheRoyaltyThenListsTheirReceipts() throws Exception {
        var submitted = exports.submitted(true, ExportTaxSchedules.MINERAL);
        var id = submitted.shipmentId();
        var exportTax = tax("EXPORT", id, "EXPORT_TAX");
        var productionLot = jdbc.queryForObject("select lot_id from export_shipment_lot where shipment_id = ?",
                Long.class, id);
        var royalty = tax("PRODUCTION_LOT", productionLot, "ROYALTY");
        // 3 % of 4,600 USD declared; 5 % of 250 kg at 20 USD.
        assertThat(amount(exportTax)).isEqualByComparingTo(pct(schedules.exportTaxRate(), "4600"));
        assertThat(amount(royalty)).isEqualByComparingTo(pct(schedules.royaltyRate(), "5000"));

        // The exporter sees from submission what it owes and how to pay it.
        var shipmentPage = page(get("/exports/" + id).with(user(submitted.exporter())));
        assertThat(shipmentPage).contains(text("export.taxes.title", "en"))
                .contains(money(amount(exportTax))).contains(text("export.taxes.how-to-pay", "en"));

        // Closed: the inspector's certificate is refused, naming each unpaid tax with what is still owed.
        var refused = Jsoup.parse(certify(submitted, null).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).select(".error-summary").text();
        assertThat(refused).contains(unpaidLine("EXPORT_TAX", "EXPORT", submitted.exportLotNumber(),
                amount(exportTax), "en")).contains(unpaidLine("ROYALTY", "PRODUCTION_LOT",
                lotNumber(productionLot), amount(royalty), "en"));
        // … in the inspector's language.
        var refusedFr = Jsoup.parse(certify(submitted, "fr").andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).select(".error-summary").text();
        assertThat(refusedFr).contains(unpaidLine("EXPORT_TAX", "EXPORT", submitted.exportLotNumber(),
                amount(exportTax), "fr"));
        assertThat(certificates(id)).isZero();

        // Half paid is not paid: only what is still owed is named.
        exports.pay(submitted.inspector(), exportTax, "100", "USD", taxVersion(exportTax));
        var partly = Jsoup.parse(certify(submitted, null).andReturn().getResponse().getContentAsString())
                .select(".error-summary").text();
        assertThat(amount(exportTax)).isEqualByComparingTo(pct(schedules.exportTaxRate(), "4600")
                .subtract(new BigDecimal("100")));
        assertThat(partly).contains(unpaidLine("EXPORT_TAX", "EXPORT", submitted.exportLotNumber(),
                amount(exportTax), "en"));
        assertThat(certificates(id)).isZero();

        // Lawful: everything paid, the certificate is issued and lists the receipts.
        exports.payTaxes(submitted.inspector(), id);
        certify(submitted, null).andExpect(status().is3xxRedirection());
        assertThat(certificates(id)).isOne();
        var receipts = jdbc.queryForList("select receipt_reference from tax_payment where tax_due_id in (?, ?)",
                String.class, exportTax, royalty);
        assertThat(receipts).hasSize(3);
        var certificate = page(get("/exports/" + id + "/certificate").with(user(submitted.exporter())));
        assertThat(certificate).contains("Taxes paid (receipts)").contains("Taxes payées (quittances)");
        receipts.forEach(receipt -> assertThat(certificate).contains(receipt));
        // The ICGLR export lot carries them as MD.13 taxPaid.
        var lot = lotDocument(submitted.exportLotNumber(), submitted.inspector());
        assertThat(schemas.check(IcglrSchemas.LOT, lot)).as("problems of %s", lot).isEmpty();
        assertThat(lot.path("taxPaid").findValuesAsString("receiptReference"))
                .containsExactlyInAnyOrderElementsOf(receipts);
        assertThat(lot.path("taxPaid").findValuesAsString("taxType")).contains("EXPORT_TAX", "ROYALTY");
        // MD.03 on the export lot: the certificate's serial number (issue 17).
        assertThat(lot.path("exportCertificateId").asString()).isEqualTo(jdbc.queryForObject(
                "select serial_number from export_certificate where shipment_id = ?", String.class, id));
    }

    // ---- a royalty upstream, through a purchase and a combination, page and API ----------------------------------

    @Test
    void anUnpaidRoyaltyOfALotUpstreamStopsTheCertificateThroughAnIntermediaryAndACombination() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var producer = fixtures.signedIn(Role.OPERATOR);
        var trader = fixtures.signedIn(Role.OPERATOR);
        var exporter = fixtures.signedIn(Role.OPERATOR, Role.EXPORTER);
        jdbc.update("update organisation set contact_name = 'Amina Nakato', contact_email = 'exports@comptoir.ug',"
                + " contact_phone = '+256 772 123456' where id = ?", exporter.organisationId());
        var site = site(inspector, producer);
        long a = produce(inspector, producer, site, "100");
        long b = produce(inspector, producer, site, "50");
        // The producer sells both to a trader, who combines them and sells the combination to the exporter.
        long a1 = buy(producer, trader, a, "100");
        long b1 = buy(producer, trader, b, "50");
        long combined = combine(trader, a1, "100", b1, "50");
        long shipped = buy(trader, exporter, combined, "150");
        var id = ship(exporter, shipped, "150");
        var exportLot = jdbc.queryForObject("select l.lot_number from lot l join export_shipment s"
                + " on s.export_lot_id = l.id where s.id = ?", String.class, id);
        var submitted = new ExportFixtures.Submitted(exporter, inspector, id, site, exportLot);

        // The export tax and b's royalty are paid; a's, two links and a combination upstream, is not.
        exports.pay(inspector, tax("EXPORT", id, "EXPORT_TAX"), amount(tax("EXPORT", id, "EXPORT_TAX"))
                .toPlainString(), "USD", taxVersion(tax("EXPORT", id, "EXPORT_TAX")));
        var royaltyB = tax("PRODUCTION_LOT", b, "ROYALTY");
        exports.pay(inspector, royaltyB, amount(royaltyB).toPlainString(), "USD", taxVersion(royaltyB));
        var royaltyA = tax("PRODUCTION_LOT", a, "ROYALTY");

        // Closed on the review page …
        var review = page(get("/exports/" + id + "/review").with(user(inspector)));
        assertThat(Jsoup.parse(review).select("#taxes").text()).contains(lotNumber(a)).contains(lotNumber(b))
                .contains(text("export.taxes.unpaid.title", "en", 1));
        var refused = Jsoup.parse(certify(submitted, null).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).select(".error-summary").text();
        assertThat(refused).contains(unpaidLine("ROYALTY", "PRODUCTION_LOT", lotNumber(a), amount(royaltyA), "en"))
                .doesNotContain(lotNumber(b)).doesNotContain(exportLot + ":");
        // … and through the ICGLR API, with the same words.
        var token = "Bearer " + tokens.issue(inspector.username(), "test").value();
        var conflict = send(issuing(exportLot, "150"), token);
        assertThat(conflict.getStatus()).isEqualTo(409);
        assertThat(json.readTree(conflict.getContentAsString()).path("message").asString())
                .contains(unpaidLine("ROYALTY", "PRODUCTION_LOT", lotNumber(a), amount(royaltyA), "en"));
        assertThat(certificates(id)).isZero();

        // Lawful: the producer's royalty paid, the API issues the certificate.
        exports.pay(inspector, royaltyA, amount(royaltyA).toPlainString(), "USD", taxVersion(royaltyA));
        var created = send(issuing(exportLot, "150"), token);
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        assertThat(certificates(id)).isOne();
        var lot = lotDocument(exportLot, inspector);
        assertThat(schemas.check(IcglrSchemas.LOT, lot)).as("problems of %s", lot).isEmpty();
        assertThat(lot.path("taxPaid")).hasSize(3);
    }

    // ---- a refused shipment shipped again --------------------------------------------------------------------------

    @Test
    void aRefusedShipmentShippedAgainIsNotTaxedTwiceAndItsFirstTaxStillHasToBePaid() throws Exception {
        var first = exports.submitted(true, ExportTaxSchedules.MINERAL);
        var firstTax = tax("EXPORT", first.shipmentId(), "EXPORT_TAX");
        mvc.perform(post("/exports/" + first.shipmentId() + "/refusal").with(user(first.inspector())).with(csrf())
                .param("version", String.valueOf(shipmentVersion(first.shipmentId())))
                .param("reason", "The assay report is for another lot.")).andExpect(status().is3xxRedirection());
        // The exporter ships the released export lot again.
        var exportLot = jdbc.queryForObject("select id from lot where lot_number = ?", Long.class,
                first.exportLotNumber());
        var again = ship(first.exporter(), exportLot, "250");
        assertThat(jdbc.queryForObject("select count(*) from tax_due where source_kind = 'EXPORT' and source_id = ?",
                Long.class, again)).as("taxed twice").isZero();
        var secondLot = jdbc.queryForObject("select l.lot_number from lot l join export_shipment s"
                + " on s.export_lot_id = l.id where s.id = ?", String.class, again);
        var second = new ExportFixtures.Submitted(first.exporter(), first.inspector(), again, first.siteId(),
                secondLot);

        // Closed: the first submission's export tax is this shipment's to clear.
        var refused = Jsoup.parse(certify(second, null).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).select(".error-summary").text();
        assertThat(refused).contains(unpaidLine("EXPORT_TAX", "EXPORT", first.exportLotNumber(), amount(firstTax),
                "en"));
        // Lawful: paid once, certified.
        exports.payTaxes(first.inspector(), again);
        assertThat(jdbc.queryForObject("select status from tax_due where id = ?", String.class, firstTax))
                .isEqualTo("PAID");
        certify(second, null).andExpect(status().is3xxRedirection());
        assertThat(certificates(again)).isOne();
    }

    // ---- a country that does not make the certificate wait ---------------------------------------------------------

    @Test
    void aCountryThatDoesNotMakeTheCertificateWaitCertifiesWithTaxesDue() throws Exception {
        var admin = fixtures.signedIn(Role.ADMIN);
        var submitted = exports.submitted(true, ExportTaxSchedules.MINERAL);
        certify(submitted, null).andExpect(status().isOk());
        assertThat(certificates(submitted.shipmentId())).isZero();
        // Only an administrator sets the rule.
        setting(submitted.inspector(), "NOT_REQUIRED").andExpect(status().isForbidden());
        try {
            setting(admin, "NOT_REQUIRED").andExpect(status().is3xxRedirection());
            assertThat(page(get("/admin/export-tax-settings").with(user(admin))))
                    .contains(text("export.taxes.setting.rule.NOT_REQUIRED", "en"));
            assertThat(page(get("/exports/" + submitted.shipmentId() + "/review").with(user(submitted.inspector()))))
                    .contains(org.springframework.web.util.HtmlUtils.htmlEscape(
                            text("export.taxes.not-required", "en", "Uganda")));
            certify(submitted, null).andExpect(status().is3xxRedirection());
            assertThat(certificates(submitted.shipmentId())).isOne();
            // The taxes are still owed, and still shown.
            assertThat(jdbc.queryForObject("select status from tax_due where source_kind = 'EXPORT'"
                    + " and source_id = ?", String.class, submitted.shipmentId())).isEqualTo("DUE");
        } finally {
            setting(admin, "REQUIRED").andExpect(status().is3xxRedirection());
        }
        assertThat(jdbc.queryForObject("select taxes_paid_before_certificate from export_tax_setting"
                + " where country = 'UG'", Boolean.class)).isTrue();
        // Every change of the rule is in the audit trail.
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'ExportTaxSetting'"
                + " and entity_id = 'UG'", Long.class)).isGreaterThanOrEqualTo(2);
    }

    // ---- lots produced before any schedule ---------------------------------------------------------------------------

    @Test
    void lotsProducedBeforeAnyScheduleAreNeverAssessedShownAndDoNotBlock() throws Exception {
        // Cassiterite in Uganda has no schedule in force today in these tests: its lot was never assessed.
        var submitted = exports.submitted(true, "CASSITERITE");
        var lotId = jdbc.queryForObject("select lot_id from export_shipment_lot where shipment_id = ?", Long.class,
                submitted.shipmentId());
        assertThat(jdbc.queryForObject("select count(*) from tax_due where source_kind = 'PRODUCTION_LOT'"
                + " and source_id = ?", Long.class, lotId)).isZero();
        var review = Jsoup.parse(page(get("/exports/" + submitted.shipmentId() + "/review")
                .with(user(submitted.inspector())))).select("#taxes").text();
        assertThat(review).contains(text("export.taxes.never-assessed", "en")).contains(lotNumber(lotId));
        // The revenue report lists it too, for the inspector's country and today.
        var today = LocalDate.now(clock).toString();
        var report = Jsoup.parse(page(get("/revenue/reports").with(user(submitted.inspector()))
                .param("from", today).param("to", today).param("period", "MONTH").param("level", "COUNTRY")
                .param("country", "UG").param("mineral", "CASSITERITE"))).select("#never-assessed").text();
        assertThat(report).contains(lotNumber(lotId));
        // It does not block the certificate (no retroactive tax).
        exports.payTaxes(submitted.inspector(), submitted.shipmentId());
        certify(submitted, null).andExpect(status().is3xxRedirection());
        assertThat(certificates(submitted.shipmentId())).isOne();
    }

    // ---- helpers -----------------------------------------------------------------------------------------------------

    private ResultActions certify(ExportFixtures.Submitted submitted, String language) throws Exception {
        var request = post("/exports/" + submitted.shipmentId() + "/certificate").with(user(submitted.inspector()))
                .with(csrf()).param("version", String.valueOf(shipmentVersion(submitted.shipmentId())))
                .param("issuingAuthority", "Directorate of Geological Survey and Mines")
                .param("verifierName", "Grace Atim").param("verifierPosition", "Senior mines inspector")
                .param("verifiedOn", LocalDate.now(clock).toString()).param("validatorName", "Joseph Okello")
                .param("expiresOn", LocalDate.now(clock).plusDays(60).toString());
        if (language != null) {
            request.cookie(new Cookie("ORE_PASS_LANG", language));
        }
        return mvc.perform(request);
    }

    private ResultActions setting(SignedInUser who, String rule) throws Exception {
        return mvc.perform(post("/admin/export-tax-settings").with(user(who)).with(csrf()).param("country", "UG")
                .param("rule", rule));
    }

    private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private JsonNode lotDocument(String lotNumber, SignedInUser who) throws Exception {
        var token = "Bearer " + tokens.issue(who.username(), "test").value();
        var response = mvc.perform(get("/api/icglr/v1/lots/" + lotNumber).header("Authorization", token))
                .andExpect(status().isOk()).andReturn().getResponse();
        return json.readTree(response.getContentAsString());
    }

    private MockHttpServletResponse send(ObjectNode document, String token) throws Exception {
        return mvc.perform(post(API).header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                .content(document.toString())).andReturn().getResponse();
    }


    private ObjectNode issuing(String exportLotNumber, String weight) {
        var document = json.createObjectNode();
        document.put("issuingCountry", "UG");
        ExportFixtures.certificateParties(jdbc, document, exportLotNumber);
        document.put("lotNumber", exportLotNumber);
        document.put("typeOfOre", "2611.00.00");
        document.put("lotWeight", new BigDecimal(weight));
        document.put("lotWeightUOM", "KGM");
        document.put("lotGrade", "65 %");
        document.put("mineralOrigin", "UG");
        document.put("customsValue", "USD 2760.00");
        document.put("dateOfShipment", LocalDate.now(clock).plusDays(5).toString());
        document.put("memberStateIssuingAuthority", "Directorate of Geological Survey and Mines");
        document.put("nameOfVerifier", "Grace Atim");
        document.put("positionOfVerifier", "Senior mines inspector");
        document.put("dateOfVerification", LocalDate.now(clock).toString());
        document.put("nameOfValidator", "Joseph Okello");
        document.put("dateOfIssuance", LocalDate.now(clock).toString());
        document.put("dateOfExpiration", LocalDate.now(clock).plusDays(30).toString());
        return document;
    }

    private long site(SignedInUser inspector, SignedInUser owner) throws Exception {
        var site = mvc.perform(post("/sites").with(user(inspector)).with(csrf())
                        .param("name", AccountFixtures.unique("Wolfram pit")).param("country", "UG")
                        .param("division", "UG-W").param("locality", "Kisoro").param("latitude", "-1.2833")
                        .param("longitude", "29.6947").param("minerals", ExportTaxSchedules.MINERAL)
                        .param("activityStatus", "ACTIVE").param("miningType", "ARTISANAL")
                        .param("formalisationStage", "LICENSED").param("licenceType", "ARTISANAL_PERMIT")
                        .param("licenceNumber", "AP-" + System.nanoTime()).param("workersMen", "40")
                        .param("workersWomen", "12").param("capacity[" + ExportTaxSchedules.MINERAL + "]", "100000")
                        .param("ownerId", String.valueOf(owner.organisationId())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(site.substring("/sites/".length()));
        jdbc.update("update mine_site set status = 'GREEN', status_since = current_date where id = ?", id);
        return id;
    }

    private long produce(SignedInUser inspector, SignedInUser producer, long siteId, String kg) throws Exception {
        var prefix = ("W" + (System.nanoTime() % 100_000_000) + "-").toUpperCase(Locale.ROOT);
        mvc.perform(post("/sites/" + siteId + "/tags").with(user(inspector)).with(csrf())
                .param("prefix", prefix).param("from", "1").param("to", "1")).andExpect(status().is3xxRedirection());
        var lot = mvc.perform(post("/lots").param("site", String.valueOf(siteId)).with(user(producer)).with(csrf())
                        .param("tagNumber", TagIssuing.number(prefix, 1)).param("mineral", ExportTaxSchedules.MINERAL)
                        .param("mass", kg).param("unit", "KGM").param("concentration", "65")
                        .param("productionDate", LocalDate.now(clock).toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(lot.substring("/lots/".length()));
    }

    /** Sold whole and received with the same mass: the buyer's new lot. */
    private long buy(SignedInUser seller, SignedInUser buyer, long lotId, String kg) throws Exception {
        mvc.perform(post("/lots/" + lotId + "/sales").with(user(seller)).with(csrf())
                .param("buyerId", String.valueOf(buyer.organisationId())).param("massKg", kg)
                .param("paymentMethod", "").param("paymentAmount", "").param("paymentCurrency", "")
                .param("version", String.valueOf(lotVersion(lotId)))).andExpect(status().is3xxRedirection());
        var transfer = jdbc.queryForObject("select max(id) from custody_transfer where lot_id = ?", Long.class, lotId);
        var lot = mvc.perform(post("/transfers/" + transfer + "/receipt").with(user(buyer)).with(csrf())
                        .param("massKg", kg))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(lot.substring("/lots/".length()));
    }

    private long combine(SignedInUser custodian, long a, String kgA, long b, String kgB) throws Exception {
        var request = post("/lots/" + a + "/combination").with(user(custodian)).with(csrf())
                .param("date", LocalDate.now(clock).toString());
        var inputs = List.of(new Object[] {a, kgA}, new Object[] {b, kgB});
        for (int i = 0; i < inputs.size(); i++) {
            long lotId = (Long) inputs.get(i)[0];
            request.param("inputs[" + i + "].lotId", String.valueOf(lotId))
                    .param("inputs[" + i + "].version", String.valueOf(lotVersion(lotId)))
                    .param("inputs[" + i + "].selected", "true").param("_inputs[" + i + "].selected", "on")
                    .param("inputs[" + i + "].massKg", (String) inputs.get(i)[1]);
        }
        var lot = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        return Long.parseLong(lot.substring("/lots/".length()));
    }

    /** A shipment of the whole lot to a Dutch importer, with its invoice, submitted: its id. */
    private long ship(SignedInUser exporter, long lotId, String kg) throws Exception {
        var draft = mvc.perform(post("/exports").with(user(exporter)).with(csrf())
                        .param("importerName", "Refinery Europe BV")
                        .param("importerAddress", "Havenstraat 1, Rotterdam").param("importerCountry", "NL")
                        .param("importerContact", "Jan de Vries").param("importerPhone", "+31 10 123 4567")
                        .param("importerEmail", "metals@refinery.nl").param("destinationCountry", "NL")
                        .param("mineral", ExportTaxSchedules.MINERAL).param("declaredMass", kg)
                        .param("declaredUnit", "KGM").param("grade", "65").param("declaredValue", "2760")
                        .param("currency", "USD").param("transportMode", "ROAD").param("carrier", "Lake Transport")
                        .param("route", "UG;KE").param("shipmentDate", LocalDate.now(clock).plusDays(5).toString())
                        .param("lots[" + lotId + "]", kg))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        var id = Long.parseLong(draft.substring("/exports/".length()));
        mvc.perform(multipart("/exports/" + id + "/documents")
                        .file(new MockMultipartFile("file", "invoice.pdf", "application/pdf",
                                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
                        .with(user(exporter)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/exports/" + id + "/submission").with(user(exporter)).with(csrf())
                .param("version", String.valueOf(shipmentVersion(id)))).andExpect(status().is3xxRedirection());
        return id;
    }

    private long tax(String kind, long sourceId, String type) {
        return jdbc.queryForObject("select id from tax_due where source_kind = ? and source_id = ? and tax_type = ?",
                Long.class, kind, sourceId, type);
    }

    /** What is still owed on the tax. */
    private BigDecimal amount(long taxId) {
        return jdbc.queryForObject("select amount - paid_amount from tax_due where id = ?", BigDecimal.class, taxId);
    }

    private long taxVersion(long taxId) {
        return jdbc.queryForObject("select version from tax_due where id = ?", Long.class, taxId);
    }

    private long shipmentVersion(long id) {
        return jdbc.queryForObject("select version from export_shipment where id = ?", Long.class, id);
    }

    private long lotVersion(long lotId) {
        return jdbc.queryForObject("select version from lot where id = ?", Long.class, lotId);
    }

    private String lotNumber(long lotId) {
        return jdbc.queryForObject("select lot_number from lot where id = ?", String.class, lotId);
    }

    private long certificates(long shipmentId) {
        return jdbc.queryForObject("select count(*) from export_certificate where shipment_id = ?", Long.class,
                shipmentId);
    }

    private static BigDecimal pct(BigDecimal rate, String base) {
        return new BigDecimal(base).multiply(rate).movePointLeft(2).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private String money(BigDecimal amount) {
        return text("tax.money", "en", amount, "USD");
    }

    private String text(String key, String language, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag(language));
    }

    /** One unpaid tax as the refusal names it, in the language. */
    private String unpaidLine(String type, String source, String reference, BigDecimal owed, String language) {
        return text("certificate.taxes.unpaid.line", language, text("tax.type." + type, language),
                text("tax.source." + source, language), reference, owed.toPlainString(), "USD");
    }
}
