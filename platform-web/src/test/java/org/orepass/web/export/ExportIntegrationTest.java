package org.orepass.web.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.custody.TagIssuing;
import org.orepass.export.ExportCertified;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.util.HtmlUtils;

/**
 * Export shipments through the pages: draft, documents, submission taking the mass from the lots, the inspector's
 * review with its refusals (red site, voided tag, uncertified lot), certification with a serial number, refusal
 * with reasons, the bilingual certificate, and who may do what.
 */
@PlatformTest
@RecordApplicationEvents
class ExportIntegrationTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

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
    ApplicationEvents events;

    @Autowired
    org.orepass.export.ExportShipping shipping;

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;

    private record Chain(SignedInUser inspector, SignedInUser exporter, long siteId, long lotId, String tag) {
    }

    /**
     * A 100 kg cassiterite lot produced at a Ugandan site of the given colour and held by an exporter: bought from
     * the producing cooperative (a purchase, so the trace has two links), or produced by the exporter's own
     * organisation when {@code bought} is false.
     */
    private Chain exporterHolding100Kg(String colour, boolean bought) throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var exporter = bought ? fixtures.signedIn(Role.EXPORTER) : fixtures.signedIn(Role.OPERATOR, Role.EXPORTER);
        var producer = bought ? fixtures.signedIn(Role.OPERATOR) : exporter;
        var site = mvc.perform(post("/sites").with(user(inspector)).with(csrf())
                        .param("name", AccountFixtures.unique("Tin pit")).param("country", "UG")
                        .param("division", "UG-W").param("locality", "Kisoro").param("latitude", "-1.2833")
                        .param("longitude", "29.6947").param("minerals", "CASSITERITE")
                        .param("activityStatus", "ACTIVE").param("miningType", "ARTISANAL")
                        .param("formalisationStage", "LICENSED").param("licenceType", "ARTISANAL_PERMIT")
                        .param("licenceNumber", "AP-" + System.nanoTime()).param("workersMen", "40")
                        .param("workersWomen", "12").param("capacity[CASSITERITE]", "100000")
                        .param("ownerId", String.valueOf(producer.organisationId())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        var siteId = Long.parseLong(site.substring("/sites/".length()));
        jdbc.update("update mine_site set status = ?, status_since = current_date where id = ?", colour, siteId);
        var prefix = ("E" + (System.nanoTime() % 100_000_000) + "-").toUpperCase(Locale.ROOT);
        mvc.perform(post("/sites/" + siteId + "/tags").with(user(inspector)).with(csrf())
                .param("prefix", prefix).param("from", "1").param("to", "1")).andExpect(status().is3xxRedirection());
        var tag = TagIssuing.number(prefix, 1);
        var lot = mvc.perform(post("/lots").param("site", String.valueOf(siteId)).with(user(producer)).with(csrf())
                        .param("tagNumber", tag).param("mineral", "CASSITERITE")
                        .param("mass", "100").param("unit", "KGM").param("concentration", "65")
                        .param("productionDate", LocalDate.now(clock).toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        var lotId = Long.parseLong(lot.substring("/lots/".length()));
        if (bought) {
            mvc.perform(post("/lots/" + lotId + "/sales").with(user(producer)).with(csrf())
                    .param("buyerId", String.valueOf(exporter.organisationId())).param("massKg", "100")
                    .param("version", String.valueOf(version("lot", lotId))))
                    .andExpect(status().is3xxRedirection());
            var transferId = jdbc.queryForObject("select max(id) from custody_transfer where lot_id = ?",
                    Long.class, lotId);
            var received = mvc.perform(post("/transfers/" + transferId + "/receipt").with(user(exporter))
                            .with(csrf()).param("massKg", "100"))
                    .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
            lotId = Long.parseLong(received.substring("/lots/".length()));
        }
        return new Chain(inspector, exporter, siteId, lotId, tag);
    }

    private ResultActions draft(SignedInUser who, long lotId, String kg, String declared, Cookie... cookies)
            throws Exception {
        var request = post("/exports").with(user(who)).with(csrf())
                .param("importerName", "Refinery Europe BV").param("importerAddress", "Havenstraat 1, Rotterdam")
                .param("importerCountry", "NL").param("destinationCountry", "NL").param("mineral", "CASSITERITE")
                .param("hsCode", "").param("declaredMass", declared).param("declaredUnit", "KGM")
                .param("grade", "65").param("declaredValue", "1850.50").param("currency", "usd")
                .param("transportMode", "ROAD").param("carrier", "Lake Transport Ltd").param("route", "UG;KE")
                .param("borderPost", "Malaba").param("shipmentDate", LocalDate.now(clock).plusDays(3).toString())
                .param("lots[" + lotId + "]", kg);
        if (cookies.length > 0) {
            request.cookie(cookies);
        }
        return mvc.perform(request);
    }

    /** A draft taking {@code kg} of the lot, with an invoice attached, ready to submit. */
    private long readyDraft(Chain chain, String kg) throws Exception {
        var url = draft(chain.exporter(), chain.lotId(), kg, kg).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "export.saved"))
                .andReturn().getResponse().getRedirectedUrl();
        var id = Long.parseLong(url.substring("/exports/".length()));
        mvc.perform(multipart("/exports/" + id + "/documents")
                        .file(new MockMultipartFile("file", "invoice.pdf", "application/pdf", PDF))
                        .with(user(chain.exporter())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        return id;
    }

    private ResultActions submit(SignedInUser who, long shipmentId) throws Exception {
        return mvc.perform(post("/exports/" + shipmentId + "/submission").with(user(who)).with(csrf())
                .param("version", String.valueOf(version("export_shipment", shipmentId))));
    }

    private ResultActions certify(SignedInUser who, long shipmentId) throws Exception {
        return mvc.perform(post("/exports/" + shipmentId + "/certificate").with(user(who)).with(csrf())
                .param("version", String.valueOf(version("export_shipment", shipmentId)))
                .param("issuingAuthority", "Directorate of Geological Survey and Mines")
                .param("verifierName", "Grace Atim").param("verifierPosition", "Senior mines inspector")
                .param("verifierId", "DGSM-117").param("verifiedOn", LocalDate.now(clock).toString())
                .param("validatorName", "Joseph Okello")
                .param("expiresOn", LocalDate.now(clock).plusDays(90).toString()));
    }

    private long version(String table, long id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
    }

    private BigDecimal remaining(long lotId) {
        return jdbc.queryForObject("select remaining_kg from lot where id = ?", BigDecimal.class, lotId);
    }

    private String shipmentStatus(long id) {
        return jdbc.queryForObject("select status from export_shipment where id = ?", String.class, id);
    }

    private long certificates(long shipmentId) {
        return jdbc.queryForObject("select count(*) from export_certificate where shipment_id = ?", Long.class,
                shipmentId);
    }

    private String message(String key, String language, Object... args) {
        return messages.getMessage(key, args, Locale.forLanguageTag(language));
    }

    private static String html(String text) {
        return HtmlUtils.htmlEscape(text);
    }

    @Test
    void submissionTakesTheMassFromTheLotsIntoAnExportLot() throws Exception {
        var chain = exporterHolding100Kg("GREEN", true);
        mvc.perform(get("/exports/new").with(user(chain.exporter()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"lots[" + chain.lotId() + "]\"")));
        var id = readyDraft(chain, "60");
        // A draft takes nothing yet.
        assertThat(remaining(chain.lotId())).isEqualByComparingTo("100");
        var row = jdbc.queryForMap("select hs_code, currency, declared_mass_kg from export_shipment where id = ?", id);
        assertThat(row.get("hs_code")).isEqualTo("2609.00.00");
        assertThat(row.get("currency")).isEqualTo("USD");
        mvc.perform(get("/exports/" + id).with(user(chain.exporter()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("invoice.pdf")))
                .andExpect(content().string(containsString("/exports/" + id + "/submission")));
        submit(chain.exporter(), id).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "export.submitted"));
        assertThat(shipmentStatus(id)).isEqualTo("SUBMITTED");
        assertThat(remaining(chain.lotId())).isEqualByComparingTo("40");
        var exportLot = jdbc.queryForMap("select l.id, l.originating_operation, l.creator_role, l.custodian_id,"
                + " l.mass_kg, l.remaining_kg from lot l join export_shipment s on s.export_lot_id = l.id"
                + " where s.id = ?", id);
        assertThat(exportLot.get("originating_operation")).isEqualTo("EXPORT");
        assertThat(exportLot.get("creator_role")).isEqualTo("EXPORTER");
        assertThat(exportLot.get("custodian_id")).isEqualTo(chain.exporter().organisationId());
        assertThat((BigDecimal) exportLot.get("mass_kg")).isEqualByComparingTo("60");
        assertThat((BigDecimal) exportLot.get("remaining_kg")).isEqualByComparingTo("0");
        // The forward link: the genealogy walks lot_input from the exporter's lot to the export lot.
        assertThat(jdbc.queryForObject("select mass_kg from lot_input where lot_id = ? and input_lot_id = ?",
                BigDecimal.class, exportLot.get("id"), chain.lotId())).isEqualByComparingTo("60");
        // Submitted once; no more changes.
        submit(chain.exporter(), id).andExpect(status().isOk())
                .andExpect(content().string(containsString(html(message("export.not-draft", "en")))));
        assertThat(remaining(chain.lotId())).isEqualByComparingTo("40");
        mvc.perform(get("/exports").with(user(chain.exporter())))
                .andExpect(content().string(containsString("/exports/" + id + "\"")));
    }

    @Test
    void nobodyExportsMoreThanALotHolds() throws Exception {
        var chain = exporterHolding100Kg("GREEN", false);
        var page = draft(chain.exporter(), chain.lotId(), "120", "120").andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"120\"")))
                .andReturn().getResponse().getContentAsString();
        var lotNumber = jdbc.queryForObject("select lot_number from lot where id = ?", String.class, chain.lotId());
        assertThat(Jsoup.parse(page).getElementById("lots[" + chain.lotId() + "]-error").text())
                .contains(message("export.lot.too-much", "en", lotNumber, "100"));
        assertThat(jdbc.queryForObject("select count(*) from export_shipment where exporter_id = ?", Long.class,
                chain.exporter().organisationId())).isZero();
        // The declared mass must be what the lots give.
        draft(chain.exporter(), chain.lotId(), "80", "85").andExpect(status().isOk())
                .andExpect(content().string(containsString(html(message("export.declaredMass.mismatch", "en",
                        "80.000")))));
        // A draft of 80 kg, then 30 kg of the lot sold: the submission may no longer take 80 kg.
        var id = readyDraft(chain, "80");
        var buyer = fixtures.signedIn(Role.EXPORTER);
        mvc.perform(post("/lots/" + chain.lotId() + "/sales").with(user(chain.exporter())).with(csrf())
                        .param("buyerId", String.valueOf(buyer.organisationId())).param("massKg", "30")
                        .param("version", String.valueOf(version("lot", chain.lotId()))))
                .andExpect(status().is3xxRedirection());
        submit(chain.exporter(), id).andExpect(status().isOk())
                .andExpect(content().string(containsString(html(message("export.lot.too-much", "en", lotNumber,
                        "70")))));
        assertThat(remaining(chain.lotId())).isEqualByComparingTo("70");
        assertThat(shipmentStatus(id)).isEqualTo("DRAFT");
    }

    @Test
    void errorsShowByTheFieldInFrenchWithWhatWasTyped() throws Exception {
        var chain = exporterHolding100Kg("GREEN", false);
        var page = draft(chain.exporter(), chain.lotId(), "150", "150", new Cookie("ORE_PASS_LANG", "fr"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var lotNumber = jdbc.queryForObject("select lot_number from lot where id = ?", String.class, chain.lotId());
        var document = Jsoup.parse(page);
        assertThat(document.getElementById("lots[" + chain.lotId() + "]-error").text())
                .contains(message("export.lot.too-much", "fr", lotNumber, "100"))
                .contains("ne contient plus que 100 kg");
        assertThat(document.select(".error-summary").text()).contains("ne contient plus que 100 kg");
        assertThat(document.getElementById("importerName").val()).isEqualTo("Refinery Europe BV");
        // Bean Validation in French too: an importer is required.
        var refused = mvc.perform(post("/exports").with(user(chain.exporter())).with(csrf())
                        .cookie(new Cookie("ORE_PASS_LANG", "fr")).param("importerName", "").param("declaredMass", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"abc\"")))
                .andReturn().getResponse().getContentAsString();
        // The field's own message, with an example (issue 16).
        assertThat(Jsoup.parse(refused).getElementById("importerName-error").text())
                .contains(message("field.shipmentForm.importerName", "fr"));
    }

    @Test
    void anInspectorCertifiesACleanShipmentWithASerialNumber() throws Exception {
        var chain = exporterHolding100Kg("GREEN", true);
        var id = readyDraft(chain, "100");
        submit(chain.exporter(), id).andExpect(status().is3xxRedirection());
        var siteName = jdbc.queryForObject("select name from mine_site where id = ?", String.class, chain.siteId());
        mvc.perform(get("/exports").with(user(chain.inspector())))
                .andExpect(content().string(containsString("/exports/" + id + "\"")));
        mvc.perform(get("/exports/" + id + "/review").with(user(chain.inspector())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(html(siteName))))
                .andExpect(content().string(containsString(chain.tag())))
                .andExpect(content().string(containsString("/exports/" + id + "/certificate")))
                .andExpect(content().string(not(containsString(html(message("certificate.blocked", "en"))))));
        certify(chain.inspector(), id).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "certificate.issued"));
        assertThat(shipmentStatus(id)).isEqualTo("CERTIFIED");
        // Who submitted, who certified: the audit trail has both, as for every entity.
        assertThat(jdbc.queryForList("select actor from audit_entry where entity_type = 'ExportShipment'"
                + " and entity_id = ? and action = 'UPDATE' and changes -> 'status' is not null order by id", String.class,
                String.valueOf(id))).containsExactly(chain.exporter().username(), chain.inspector().username());
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where entity_type = 'ExportCertificate'"
                + " and action = 'CREATE' and actor = ?", Long.class, chain.inspector().username())).isEqualTo(1L);
        var certificate = jdbc.queryForMap("select serial_number, issuing_country, mineral_origin, issued_on,"
                + " expires_on from export_certificate where shipment_id = ?", id);
        var year = LocalDate.now(clock).getYear();
        assertThat((String) certificate.get("serial_number")).matches("UG-" + year + "-\\d{5}");
        assertThat(certificate.get("issuing_country")).isEqualTo("UG");
        assertThat(certificate.get("mineral_origin")).isEqualTo("UG");
        assertThat(events.stream(ExportCertified.class)).containsExactly(new ExportCertified(id));
        // Serial numbers run on: the next certificate of the country this year has the next number.
        var next = exporterHolding100Kg("GREEN", false);
        var second = readyDraft(next, "50");
        submit(next.exporter(), second).andExpect(status().is3xxRedirection());
        certify(next.inspector(), second).andExpect(status().is3xxRedirection());
        var first = Integer.parseInt(((String) certificate.get("serial_number")).substring(8));
        var secondSerial = jdbc.queryForObject("select serial_number from export_certificate where shipment_id = ?",
                String.class, second);
        assertThat(Integer.parseInt(secondSerial.substring(8))).isGreaterThan(first);
        // Decided once.
        certify(chain.inspector(), id).andExpect(status().isOk())
                .andExpect(content().string(containsString(html(message("export.not-submitted", "en")))));
        assertThat(certificates(id)).isEqualTo(1);
    }

    @Test
    void theCertificatePrintsInEnglishAndFrenchOnOneA4Page() throws Exception {
        var chain = exporterHolding100Kg("GREEN", false);
        var id = readyDraft(chain, "100");
        submit(chain.exporter(), id).andExpect(status().is3xxRedirection());
        certify(chain.inspector(), id).andExpect(status().is3xxRedirection());
        var serial = jdbc.queryForObject("select serial_number from export_certificate where shipment_id = ?",
                String.class, id);
        // Whatever language the reader chose (here Swahili), both English and French labels are printed.
        var page = mvc.perform(get("/exports/" + id + "/certificate").with(user(chain.exporter()))
                        .cookie(new Cookie("ORE_PASS_LANG", "sw")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var document = Jsoup.parse(page);
        assertThat(document.text()).contains(serial)
                .contains(message("certificate.title", "en")).contains(message("certificate.title", "fr"))
                .contains(message("certificate.mineralOrigin", "en")).contains(message("certificate.mineralOrigin", "fr"))
                .contains(message("mineral.CASSITERITE", "en")).contains(message("mineral.CASSITERITE", "fr"))
                .contains("Refinery Europe BV").contains("USD 1850.50").contains("Joseph Okello");
        assertThat(document.select("script")).isEmpty();
        assertThat(document.select("link[rel=stylesheet]").attr("href")).endsWith("/css/certificate.css");
        mvc.perform(get("/css/certificate.css")).andExpect(status().isOk())
                .andExpect(content().string(containsString("@page { size: A4")));
        // Only a certified shipment has a certificate.
        var other = exporterHolding100Kg("GREEN", false);
        var draftOnly = readyDraft(other, "10");
        mvc.perform(get("/exports/" + draftOnly + "/certificate").with(user(other.exporter())))
                .andExpect(status().isNotFound());
    }

    @Test
    void aTraceReachingARedSiteCannotBeCertified() throws Exception {
        var chain = exporterHolding100Kg("GREEN", true);
        var id = readyDraft(chain, "100");
        submit(chain.exporter(), id).andExpect(status().is3xxRedirection());
        jdbc.update("update mine_site set status = 'RED', status_since = current_date where id = ?", chain.siteId());
        assertRefusedBecause(chain, id, "RED_SITE");
    }

    @Test
    void aTraceReachingAVoidedTagCannotBeCertified() throws Exception {
        var chain = exporterHolding100Kg("GREEN", false);
        var id = readyDraft(chain, "100");
        submit(chain.exporter(), id).andExpect(status().is3xxRedirection());
        // The tag found withdrawn after the lot was sealed (stolen batch, for example).
        jdbc.update("update custody_tag set status = 'VOIDED' where number = ?", chain.tag());
        assertRefusedBecause(chain, id, "VOIDED_TAG");
    }

    @Test
    void anUncertifiedLotCannotBeCertified() throws Exception {
        var chain = exporterHolding100Kg("BLUE", true);
        var id = readyDraft(chain, "100");
        submit(chain.exporter(), id).andExpect(status().is3xxRedirection());
        assertRefusedBecause(chain, id, "UNCERTIFIED_LOT");
    }

    /** The review page says why and offers no certificate form; the server refuses a certificate posted anyway. */
    private void assertRefusedBecause(Chain chain, long id, String problem) throws Exception {
        mvc.perform(get("/exports/" + id + "/review").with(user(chain.inspector())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(html(message("certificate.blocked", "en")))))
                .andExpect(content().string(containsString(html(message("genealogy.problem." + problem, "en")))))
                .andExpect(content().string(not(containsString("action=\"/exports/" + id + "/certificate\""))))
                .andExpect(content().string(containsString("/exports/" + id + "/refusal")));
        certify(chain.inspector(), id).andExpect(status().isOk())
                .andExpect(content().string(containsString(html(message("certificate.blocked", "en")))));
        assertThat(certificates(id)).isZero();
        assertThat(shipmentStatus(id)).isEqualTo("SUBMITTED");
        assertThat(events.stream(ExportCertified.class)).isEmpty();
    }

    @Test
    void anInspectorRefusesWithReasonsAndTheMassStaysInTheExportLot() throws Exception {
        var chain = exporterHolding100Kg("GREEN", false);
        var id = readyDraft(chain, "70");
        submit(chain.exporter(), id).andExpect(status().is3xxRedirection());
        mvc.perform(post("/exports/" + id + "/refusal").with(user(chain.inspector())).with(csrf())
                        .param("version", String.valueOf(version("export_shipment", id))).param("reason", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(html(message("export.reason.required", "en")))));
        assertThat(shipmentStatus(id)).isEqualTo("SUBMITTED");
        mvc.perform(post("/exports/" + id + "/refusal").with(user(chain.inspector())).with(csrf())
                        .param("version", String.valueOf(version("export_shipment", id)))
                        .param("reason", "The assay report does not match the declared grade"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "export.refused"));
        assertThat(shipmentStatus(id)).isEqualTo("REFUSED");
        var exportLot = jdbc.queryForObject("select export_lot_id from export_shipment where id = ?", Long.class, id);
        assertThat(remaining(exportLot)).isEqualByComparingTo("70");
        assertThat(remaining(chain.lotId())).isEqualByComparingTo("30");
        mvc.perform(get("/exports/" + id).with(user(chain.exporter())))
                .andExpect(content().string(containsString("The assay report does not match the declared grade")));
        // The exporter may ship the export lot again once the papers are right.
        mvc.perform(get("/exports/new").with(user(chain.exporter())))
                .andExpect(content().string(containsString("name=\"lots[" + exportLot + "]\"")));
        assertThat(certificates(id)).isZero();
    }

    @Test
    void onlyTheExporterAndTheInspectorsOfItsCountryActOnAShipment() throws Exception {
        var chain = exporterHolding100Kg("GREEN", false);
        var id = readyDraft(chain, "40");
        var otherExporter = fixtures.signedIn(Role.EXPORTER);
        var operator = fixtures.signedIn(Role.OPERATOR);
        // A draft is the exporter's own: inspectors do not see it yet.
        mvc.perform(get("/exports/" + id).with(user(chain.inspector()))).andExpect(status().isNotFound());
        mvc.perform(get("/exports/" + id).with(user(otherExporter))).andExpect(status().isNotFound());
        mvc.perform(get("/exports").with(user(otherExporter)))
                .andExpect(content().string(not(containsString("/exports/" + id + "\""))));
        submit(otherExporter, id).andExpect(status().isNotFound());
        mvc.perform(post("/exports/" + id + "/submission").with(user(chain.exporter()))
                .param("version", String.valueOf(version("export_shipment", id)))).andExpect(status().isForbidden());
        assertThat(shipmentStatus(id)).isEqualTo("DRAFT");
        submit(chain.exporter(), id).andExpect(status().is3xxRedirection());
        // The exporter cannot certify its own shipment, nor can an operator.
        certify(chain.exporter(), id).andExpect(status().isForbidden());
        certify(operator, id).andExpect(status().isForbidden());
        // An inspector of another country neither sees nor certifies it.
        var user = fixtures.signedIn(Role.INSPECTOR);
        var rwandan = new SignedInUser(user.id(), user.username(), user.fullName(), null, user.organisationId(),
                user.organisationName(), user.roles(), "RW", user.jurisdictionDivisions(), true, false, false, null);
        mvc.perform(get("/exports/" + id + "/review").with(user(rwandan))).andExpect(status().isNotFound());
        certify(rwandan, id).andExpect(status().isNotFound());
        mvc.perform(get("/exports").with(user(rwandan)))
                .andExpect(content().string(not(containsString("/exports/" + id + "\""))));
        // An auditor reads the review but decides nothing.
        var auditor = fixtures.signedIn(Role.AUDITOR);
        mvc.perform(get("/exports/" + id + "/review").with(user(auditor))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/exports/" + id + "/refusal"))));
        mvc.perform(post("/exports/" + id + "/refusal").with(user(auditor)).with(csrf())
                .param("version", "0").param("reason", "no")).andExpect(status().isForbidden());
        // No decision without the CSRF token.
        mvc.perform(post("/exports/" + id + "/certificate").with(user(chain.inspector()))
                .param("version", String.valueOf(version("export_shipment", id)))).andExpect(status().isForbidden());
        assertThat(certificates(id)).isZero();
        assertThat(shipmentStatus(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void twoSubmissionsRacingForTheSameLotNeverOversellIt() throws Exception {
        var chain = exporterHolding100Kg("GREEN", false);
        var first = readyDraft(chain, "60");
        var second = readyDraft(chain, "60");
        var actor = chain.exporter().actor();
        // Both submissions read the lot (100 kg left) and take 60 kg before either commits.
        var bothTook = new java.util.concurrent.CyclicBarrier(2);
        var transaction = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var outcomes = new java.util.ArrayList<java.util.concurrent.Future<String>>();
            for (long id : new long[] {first, second}) {
                var version = version("export_shipment", id);
                outcomes.add(pool.submit(() -> {
                    try {
                        transaction.executeWithoutResult(status -> {
                            shipping.submit(actor, id, version);
                            try {
                                bothTook.await(10, java.util.concurrent.TimeUnit.SECONDS);
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        });
                        return "submitted";
                    } catch (org.springframework.dao.OptimisticLockingFailureException
                            | org.orepass.shared.DomainRuleViolation refused) {
                        return "refused";
                    }
                }));
            }
            var results = new java.util.ArrayList<String>();
            for (var outcome : outcomes) {
                results.add(outcome.get(30, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(results).containsExactlyInAnyOrder("submitted", "refused");
        } finally {
            pool.shutdownNow();
        }
        assertThat(remaining(chain.lotId())).isEqualByComparingTo("40");
        assertThat(jdbc.queryForObject("select count(*) from lot_input where input_lot_id = ?", Long.class,
                chain.lotId())).isEqualTo(1L);
        assertThat(List.of(shipmentStatus(first), shipmentStatus(second))).containsExactlyInAnyOrder("SUBMITTED",
                "DRAFT");
    }
}
