package org.orepass.web.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.orepass.accesstoken.TokenIssuing;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Borders through the ICGLR API (issue 14, docs/borders.md): a purchase across the border is not a door the API
 * opens; an import lot sent by another country's system is refused without a valid certificate and recorded with
 * one, through the import form's use case; the lot and certificate documents carry the import operation and the
 * origin certificate, valid against the standard's schemas.
 */
@PlatformTest
class IcglrBorderIntegrationTest {

    private static final String LOTS = "/api/icglr/v1/lots";

    @Autowired MockMvc mvc;
    @Autowired AccountFixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired TokenIssuing tokens;
    @Autowired JsonMapper json;
    @Autowired MessageSource messages;
    @Autowired org.orepass.web.icglr.IcglrSchemas schemas;

    private String token(SignedInUser who) {
        return "Bearer " + tokens.issue(who.username(), "test").value();
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String token) throws Exception {
        return mvc.perform(request.header("Authorization", token).accept(MediaType.APPLICATION_JSON)).andReturn()
                .getResponse();
    }

    private MockHttpServletResponse send(String token, JsonNode body) throws Exception {
        return call(post(LOTS).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)), token);
    }

    private JsonNode body(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString());
    }

    /** An MD.12 import lot (MDC.06 = 7) of 249 kg of cassiterite that crossed at Bunagana with the certificate. */
    private ObjectNode importLot(String certificate, String today) {
        var document = json.createObjectNode();
        document.put("mineral", "2609.00.00").put("concentration", 60).put("mass", 249)
                .put("unitOfMeasurement", "KGM").put("exportCertificateId", certificate).put("dateIn", today);
        document.putArray("creatorRole").add(6);
        document.putArray("originatingOperation").add(7);
        document.putObject("originCertificate").put("borderPost", "Bunagana");
        return document;
    }

    @Test
    void anImportLotSentByAnotherSystemNeedsAValidCertificateAndCarriesItInTheDocuments() throws Exception {
        var b = new BorderFixtures(mvc, fixtures, jdbc, clock);
        var lots = new TradeBlockFixtures(mvc, fixtures, jdbc);
        var ugInspector = b.inspector("UG");
        var cdInspector = b.inspector("CD");
        var ugExporter = b.trader("UG");
        var cdComptoir = b.trader("CD");
        var site = lots.site(ugInspector, ugExporter);
        var lot = lots.produce(ugInspector, ugExporter, site, "250", b.today());
        var ugShipment = b.submit(ugExporter, lot, "250", "CD");
        b.certify(ugInspector, ugShipment).andExpect(status().is3xxRedirection());
        var serial = b.serial(ugShipment);
        var exportLot = jdbc.queryForObject("select l.lot_number from lot l join export_shipment s"
                + " on s.export_lot_id = l.id where s.id = ?", String.class, ugShipment);
        var comptoir = token(cdComptoir);

        // A purchase across the border is no door: the API records production and imports only.
        var purchase = importLot(serial, b.today().toString());
        purchase.putArray("originatingOperation").add(2);
        purchase.putArray("creatorRole").add(2);
        purchase.remove("exportCertificateId");
        purchase.putArray("inputLot").addObject().put("lotNumber", exportLot);
        var refused = send(comptoir, purchase);
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(body(refused).path("details").toString()).contains("export");

        // A certificate Uganda never issued is refused by its field, in the caller's terms.
        var unknown = send(comptoir, importLot("UG-1999-99999", b.today().toString()));
        assertThat(unknown.getStatus()).isEqualTo(400);
        assertThat(body(unknown).path("details").path("problems").get(0).path("field").asString()).isEqualTo("exportCertificateId");
        assertThat(body(unknown).path("details").path("problems").get(0).path("reason").asString()).isEqualTo(messages.getMessage(
                "import.certificate.unknown", new Object[] {"UG-1999-99999", "UG"}, Locale.ENGLISH));

        // With the Ugandan certificate: 201, an import lot linked to the Ugandan export lot.
        var created = send(comptoir, importLot(serial, b.today().toString()));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        var document = body(created);
        assertThat(schemas.check(org.orepass.web.icglr.IcglrSchemas.LOT, document)).as("problems of %s", document).isEmpty();
        assertThat(document.path("originatingOperation").get(0).asInt()).isEqualTo(7);
        assertThat(document.path("creatorRole").get(0).asInt()).isEqualTo(6);
        assertThat(document.path("exportCertificateId").asString()).isEqualTo(serial);
        assertThat(document.path("originCertificate").path("issuingCountry").asString()).isEqualTo("UG");
        assertThat(document.path("originCertificate").path("originCountry").asString()).isEqualTo("UG");
        var number = document.path("lotNumber").asString();
        assertThat(created.getHeader("Location")).isEqualTo(LOTS + "/" + number);
        assertThat(jdbc.queryForObject("select l.lot_number from lot_input i join lot l on l.id = i.input_lot_id"
                + " join lot m on m.id = i.lot_id where m.lot_number = ?", String.class, number)).isEqualTo(exportLot);
        var read = body(call(get(LOTS + "/" + number), comptoir));
        assertThat(read.path("exportCertificateId").asString()).isEqualTo(serial);
        // The same certificate does not bring the shipment in twice.
        assertThat(send(comptoir, importLot(serial, b.today().toString())).getStatus()).isEqualTo(400);

        // Re-exported from Congo: the certificate document states the origin and cites the Ugandan certificate.
        long imported = jdbc.queryForObject("select id from lot where lot_number = ?", Long.class, number);
        var cdShipment = b.submit(cdComptoir, imported, "249", "NL");
        b.certify(cdInspector, cdShipment).andExpect(status().is3xxRedirection());
        var cdSerial = b.serial(cdShipment);
        var certificate = body(call(get("/api/icglr/v1/export-certificates/" + cdSerial).param("issuingCountry", "CD"),
                token(cdInspector)));
        assertThat(schemas.check("export-certificate/export-certificate.json", certificate)).as("problems of %s", certificate).isEmpty();
        assertThat(certificate.path("mineralOrigin").asString()).isEqualTo("UG");
        assertThat(certificate.path("originCertificates").get(0).path("issuingCountry").asString()).isEqualTo("UG");
        assertThat(certificate.path("originCertificates").get(0).path("identifier").asString()).isEqualTo(serial);
    }

    /**
     * The form lets an exporter record an import (a comptoir that buys across the border is often an exporter only),
     * so the API does too: the same rule at every door. A user who does not trade (an auditor) may do neither.
     */
    @Test
    void anExportersTokenRecordsAnImportAsTheFormLetsItAndAnAuditorsDoesNot() throws Exception {
        var b = new BorderFixtures(mvc, fixtures, jdbc, clock);
        var lots = new TradeBlockFixtures(mvc, fixtures, jdbc);
        var ugInspector = b.inspector("UG");
        var ugExporter = b.trader("UG");
        var cdExporter = b.trader("CD", org.orepass.account.Role.EXPORTER);
        var cdAuditor = b.trader("CD", org.orepass.account.Role.AUDITOR);
        var site = lots.site(ugInspector, ugExporter);
        var lot = lots.produce(ugInspector, ugExporter, site, "250", b.today());
        var ugShipment = b.submit(ugExporter, lot, "250", "CD");
        b.certify(ugInspector, ugShipment).andExpect(status().is3xxRedirection());
        var serial = b.serial(ugShipment);

        // The form opens for the exporter, not for the auditor.
        mvc.perform(get("/imports/new").with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.user(cdExporter))).andExpect(status().isOk());
        mvc.perform(get("/imports/new").with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.user(cdAuditor))).andExpect(status().isForbidden());

        var denied = send(token(cdAuditor), importLot(serial, b.today().toString()));
        assertThat(denied.getStatus()).isEqualTo(403);
        var created = send(token(cdExporter), importLot(serial, b.today().toString()));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        var number = body(created).path("lotNumber").asString();
        assertThat(jdbc.queryForMap("select l.custodian_id, l.originating_operation, i.importer_id from lot l"
                + " join lot_import i on i.lot_id = l.id where l.lot_number = ?", number))
                .containsEntry("custodian_id", cdExporter.organisationId())
                .containsEntry("originating_operation", "IMPORT")
                .containsEntry("importer_id", cdExporter.organisationId());
    }
}
