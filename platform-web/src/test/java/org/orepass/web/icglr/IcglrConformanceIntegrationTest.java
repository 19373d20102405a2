package org.orepass.web.icglr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.orepass.accesstoken.TokenIssuing;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.custody.TagIssuing;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.OrganisationAdministration;
import org.orepass.organisation.OrganisationDetails;
import org.orepass.organisation.OrganisationType;
import org.orepass.site.ActivityStatus;
import org.orepass.site.FormalisationStage;
import org.orepass.site.Licence;
import org.orepass.site.MineSite;
import org.orepass.site.Mineral;
import org.orepass.site.MiningType;
import org.orepass.site.SiteDetails;
import org.orepass.site.SiteRegistration;
import org.orepass.web.export.ExportFixtures;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ICGLR conformance suite (issue 17): one test per rule of the standard (DOMAIN.md section 8 and the
 * descriptions of openapi.yaml) and of this API's contract with other implementations, each named after its rule
 * as docs/icglr-api.md lists them (C1, C2, ...). Every document served is checked against the standard's schemas,
 * every error against its Error schema (code and message required).
 */
@PlatformTest
class IcglrConformanceIntegrationTest {

    private static final String API = "/api/icglr/v1";

    @Autowired MockMvc mvc;
    @Autowired AccountFixtures fixtures;
    @Autowired TokenIssuing tokens;
    @Autowired IcglrSchemas schemas;
    @Autowired JsonMapper json;
    @Autowired OrganisationAdministration organisations;
    @Autowired SiteRegistration registration;
    @Autowired TagIssuing issuing;
    @Autowired JdbcTemplate jdbc;
    @Autowired java.time.Clock clock;

    private String rawToken(Role role) {
        return tokens.issue(fixtures.user(role).getUsername(), "conformance").value();
    }

    private String token(Role role) {
        return "Bearer " + rawToken(role);
    }

    private Organisation owner() {
        return organisations.register(new OrganisationDetails(AccountFixtures.unique("Rubaya Coop"),
                OrganisationType.COOPERATIVE, "UG", "UG-W", AccountFixtures.unique("TIN"), "Kisoro town",
                "Grace Tumusiime", "grace@kisoro-coop.org", "+256 772 123 456"));
    }

    /** A valid MD.01 document, without an ICGLR id, for a Ugandan site at -1.2861, 29.6923. */
    private ObjectNode site(Organisation owner) {
        var document = json.createObjectNode();
        var nationalId = AccountFixtures.unique("UG-C");
        document.put("addressCountry", "UG");
        document.put("nationalId", nationalId);
        document.put("certificationStatus", 0);
        document.put("activityStatus", 1);
        var location = document.putObject("mineSiteLocation");
        location.putObject("geolocalization").put("latitude", -1.2861).put("longitude", 29.6923);
        location.putObject("localGeographicDesignation").put("country", "UG").put("subnationalDivisionL1", "UG-W")
                .put("addressLocalityText", "Kisoro District");
        document.putArray("mineral").add("2609.00.00");
        var licence = document.putArray("license").addObject();
        licence.put("licenseType", "artisanal_permit").put("licenseId", "AP-" + nationalId)
                .put("grantedDate", "2024-01-15").put("expiringDate", "2030-01-14");
        licence.putArray("coveredCommodities").add("2609.00.00");
        document.putObject("owner").put("identifier", "orepass-org-" + owner.getId()).put("name", owner.getName())
                .put("tin", owner.getTaxId()).putObject("contactDetails").put("legalRepresentative", "Grace Tumusiime")
                .put("contactPhoneNumber", "+256772123456").put("contactEmail", "grace@kisoro-coop.org");
        return document;
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String token) throws Exception {
        if (token != null) {
            request.header("Authorization", token);
        }
        return mvc.perform(request.accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String token, JsonNode body)
            throws Exception {
        return call(request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)), token);
    }

    private JsonNode body(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString());
    }

    /** The standard's Error document (code and message required, details.problems listing each field). */
    private JsonNode error(MockHttpServletResponse response, int status, String code) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/json");
        var error = body(response);
        assertThat(error.path("code").asString()).isEqualTo(code);
        assertThat(error.path("message").isString()).isTrue();
        assertThat(error.path("timestamp").asString()).isNotBlank();
        return error;
    }

    private static List<String> fields(JsonNode error) {
        var fields = new ArrayList<String>();
        error.path("details").path("problems").forEach(p -> fields.add(p.path("field").asString()));
        return fields;
    }

    private void assertSite(JsonNode site) {
        // The documented exception (docs/icglr-api.md): a site without an owner is served without the field.
        assertThat(schemas.check(IcglrSchemas.MINE_SITE, site)).as("problems of %s", site)
                .filteredOn(problem -> site.has("owner") || !problem.field().equals("owner"))
                // and a party without complete contact details without them, named in the document's warnings.
                .filteredOn(problem -> !(problem.field().endsWith(".contactDetails") && site.path("warnings")
                        .findValuesAsString("field").contains(problem.field()))).isEmpty();
    }

    private void assertPaged(JsonNode list, String schema) {
        var pagination = list.path("pagination");
        for (var field : List.of("page", "limit", "total", "totalPages")) {
            assertThat(pagination.path(field).isInt() || pagination.path(field).isLong()).as(field).isTrue();
        }
        assertThat(pagination.path("hasNext").isBoolean()).isTrue();
        assertThat(pagination.path("hasPrevious").isBoolean()).isTrue();
        // The documented exceptions (docs/icglr-api.md): a certificate is served without the contact details or
        // shipment date the platform does not have, rather than hidden; a site without an owner without the owner
        // field; a site or lot misses exactly the fields its warnings name (C31, C32).
        list.path("data").forEach(item -> assertThat(schemas.check(schema, item)).as("%s", item)
                .extracting(IcglrProblem::field)
                .allMatch(field -> item.path("warnings").findValuesAsString("field").contains(field)
                        || !schema.equals(IcglrSchemas.LOT) && (field.endsWith(".contactDetails")
                                || field.equals("dateOfShipment") || field.equals("owner") && !item.has("owner"))));
    }

    private MineSite greenSite(Organisation owner) {
        var admin = new Actor("admin-test", null, Set.of(Role.ADMIN), null, Set.of());
        var site = registration.register(admin, new SiteDetails(AccountFixtures.unique("Tin pit"),
                AccountFixtures.unique("UG"), "UG", "UG-W", "Kisoro", new BigDecimal("-1.283312"),
                new BigDecimal("29.694749"), null, owner.getId(), Set.of(), Set.of(Mineral.CASSITERITE),
                ActivityStatus.ACTIVE, MiningType.ARTISANAL, FormalisationStage.LICENSED, 10, 5, 0, 0, 0, false,
                Map.of(Mineral.CASSITERITE, new BigDecimal("1000")), new SiteDetails.LicenceDetails(
                        Licence.Type.ARTISANAL_PERMIT, "AP-1", LocalDate.of(2024, 1, 1), LocalDate.of(2030, 1, 1)),
                false));
        jdbc.update("update mine_site set status = 'GREEN', status_since = current_date where id = ?", site.getId());
        return site;
    }

    /**
     * A production lot posted at the site by a new inspector (so the tag's issuer is an organisation the fixtures
     * give no contact details, and the lot's holder the site's owner); its lot number.
     */
    private String postedLot(MineSite site) throws Exception {
        var inspectorAccount = fixtures.user(Role.INSPECTOR);
        var inspectorActor = org.orepass.web.security.SignedInUser.of(inspectorAccount, false).actor();
        var prefix = ("N" + (System.nanoTime() % 100_000_000) + "-").toUpperCase(Locale.ROOT);
        issuing.issue(inspectorActor, site.getId(), prefix, 1, 1);
        var lot = json.createObjectNode();
        lot.put("mineral", "2609.00.00").put("concentration", 55).put("mass", 30).put("unitOfMeasurement", "KGM")
                .put("mineSiteId", site.getIcglrId().value());
        lot.putArray("creatorRole").add(1);
        lot.putArray("originatingOperation").add(1);
        lot.putObject("tag").put("identifier", TagIssuing.number(prefix, 1)).put("issueDate", "2026-01-01")
                .put("issueTime", "080000").putObject("issuer").put("identifier", "gov").put("name", "Mines")
                .put("tin", "N/A").putObject("contactDetails").put("legalRepresentative", "A. B.")
                .put("contactPhoneNumber", "+256700000000").put("contactEmail", "mines@gov.ug");
        var inspector = "Bearer " + tokens.issue(inspectorAccount.getUsername(), "conformance").value();
        var created = send(post(API + "/lots"), inspector, lot);
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        return body(created).path("lotNumber").asString();
    }

    // --- Errors and the service ---

    @Test
    void c01_anUnknownPathIsA404ErrorDocument() throws Exception {
        error(call(get(API + "/no-such-resource"), token(Role.AUDITOR)), 404, "NOT_FOUND");
        error(call(get(API + "/mine-sites/UG-+0.0000+0.0000-99999"), token(Role.AUDITOR)), 404, "NOT_FOUND");
    }

    @Test
    void c02_aMethodTheResourceDoesNotHaveIsA405ErrorDocument() throws Exception {
        error(call(delete(API + "/mine-sites"), token(Role.ADMIN)), 405, "METHOD_NOT_ALLOWED");
        error(call(put(API + "/lots"), token(Role.ADMIN)), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void c03_noOrABadTokenIsA401ErrorDocument() throws Exception {
        error(call(get(API + "/mine-sites"), null), 401, "UNAUTHORIZED");
        error(call(get(API + "/lots"), "Bearer not-a-token"), 401, "UNAUTHORIZED");
        error(call(get(API + "/export-certificates").header("X-API-Key", "not-a-token"), null), 401,
                "UNAUTHORIZED");
    }

    @Test
    void c04_aRoleThatMayNotWriteIsA403ErrorDocument() throws Exception {
        error(send(post(API + "/mine-sites"), token(Role.OPERATOR), site(owner())), 403, "FORBIDDEN");
        error(send(post(API + "/export-certificates"), token(Role.EXPORTER), json.createObjectNode()), 403,
                "FORBIDDEN");
    }

    @Test
    void c05_aBodyOfAnotherMediaTypeIsA415ErrorDocument() throws Exception {
        var response = call(post(API + "/mine-sites").contentType(MediaType.TEXT_PLAIN).content("hello"),
                token(Role.INSPECTOR));
        assertThat(fields(error(response, 415, "UNSUPPORTED_MEDIA_TYPE"))).containsExactly("Content-Type");
    }

    @Test
    void c06_aBodyOverTheLimitIsA413ErrorDocument() throws Exception {
        var huge = "{\"nationalId\": \"" + "x".repeat(2_200_000) + "\"}";
        error(call(post(API + "/mine-sites").contentType(MediaType.APPLICATION_JSON).content(huge),
                token(Role.INSPECTOR)), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void c07_aBodyThatIsNotJsonIsA400SayingWhere() throws Exception {
        var response = call(post(API + "/lots").contentType(MediaType.APPLICATION_JSON).content("{\"mass\": 1,"),
                token(Role.INSPECTOR));
        assertThat(error(response, 400, "VALIDATION_ERROR").path("details").path("problems").get(0)
                .path("reason").asString()).contains("line 1");
    }

    @Test
    void c08_oversizedTextIsA400NamingEachField() throws Exception {
        var document = site(owner());
        document.put("nationalId", "N".repeat(61));
        ((ObjectNode) document.path("license").get(0)).put("licenseId", "L".repeat(61));
        ((ObjectNode) document.path("mineSiteLocation").path("localGeographicDesignation"))
                .put("addressLocalityText", "K".repeat(301));
        var error = error(send(post(API + "/mine-sites"), token(Role.INSPECTOR), document), 400,
                "VALIDATION_ERROR");
        assertThat(fields(error)).contains("nationalId", "license[0].licenseId",
                "mineSiteLocation.localGeographicDesignation.addressLocalityText");
    }

    @Test
    void c09_outOfRangeNumbersAreA400NamingEachField() throws Exception {
        var document = site(owner());
        ((ObjectNode) document.path("mineSiteLocation")).put("altitude", new BigDecimal("1e9"));
        ((ObjectNode) document.path("mineSiteLocation").path("geolocalization")).put("latitude",
                new BigDecimal("-1.286123"));
        var error = error(send(post(API + "/mine-sites"), token(Role.INSPECTOR), document), 400,
                "VALIDATION_ERROR");
        assertThat(fields(error)).contains("mineSiteLocation.altitude", "mineSiteLocation.geolocalization.latitude");

        var lot = json.createObjectNode();
        lot.put("mineral", "2609.00.00").put("mass", new BigDecimal("1e15")).put("concentration", 250)
                .put("unitOfMeasurement", "KGM").put("nrOfPackages", new BigDecimal("1e12"))
                .put("mineSiteId", "UG--1.2861+29.6923-00001").put("dateSealed", "+99999-01-01");
        lot.putArray("creatorRole").add(1);
        lot.putArray("originatingOperation").add(1);
        var lotError = error(send(post(API + "/lots"), token(Role.INSPECTOR), lot), 400, "VALIDATION_ERROR");
        assertThat(fields(lotError)).contains("mass", "concentration", "dateSealed");
        lot.put("mass", 10).put("concentration", 60).put("dateSealed", "2026-01-01");
        var packages = error(send(post(API + "/lots"), token(Role.INSPECTOR), lot), 400, "VALIDATION_ERROR");
        assertThat(fields(packages)).contains("nrOfPackages");
    }

    @Test
    void c10_pageNumbersAndDatesOutOfRangeAreA400NotA500() throws Exception {
        var inspector = token(Role.INSPECTOR);
        var error = error(call(get(API + "/lots").param("page", "0").param("limit", "1000")
                .param("dateRegistrationFrom", "+999999999-12-31"), inspector), 400, "VALIDATION_ERROR");
        assertThat(fields(error)).containsExactlyInAnyOrder("page", "limit", "dateRegistrationFrom");
        error(call(get(API + "/export-certificates").param("dateOfIssuanceFrom", "+99999-01-01"), inspector), 400,
                "VALIDATION_ERROR");
        assertThat(call(get(API + "/mine-sites").param("page", "2000000000"), inspector).getStatus())
                .isEqualTo(200);
    }

    @Test
    void c11_everyProblemIsListedInOneAnswer() throws Exception {
        var document = site(owner());
        document.put("addressCountry", "XX");
        document.remove("owner");
        document.put("activityStatus", 9);
        var error = error(send(post(API + "/mine-sites"), token(Role.INSPECTOR), document), 400,
                "VALIDATION_ERROR");
        assertThat(fields(error)).contains("addressCountry", "owner", "activityStatus");
    }

    @Test
    void c12_healthAnswersWithTheStandardsVersionWithoutAToken() throws Exception {
        var response = call(get(API + "/health"), null);
        assertThat(response.getStatus()).isEqualTo(200);
        var health = body(response);
        assertThat(health.path("status").asString()).isEqualTo("healthy");
        assertThat(health.path("version").asString()).isEqualTo("1.0.0");
        assertThat(health.path("timestamp").asString()).isNotBlank();
    }

    @Test
    void c13_theOpenApiDescriptionAndContextAreServedAtStableAddresses() throws Exception {
        var openApi = mvc.perform(get(API + "/openapi.yaml")).andReturn().getResponse();
        assertThat(openApi.getStatus()).isEqualTo(200);
        assertThat(openApi.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(Path.of("src/main/resources/icglr/openapi.yaml")));
        var context = mvc.perform(get(API + "/context.jsonld")).andReturn().getResponse();
        assertThat(context.getStatus()).isEqualTo(200);
        assertThat(json.readTree(context.getContentAsString(StandardCharsets.UTF_8)).has("@context")).isTrue();
    }

    @Test
    void c14_theXApiKeyHeaderCarriesTheSamePersonalTokens() throws Exception {
        var response = mvc.perform(get(API + "/mine-sites").header("X-API-Key", rawToken(Role.AUDITOR))
                .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertPaged(body(response), IcglrSchemas.MINE_SITE);
        var created = mvc.perform(post(API + "/mine-sites").header("X-API-Key", rawToken(Role.INSPECTOR))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(site(owner()))))
                .andReturn().getResponse();
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
    }

    // --- Accept what the standard allows ---

    @Test
    void c15_aSiteIdOfThePatternIsKeptAsGivenWithAWarningWhenItDoesNotSayThePlace() throws Exception {
        var inspector = token(Role.INSPECTOR);
        var number = 10_000 + (int) (System.nanoTime() % 80_000);
        // The standard's own way of writing a southern latitude: the separator doubles as the sign.
        var document = site(owner());
        document.put("icglrId", "UG-1.2861+29.6923-" + number);
        var created = send(post(API + "/mine-sites"), inspector, document);
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        assertThat(body(created).path("icglrId").asString()).isEqualTo("UG-1.2861+29.6923-" + number);
        assertThat(body(created).has("warnings")).isFalse();
        assertSite(body(created));

        var elsewhere = site(owner());
        elsewhere.put("icglrId", "UG-+0.3476+32.5825-" + number);
        var kept = send(post(API + "/mine-sites"), inspector, elsewhere);
        assertThat(kept.getStatus()).as(kept.getContentAsString()).isEqualTo(201);
        assertThat(body(kept).path("icglrId").asString()).isEqualTo("UG-+0.3476+32.5825-" + number);
        assertThat(body(kept).path("warnings").get(0).path("field").asString()).isEqualTo("icglrId");
    }

    @Test
    void c16_idsAreMatchedWithoutRegardToCase() throws Exception {
        var inspector = token(Role.INSPECTOR);
        var created = body(send(post(API + "/mine-sites"), inspector, site(owner())));
        var id = created.path("icglrId").asString();
        var lower = "ug" + id.substring(2);
        var one = call(get(API + "/mine-sites/" + lower), inspector);
        assertThat(one.getStatus()).isEqualTo(200);
        assertThat(body(one).path("icglrId").asString()).isEqualTo(id);
    }

    @Test
    void c17_mineralsAreReadAsHsOrImaCodesAndServedAsHs() throws Exception {
        var inspector = token(Role.INSPECTOR);
        var document = site(owner());
        document.putArray("mineral").add("IMA1960-001");
        var created = send(post(API + "/mine-sites"), inspector, document);
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        assertThat(body(created).path("mineral").get(0).asString()).isEqualTo("2609.00.00");
        for (var path : List.of("/mine-sites?mineral=IMA1960-001", "/lots?mineral=ima1960-001",
                "/mine-sites?mineral=260900")) {
            assertThat(call(get(API + path), inspector).getStatus()).as(path).isEqualTo(200);
        }
        var sites = body(call(get(API + "/mine-sites").param("mineral", "IMA1960-001").param("limit", "100"),
                inspector));
        sites.path("data").forEach(s -> assertThat(s.path("mineral").toString()).contains("2609.00.00"));
        assertThat(call(get(API + "/export-certificates").param("typeOfOre", "IMA2000-014"), inspector).getStatus())
                .isEqualTo(200);
        var unknown = error(call(get(API + "/lots").param("mineral", "IMA9999-999"), inspector), 400,
                "VALIDATION_ERROR");
        assertThat(fields(unknown)).containsExactly("mineral");
    }

    @Test
    void c18_anUnencodedPlusInAnIdOfAQueryIsReadAsPlus() throws Exception {
        var owner = owner();
        var site = greenSite(owner);
        assertThat(site.getIcglrId().value()).contains("+");
        var number = postedLot(site);
        var auditor = token(Role.AUDITOR);
        var encoded = body(call(get(API + "/lots").param("mineSiteId", site.getIcglrId().value()), auditor));
        assertThat(encoded.path("data").findValuesAsString("lotNumber")).containsExactly(number);
        var spaced = call(get(API + "/lots").param("mineSiteId", site.getIcglrId().value().replace('+', ' ')), auditor);
        assertThat(spaced.getStatus()).isEqualTo(200);
        assertThat(body(spaced).path("pagination")).isEqualTo(encoded.path("pagination"));
        assertThat(body(spaced).path("data").findValuesAsString("lotNumber")).containsExactly(number);
    }

    @Test
    void c19_aByteOrderMarkExtraPropertiesAndJsonLdAreAccepted() throws Exception {
        var document = site(owner());
        document.put("someOtherRegistrysField", "kept out of the way");
        var text = "\uFEFF" + json.writeValueAsString(document);
        var response = mvc.perform(post(API + "/mine-sites").header("Authorization", token(Role.INSPECTOR))
                .contentType(MediaType.parseMediaType("application/ld+json"))
                .content(text.getBytes(StandardCharsets.UTF_8))).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        assertSite(body(response));
    }

    @Test
    void c20_jsonLdAskedForCarriesTheContext() throws Exception {
        var inspector = token(Role.INSPECTOR);
        var id = body(send(post(API + "/mine-sites"), inspector, site(owner()))).path("icglrId").asString();
        var response = mvc.perform(get(API + "/mine-sites/" + id).header("Authorization", inspector)
                .accept(MediaType.parseMediaType("application/ld+json"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/ld+json");
        var document = body(response);
        assertThat(document.path("@context").path("@vocab").asString()).isEqualTo("https://icglr.org/vocab/");
        document = ((ObjectNode) document).deepCopy();
        ((ObjectNode) document).remove("@context");
        assertSite(document);
        var list = mvc.perform(get(API + "/lots").header("Authorization", inspector)
                .accept(MediaType.parseMediaType("application/ld+json"))).andReturn().getResponse();
        assertThat(body(list).has("@context")).isTrue();
        var plain = body(call(get(API + "/mine-sites/" + id), inspector));
        assertThat(plain.has("@context")).isFalse();
    }

    // --- Rules of DOMAIN.md section 8 and openapi.yaml ---

    @Test
    void c21_everyListIsPagedWithPageAndLimitAndThePaginationObject() throws Exception {
        var auditor = token(Role.AUDITOR);
        assertPaged(body(call(get(API + "/mine-sites").param("page", "1").param("limit", "5"), auditor)),
                IcglrSchemas.MINE_SITE);
        assertPaged(body(call(get(API + "/lots").param("limit", "5"), auditor)), IcglrSchemas.LOT);
        assertPaged(body(call(get(API + "/export-certificates").param("limit", "5"), auditor)),
                IcglrExportCertificateController.SCHEMA);
        var limit = body(call(get(API + "/lots").param("limit", "3"), auditor)).path("pagination");
        assertThat(limit.path("limit").asInt()).isEqualTo(3);
        assertThat(limit.path("page").asInt()).isEqualTo(1);
    }

    @Test
    void c22_stringFiltersIgnoreCase() throws Exception {
        var inspector = token(Role.INSPECTOR);
        var upper = body(call(get(API + "/mine-sites").param("addressCountry", "UG"), inspector)).path("pagination");
        var lower = body(call(get(API + "/mine-sites").param("addressCountry", "ug"), inspector)).path("pagination");
        assertThat(lower.path("total")).isEqualTo(upper.path("total"));
        assertThat(call(get(API + "/export-certificates").param("issuingCountry", "ug"), inspector).getStatus())
                .isEqualTo(200);
    }

    @Test
    void c23_coordinatesWithFourDecimalsAndTheLicenceOwnerOnLicensedSites() throws Exception {
        var site = greenSite(owner());
        var document = body(call(get(API + "/mine-sites/" + site.getIcglrId().value()), token(Role.AUDITOR)));
        var point = document.path("mineSiteLocation").path("geolocalization");
        assertThat(point.path("latitude").decimalValue()).isEqualByComparingTo("-1.2833");
        assertThat(point.path("longitude").decimalValue()).isEqualByComparingTo("29.6947");
        assertSite(document);
        // MD.02 on a licensed site: the licence names its owner (here, no document named one: the site's owner).
        assertThat(document.path("license").get(0).path("owner").path("identifier").asString())
                .isEqualTo(document.path("owner").path("identifier").asString());
    }

    @Test
    void c24_integerCodeListsIsoDatesAndCountriesAreRefusedOtherwise() throws Exception {
        var inspector = token(Role.INSPECTOR);
        var error = error(call(get(API + "/mine-sites").param("certificationStatus", "red")
                .param("activityStatus", "7").param("addressCountry", "FR"), inspector), 400, "VALIDATION_ERROR");
        assertThat(fields(error)).containsExactlyInAnyOrder("certificationStatus", "activityStatus",
                "addressCountry");
        var lots = error(call(get(API + "/lots").param("creatorRole", "9").param("originatingOperation", "x")
                .param("dateRegistrationTo", "07/12/2026"), inspector), 400, "VALIDATION_ERROR");
        assertThat(fields(lots)).containsExactlyInAnyOrder("creatorRole", "originatingOperation",
                "dateRegistrationTo");
    }

    @Test
    void c25_aCertificateIsAskedForWithItsIssuingCountry() throws Exception {
        var error = error(call(get(API + "/export-certificates/UG-2026-00001"), token(Role.AUDITOR)), 400,
                "VALIDATION_ERROR");
        assertThat(fields(error)).containsExactly("issuingCountry");
        error(call(get(API + "/export-certificates/ZZ-1999-00001").param("issuingCountry", "ug"),
                token(Role.AUDITOR)), 404, "NOT_FOUND");
    }

    @Test
    void c26_aSiteUpdateNeedsTheCurrentVersion() throws Exception {
        var inspector = token(Role.INSPECTOR);
        var created = send(post(API + "/mine-sites"), inspector, site(owner()));
        var document = (ObjectNode) body(created);
        var id = document.path("icglrId").asString();
        error(send(put(API + "/mine-sites/" + id), inspector, document), 428, "PRECONDITION_REQUIRED");
        error(send(put(API + "/mine-sites/" + id).header("If-Match", "\"999\""), inspector, document), 412,
                "PRECONDITION_FAILED");
        error(send(post(API + "/mine-sites"), inspector, document), 409, "CONFLICT");
    }

    @Test
    void c27_aLotOfAnOperationNotRecordedHereIsA422() throws Exception {
        var lot = json.createObjectNode();
        lot.put("mineral", "2609.00.00").put("mass", 10).put("concentration", 60).put("unitOfMeasurement", "KGM");
        lot.putArray("creatorRole").add(2);
        lot.putArray("originatingOperation").add(2);
        var error = error(send(post(API + "/lots"), token(Role.INSPECTOR), lot), 422, "UNSUPPORTED_OPERATION");
        assertThat(fields(error)).containsExactly("originatingOperation");
    }

    @Test
    void c28_tagsAndTimesFollowTheStandardsFormats() throws Exception {
        var owner = owner();
        var site = greenSite(owner);
        var inspector = token(Role.INSPECTOR);
        var lot = json.createObjectNode();
        lot.put("mineral", "2609.00.00").put("mass", 10).put("concentration", 60).put("unitOfMeasurement", "KGM")
                .put("mineSiteId", site.getIcglrId().value().toLowerCase(Locale.ROOT));
        lot.putArray("creatorRole").add(1);
        lot.putArray("originatingOperation").add(1);
        lot.putObject("tag").put("identifier", "T-1").put("issueDate", "2026-01-01").put("issueTime", "8:00");
        var error = error(send(post(API + "/lots"), inspector, lot), 400, "VALIDATION_ERROR");
        assertThat(fields(error)).contains("tag.issueTime");
    }

    // --- Drop nothing: POST then GET returns what was sent ---

    /** Every value of {@code sent} is in {@code served} at the same place (numbers by value), except {@code skip}. */
    private static void assertCarries(JsonNode served, JsonNode sent, String path, Set<String> skip) {
        if (skip.contains(path)) {
            return;
        }
        if (sent.isObject()) {
            for (var name : sent.propertyNames()) {
                assertCarries(served == null ? null : served.get(name), sent.get(name),
                        path.isEmpty() ? name : path + "." + name, skip);
            }
        } else if (sent.isArray()) {
            for (int i = 0; i < sent.size(); i++) {
                assertCarries(served == null ? null : served.get(i), sent.get(i), path + "[" + i + "]", skip);
            }
        } else {
            assertThat(served).as("%s is served back", path).isNotNull();
            if (sent.isNumber()) {
                assertThat(served.decimalValue()).as(path).isEqualByComparingTo(sent.decimalValue());
            } else {
                assertThat(served.asString()).as(path).isEqualTo(sent.asString());
            }
        }
    }

    @Test
    void c29_aMineSitePostedThenReadReturnsEveryFieldOfTheStandardItCarried() throws Exception {
        var owner = owner();
        var document = site(owner);
        // The standard's own example: its id form and its polygon (openapi.yaml, MineSiteLocation.polygon).
        var number = 10_000 + (int) (System.nanoTime() % 80_000);
        document.put("icglrId", "UG-1.2861+29.6923-" + number);
        var location = (ObjectNode) document.path("mineSiteLocation");
        location.put("nationalCadasterLocalization", "PR 4521, block 7");
        location.put("altitude", 1890.5);
        location.set("polygon", json.readTree("{\"type\":\"Polygon\",\"coordinates\":[[[29.6923,-1.2861],"
                + "[29.6927,-1.2861],[29.6927,-1.2857],[29.6923,-1.2857],[29.6923,-1.2861]]]}"));
        ((ObjectNode) location.path("localGeographicDesignation")).put("subnationalDivisionL1Text", "Western")
                .put("subnationalDivisionL2", "Kisoro").put("subnationalDivisionL3", "Nyarusiza")
                .put("addressLocalityCode", "UG-KIS-001");
        var licence = (ObjectNode) document.path("license").get(0);
        licence.put("appliedDate", "2023-11-02").put("licenseStatus", 1);
        licence.set("owner", document.path("owner").deepCopy());
        ((ObjectNode) document.path("owner").path("contactDetails")).put("legalRepresentative", "Grace Tumusiime");
        ((ObjectNode) licence.path("owner").path("contactDetails")).put("legalRepresentative", "Grace Tumusiime");
        var inspector = token(Role.INSPECTOR);
        var created = send(post(API + "/mine-sites"), inspector, document);
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        var served = body(call(get(API + "/mine-sites/" + document.path("icglrId").asString()), inspector));
        assertSite(served);
        assertCarries(served, document, "", Set.of());
        // And in the list.
        var listed = body(call(get(API + "/mine-sites").param("limit", "100").param("page", "1"), inspector));
        listed.path("data").forEach(this::assertSite);
    }

    @Test
    void c30_aLotPostedThenReadReturnsEveryFieldOfTheStandardItCarried() throws Exception {
        var owner = owner();
        var site = greenSite(owner);
        var inspectorAccount = fixtures.user(Role.INSPECTOR);
        var inspectorActor = org.orepass.web.security.SignedInUser.of(inspectorAccount, false).actor();
        var o = organisations.get(inspectorActor.organisationId());
        organisations.edit(o.getId(), o.getVersion(), new OrganisationDetails(o.getName(), o.getType(),
                o.getCountry(), o.getDivision(), o.getTaxId(), "Kampala", "Mines Desk", "mines@gov.ug",
                "+256 700 000 000"));
        var prefix = ("C" + (System.nanoTime() % 100_000_000) + "-").toUpperCase(Locale.ROOT);
        issuing.issue(inspectorActor, site.getId(), prefix, 1, 2);
        var lot = json.createObjectNode();
        lot.put("mineral", "IMA1960-001").put("concentration", 62.5).put("mass", 120.25)
                .put("unitOfMeasurement", "KGM").put("packageType", "Bag").put("nrOfPackages", 3)
                .put("mineSiteId", site.getIcglrId().value());
        lot.putArray("creatorRole").add(1);
        lot.putArray("originatingOperation").add(1);
        lot.putObject("tag").put("identifier", TagIssuing.number(prefix, 1)).put("issueDate", "2026-01-01")
                .put("issueTime", "080000");
        ((ObjectNode) lot.path("tag")).putObject("issuer").put("identifier", "orepass-org-" + o.getId())
                .put("name", o.getName()).put("tin", o.getTaxId() == null ? "N/A" : o.getTaxId())
                .putObject("contactDetails").put("legalRepresentative", "Mines Desk")
                .put("contactPhoneNumber", "+256700000000").put("contactEmail", "mines@gov.ug");
        lot.put("dateSealed", LocalDate.now().toString());
        lot.putObject("recipient").put("identifier", "RW-TRADER-7").put("name", "Kigali Minerals Ltd")
                .put("tin", "RW-102345").putObject("contactDetails").put("legalRepresentative", "Eric Mugabo")
                .put("contactPhoneNumber", "+250788123456").put("contactEmail", "eric@kigaliminerals.rw");
        lot.putArray("taxPaid").addObject().put("taxType", "Royalty").put("taxAmount", 12.5).put("currency", "USD")
                .put("taxAuthority", "URA").put("taxPaidDate", "2026-01-02").put("receiptReference", "R-991");
        lot.put("dateShipped", "2026-01-03").put("responsibleStaff", "Peter Okello")
                .put("purchaseNumber", "PO-77").put("transportationMethod", "truck")
                .put("transportationRoute", "Kisoro;Kabale").put("transportCompany", "Lake Transport Ltd");
        var inspector = "Bearer " + tokens.issue(inspectorAccount.getUsername(), "conformance").value();
        var created = send(post(API + "/lots"), inspector, lot);
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        var number = body(created).path("lotNumber").asString();
        var served = body(call(get(API + "/lots/" + number), inspector));
        assertThat(schemas.check(IcglrSchemas.LOT, served)).as("%s", served).isEmpty();
        // The mineral is served as its HS code; the tag's issue date and time are the platform's (it issued it).
        assertThat(served.path("mineral").asString()).isEqualTo("2609.00.00");
        assertCarries(served, lot, "", Set.of("mineral", "tag.issueDate", "tag.issueTime"));
        var listed = body(call(get(API + "/lots").param("lotNumber", number), inspector));
        assertCarries(listed.path("data").get(0), lot, "", Set.of("mineral", "tag.issueDate", "tag.issueTime"));
    }
    /**
     * C33 (issue 17, a POST then GET per document type): an export certificate the inspector's system sends, with
     * the ore as its IMA code, is recorded as sent and read back (single and listed) with every field it carried;
     * the ore is served as its HS code, the weight as the same mass in the shipment's declared unit, and
     * business-entity identifiers and an {@code N/A} tax id are each registry's own (docs/export.md).
     */
    @Test
    void c33_anExportCertificatePostedThenReadReturnsEveryFieldOfTheStandardItCarried() throws Exception {
        var exports = new ExportFixtures(mvc, fixtures, jdbc, clock);
        var submitted = exports.submitted(true);
        exports.payTaxes(submitted.inspector(), submitted.shipmentId());
        var document = ExportFixtures.certificateDocument(json, jdbc, submitted.exportLotNumber(), "250");
        document.put("typeOfOre", "IMA1960-001");
        var inspector = "Bearer " + tokens.issue(submitted.inspector().username(), "conformance").value();
        var created = send(post(API + "/export-certificates"), inspector, document);
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        var identifier = body(created).path("identifier").asString();
        var served = body(call(get(API + "/export-certificates/" + identifier).param("issuingCountry", "ug"),
                inspector));
        assertThat(schemas.check(IcglrExportCertificateController.SCHEMA, served)).as("%s", served).isEmpty();
        assertThat(served.path("typeOfOre").asString()).isEqualTo("2609.00.00");
        // The weight is the same mass, served in the unit the shipment was declared in (here tonnes).
        assertThat(org.orepass.custody.MassUnit.valueOf(served.path("lotWeightUOM").asString())
                .toKilograms(served.path("lotWeight").decimalValue())).isEqualByComparingTo("250");
        var skip = Set.of("typeOfOre", "lotWeight", "lotWeightUOM", "exporter.identifier", "exporter.tin",
                "importer.identifier", "importer.tin");
        assertCarries(served, document, "", skip);
        var listed = body(call(get(API + "/export-certificates").param("identifier", identifier), inspector));
        assertThat(listed.path("data")).hasSize(1);
        assertThat(listed.path("data").get(0)).isEqualTo(served);
    }

    /**
     * C31, omit the field, never the document (issue 17): a site whose owner or operator lacks contact details is
     * served, single and listed alike, without that party's contactDetails (MD.09 needs all three) and with a
     * warning naming the field; the document misses exactly that; a client may PUT it back as it read it.
     */
    @Test
    void c31_aSiteWhosePartiesLackContactDetailsIsServedWithoutThemAndAWarning() throws Exception {
        var admin = new Actor("admin-test", null, Set.of(Role.ADMIN), null, Set.of());
        var incomplete = organisations.register(new OrganisationDetails(AccountFixtures.unique("Half coop"),
                OrganisationType.COOPERATIVE, "UG", "UG-W", null, null, "Esther K.", "not-an-address", null));
        var complete = owner();
        var operatorWithout = organisations.register(new OrganisationDetails(AccountFixtures.unique("Operator"),
                OrganisationType.TRADER, "UG", "UG-W", null, null, null, null, "+256 700 000 001"));
        var site = registration.register(admin, new SiteDetails(AccountFixtures.unique("Pit"),
                AccountFixtures.unique("UG"), "UG", "UG-W", "Kisoro", new BigDecimal("-1.2861"),
                new BigDecimal("29.6923"), null, incomplete.getId(), Set.of(complete.getId(), operatorWithout.getId()),
                Set.of(Mineral.CASSITERITE), ActivityStatus.ACTIVE, MiningType.ARTISANAL, FormalisationStage.LICENSED,
                10, 5, 0, 0, 0, false, Map.of(), new SiteDetails.LicenceDetails(Licence.Type.ARTISANAL_PERMIT,
                        "AP-1", LocalDate.of(2024, 1, 1), LocalDate.of(2030, 1, 1)), false));
        var auditor = token(Role.AUDITOR);
        var response = call(get(API + "/mine-sites/" + site.getIcglrId()), auditor);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        var single = body(response);
        // Operators are served in the order of their organisation ids: the complete one first.
        var withoutOperator = complete.getId() < operatorWithout.getId() ? "operator[1]" : "operator[0]";
        var withOperator = complete.getId() < operatorWithout.getId() ? "operator[0]" : "operator[1]";
        assertThat(schemas.check(IcglrSchemas.MINE_SITE, single)).extracting(IcglrProblem::field)
                .containsExactlyInAnyOrder("owner.contactDetails", withoutOperator + ".contactDetails",
                        "license[0].owner.contactDetails");
        assertThat(single.path("owner").path("identifier").asString()).isEqualTo("orepass-org-" + incomplete.getId());
        assertThat(single.path("operator").findValuesAsString("identifier"))
                .containsExactlyInAnyOrder("orepass-org-" + complete.getId(), "orepass-org-" + operatorWithout.getId());
        assertThat(single.at("/" + withOperator.replace("[", "/").replace("]", "") + "/contactDetails/contactEmail")
                .asString()).isEqualTo("grace@kisoro-coop.org");
        // The licence names its owner (MD.02), the same organisation, so the same field is missing there.
        assertThat(single.path("warnings").findValuesAsString("field")).containsExactly("owner.contactDetails",
                withoutOperator + ".contactDetails", "license[0].owner.contactDetails");
        assertThat(single.path("warnings").get(0).path("reason").asString()).contains("contact details");

        // The list serves the same document (it counts the site, and the item says the same).
        var list = body(call(get(API + "/mine-sites").param("addressCountry", "ug").param("limit", "100")
                .param("page", "1"), auditor));
        var pages = list.path("pagination").path("totalPages").asInt();
        JsonNode listed = null;
        for (int page = 1; page <= pages && listed == null; page++) {
            var data = page == 1 ? list.path("data") : body(call(get(API + "/mine-sites")
                    .param("addressCountry", "UG").param("limit", "100").param("page", String.valueOf(page)),
                    auditor)).path("data");
            for (var item : data) {
                if (item.path("icglrId").asString().equals(site.getIcglrId().value())) {
                    listed = item;
                }
            }
        }
        assertThat(listed).as("the site in the list").isNotNull();
        assertThat(listed.path("owner")).isEqualTo(single.path("owner"));
        assertThat(listed.path("operator")).isEqualTo(single.path("operator"));
        assertThat(listed.path("warnings")).isEqualTo(single.path("warnings"));

        // The warning in the caller's language.
        var french = body(mvc.perform(get(API + "/mine-sites/" + site.getIcglrId()).header("Authorization", auditor)
                .header("Accept-Language", "fr").accept(MediaType.APPLICATION_JSON)).andReturn().getResponse());
        assertThat(french.path("warnings").get(0).path("reason").asString()).contains("coordonnées");

        // What was read may be sent back: the missing contact details are the registry's, not the client's fault.
        var inspector = token(Role.INSPECTOR);
        var update = send(put(API + "/mine-sites/" + site.getIcglrId()).header("If-Match", response.getHeader("ETag")),
                inspector, single);
        assertThat(update.getStatus()).as(update.getContentAsString()).isEqualTo(200);
        assertThat(body(update).path("warnings")).isEqualTo(single.path("warnings"));
        // Sending contact details the registry does not have is still a conflict (the organisation's record).
        var sent = (ObjectNode) body(update).deepCopy();
        sent.withObject("owner").putObject("contactDetails").put("legalRepresentative", "Esther K.")
                .put("contactPhoneNumber", "+256700000009").put("contactEmail", "esther@coop.org");
        var conflict = error(send(put(API + "/mine-sites/" + site.getIcglrId()).header("If-Match",
                update.getHeader("ETag")), inspector, sent), 409, "CONFLICT");
        assertThat(fields(conflict)).contains("owner.contactDetails.contactPhoneNumber",
                "owner.contactDetails.contactEmail");
    }

    /**
     * C32, omit the field, never the document (issue 17): a lot whose creator and tag issuer have no contact
     * details is recorded and served, by its number and in the list (counted), the same document, without those
     * contactDetails (MD.04 requires them and the standard offers no stand-in) and with a warning naming each; the
     * document misses exactly those fields of the schema.
     */
    @Test
    void c32_aLotWhoseCreatorAndTagIssuerLackContactDetailsIsServedWithoutThemAndAWarning() throws Exception {
        var holder = organisations.register(new OrganisationDetails(AccountFixtures.unique("Bare coop"),
                OrganisationType.COOPERATIVE, "UG", "UG-W", null, "Kisoro", null, null, null));
        var site = greenSite(holder);
        // Recorded by an inspector, for the site's owner, with a tag the inspector's organisation issued.
        var number = postedLot(site);

        var auditor = token(Role.AUDITOR);
        var read = call(get(API + "/lots/" + number), auditor);
        assertThat(read.getStatus()).isEqualTo(200);
        var single = body(read);
        assertThat(single.path("creator").path("identifier").asString()).isEqualTo("orepass-org-" + holder.getId());
        assertThat(single.path("warnings").findValuesAsString("field"))
                .containsExactly("creator.contactDetails", "tag.issuer.contactDetails");
        assertThat(single.path("warnings").get(0).path("reason").asString()).contains("contact details");
        assertThat(schemas.check(IcglrSchemas.LOT, single)).extracting(IcglrProblem::field)
                .containsExactlyInAnyOrder("creator.contactDetails", "tag.issuer.contactDetails");

        var listed = body(call(get(API + "/lots").param("mineSiteId", site.getIcglrId().value()), auditor));
        assertThat(listed.path("pagination").path("total").asInt()).isEqualTo(1);
        assertThat(listed.path("data").get(0)).isEqualTo(single);
        assertPaged(listed, IcglrSchemas.LOT);
        var french = body(mvc.perform(get(API + "/lots/" + number).header("Authorization", auditor)
                .header("Accept-Language", "fr").accept(MediaType.APPLICATION_JSON)).andReturn().getResponse());
        assertThat(french.path("warnings").get(1).path("reason").asString()).contains("coordonnées");
    }
}
