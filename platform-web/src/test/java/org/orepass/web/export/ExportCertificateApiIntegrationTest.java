package org.orepass.web.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.orepass.accesstoken.TokenIssuing;
import org.orepass.account.Role;
import org.orepass.web.icglr.IcglrProblem;
import org.orepass.web.icglr.IcglrSchemas;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ICGLR export-certificate endpoints: every certificate they return validates against the standard's
 * schema (the classpath copy IcglrSchemaCopyTest keeps equal to the reference), with the pages' visibility.
 */
@PlatformTest
class ExportCertificateApiIntegrationTest {

    private static final String API = "/api/icglr/v1/export-certificates";
    private static final String SCHEMA = "export-certificate/export-certificate.json";

    @Autowired MockMvc mvc;
    @Autowired AccountFixtures fixtures;
    @Autowired java.time.Clock clock;
    @Autowired TokenIssuing tokens;
    @Autowired IcglrSchemas schemas;
    @Autowired JsonMapper json;
    @Autowired JdbcTemplate jdbc;
    ExportFixtures exports;

    @org.junit.jupiter.api.BeforeEach
    void fixtures() {
        exports = new ExportFixtures(mvc, fixtures, jdbc, clock);
    }

    private String token(SignedInUser user) {
        return "Bearer " + tokens.issue(user.username(), "test").value();
    }

    private MockHttpServletResponse call(String url, String token) throws Exception {
        return mvc.perform(get(url).header("Authorization", token)).andReturn().getResponse();
    }

    private JsonNode body(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString());
    }

    @Test
    void aCertifiedShipmentIsServedAsTheStandardsDocument() throws Exception {
        var certified = exports.certified(true);
        mvc.perform(get("/exports/" + certified.shipmentId()).with(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                        certified.exporter())))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Jan de Vries, +31101234567, metals@refinery.nl")));
        var inspector = token(certified.inspector());
        var one = call(API + "/" + certified.serialNumber().toLowerCase() + "?issuingCountry=ug", inspector);
        assertThat(one.getStatus()).isEqualTo(200);
        var document = body(one);
        assertThat(schemas.check(SCHEMA, document)).as("problems of %s", document).isEmpty();
        assertThat(document.path("identifier").asString()).isEqualTo(certified.serialNumber());
        assertThat(document.path("issuingCountry").asString()).isEqualTo("UG");
        assertThat(document.path("typeOfOre").asString()).isEqualTo("2609.00.00");
        assertThat(document.path("lotWeight").decimalValue()).isEqualByComparingTo("0.25");
        assertThat(document.path("lotWeightUOM").asString()).isEqualTo("TNE");
        assertThat(document.path("mineralOrigin").asString()).isEqualTo("UG");
        assertThat(document.path("customsValue").asString()).isEqualTo("USD 4600.00");
        assertThat(document.path("importer").path("contactDetails").path("contactPhoneNumber").asString())
                .isEqualTo("+31101234567");
        // MD.03 certificateFile: a PDF reachable with the API's token (not a page behind the sign-in form).
        var file = mvc.perform(get(document.path("certificateFile").asString()).header("Authorization", inspector))
                .andReturn().getResponse();
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(file.getContentAsByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        assertThat(mvc.perform(get(document.path("certificateFile").asString())
                .header("Authorization", token(fixtures.signedIn(Role.EXPORTER)))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        // The list, filtered by serial number, with the standard's pagination.
        var list = body(call(API + "?identifier=" + certified.serialNumber() + "&limit=5", token(certified.exporter())));
        assertThat(list.path("data")).hasSize(1);
        assertThat(schemas.check(SCHEMA, list.path("data").get(0))).isEmpty();
        assertThat(list.path("pagination").path("total").asInt()).isEqualTo(1);
        assertThat(list.path("pagination").path("limit").asInt()).isEqualTo(5);
        assertThat(list.path("pagination").path("hasNext").asBoolean()).isFalse();
        var byLot = body(call(API + "?lotNumber=" + document.path("lotNumber").asString() + "&typeOfOre=2609.00.00",
                inspector));
        assertThat(byLot.path("data")).hasSize(1);
        assertThat(body(call(API + "?lotNumber=" + document.path("lotNumber").asString() + "&typeOfOre=7108.12.00",
                inspector)).path("data")).isEmpty();
    }

    @Test
    void onlyThoseWhoSeeTheShipmentReadItsCertificate() throws Exception {
        var certified = exports.certified(true);
        var url = API + "/" + certified.serialNumber() + "?issuingCountry=UG";
        assertThat(call(url, token(fixtures.signedIn(Role.EXPORTER))).getStatus()).isEqualTo(404);
        assertThat(call(url, token(fixtures.signedIn(Role.AUDITOR))).getStatus()).isEqualTo(200);
        assertThat(call(url, "Bearer not-a-token").getStatus()).isEqualTo(401);
        var list = body(call(API + "?identifier=" + certified.serialNumber(), token(fixtures.signedIn(Role.OPERATOR))));
        assertThat(list.path("data")).isEmpty();
    }

    @Test
    void aCertificateWithoutTheImportersContactDetailsIsServedWithoutThem() throws Exception {
        var certified = exports.certified(false);
        var response = call(API + "/" + certified.serialNumber() + "?issuingCountry=UG", token(certified.inspector()));
        assertThat(response.getStatus()).isEqualTo(200);
        var document = body(response);
        assertThat(document.path("importer").has("contactDetails")).isFalse();
        // The one thing the schema misses is what the platform does not have; nothing else.
        assertThat(schemas.check(SCHEMA, document)).extracting(IcglrProblem::field)
                .containsExactly("importer.contactDetails");
        var list = body(call(API + "?identifier=" + certified.serialNumber(), token(certified.inspector())));
        assertThat(list.path("data")).hasSize(1);
    }

    @Test
    void aCertificateThatSaysWhatTheRecordDoesNotIsRefusedNamingEachField() throws Exception {
        var submitted = exports.submitted(true);
        var inspector = token(submitted.inspector());
        var document = issuing(submitted.exportLotNumber(), "250");
        document.put("identifier", "UG-2026-77777");
        document.put("dateOfShipment", LocalDate.now().plusDays(9).toString());
        document.put("transportCompany", "Another Carrier");
        document.put("lotGrade", "70 %");
        ((ObjectNode) document.path("importer")).put("name", "Someone Else BV");
        var refused = send(document, inspector);
        assertThat(refused.getStatus()).as(refused.getContentAsString()).isEqualTo(409);
        assertThat(body(refused).path("details").path("problems").findValuesAsString("field"))
                .containsExactlyInAnyOrder("identifier", "dateOfShipment", "transportCompany", "lotGrade",
                        "importer.name");
        assertThat(jdbc.queryForObject("select count(*) from export_certificate where shipment_id = ?", Long.class,
                submitted.shipmentId())).isZero();
        // What agrees with the record is recorded; case and spacing aside.
        var agreeing = issuing(submitted.exportLotNumber(), "250");
        agreeing.put("transportCompany", "lake transport  ltd").put("shipmentRoute", "ug;ke");
        var created = send(agreeing, inspector);
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
    }

    /** The certificate document an inspector's system sends for a shipment, identified by its export lot. */
    private ObjectNode issuing(String exportLotNumber, String weight) {
        return ExportFixtures.certificateDocument(json, jdbc, exportLotNumber, weight);
    }

    private MockHttpServletResponse send(ObjectNode document, String token) throws Exception {
        return mvc.perform(post(API).header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                .content(document.toString())).andReturn().getResponse();
    }

    @Test
    void anInspectorIssuesACertificateThroughTheApiWithThePagesRules() throws Exception {
        var submitted = exports.submitted(true);
        var inspector = token(submitted.inspector());
        // The exporter may not certify its own shipment; the weight must be the shipment's.
        assertThat(send(issuing(submitted.exportLotNumber(), "250"), token(submitted.exporter())).getStatus())
                .isEqualTo(403);
        var wrongWeight = send(issuing(submitted.exportLotNumber(), "260"), inspector);
        assertThat(wrongWeight.getStatus()).isEqualTo(409);
        assertThat(body(wrongWeight).path("details").path("problems").findValuesAsString("field"))
                .containsExactly("lotWeight");
        var created = send(issuing(submitted.exportLotNumber(), "250"), inspector);
        assertThat(created.getStatus()).isEqualTo(201);
        var document = body(created);
        assertThat(schemas.check(SCHEMA, document)).as("problems of %s", document).isEmpty();
        assertThat(document.path("identifier").asString()).matches("UG-\\d{4}-\\d{5}");
        assertThat(created.getHeader("Location")).endsWith(document.path("identifier").asString()
                + "?issuingCountry=UG");
        assertThat(call(created.getHeader("Location"), inspector).getStatus()).isEqualTo(200);
        // Decided once.
        assertThat(send(issuing(submitted.exportLotNumber(), "250"), inspector).getStatus()).isEqualTo(409);
    }

    @Test
    void aShipmentFromARedSiteGetsNoCertificateThroughTheApiEither() throws Exception {
        var submitted = exports.submitted(true);
        jdbc.update("update mine_site set status = 'RED', status_since = current_date where id = ?",
                submitted.siteId());
        var refused = send(issuing(submitted.exportLotNumber(), "250"), token(submitted.inspector()));
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(body(refused).path("code").asString()).isEqualTo("CONFLICT");
        assertThat(jdbc.queryForObject("select count(*) from export_certificate where shipment_id = ?", Long.class,
                submitted.shipmentId())).isZero();
    }

    @Test
    void badParametersAreListedInTheStandardsErrorDocument() throws Exception {
        var token = token(fixtures.signedIn(Role.INSPECTOR));
        var response = call(API + "?issuingCountry=NL&limit=500&dateOfIssuanceFrom=yesterday", token);
        assertThat(response.getStatus()).isEqualTo(400);
        var error = body(response);
        assertThat(error.path("code").asString()).isEqualTo("VALIDATION_ERROR");
        assertThat(error.path("details").path("problems").findValuesAsString("field"))
                .containsExactlyInAnyOrder("issuingCountry", "limit", "dateOfIssuanceFrom");
        assertThat(call(API + "/UG-2026-00001", token).getStatus()).isEqualTo(400);
    }
}
