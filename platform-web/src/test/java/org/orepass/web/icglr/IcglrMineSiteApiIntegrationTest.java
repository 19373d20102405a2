package org.orepass.web.icglr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.orepass.accesstoken.TokenIssuing;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.OrganisationAdministration;
import org.orepass.organisation.OrganisationDetails;
import org.orepass.organisation.OrganisationType;
import org.orepass.site.ActivityStatus;
import org.orepass.site.FormalisationStage;
import org.orepass.site.Licence;
import org.orepass.site.Mineral;
import org.orepass.site.MiningType;
import org.orepass.site.SiteDetails;
import org.orepass.site.SiteRegistration;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ICGLR mine-site endpoints: every document they return or accept is checked against the standard's
 * schemas (the copy that IcglrSchemaCopyTest keeps equal to the reference), with the pages' authorisation.
 */
@PlatformTest
class IcglrMineSiteApiIntegrationTest {

    private static final String API = "/api/icglr/v1/mine-sites";

    @Autowired MockMvc mvc;
    @Autowired AccountFixtures fixtures;
    @Autowired TokenIssuing tokens;
    @Autowired IcglrSchemas schemas;
    @Autowired JsonMapper json;
    @Autowired OrganisationAdministration organisations;
    @Autowired SiteRegistration registration;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired org.springframework.context.MessageSource messages;

    private String token(Role role) {
        var account = fixtures.user(role);
        return "Bearer " + tokens.issue(account.getUsername(), "test").value();
    }

    private Organisation owner() {
        return organisations.register(new OrganisationDetails(AccountFixtures.unique("Kisoro Coop"),
                OrganisationType.COOPERATIVE, "UG", "UG-W", AccountFixtures.unique("TIN"), "Kisoro town",
                "Grace Tumusiime", "grace@kisoro-coop.org", "+256 772 123 456"));
    }

    /** A valid MD.01 document for a Ugandan site owned by {@code owner}, without an ICGLR id. */
    private ObjectNode document(Organisation owner, String nationalId) {
        var document = json.createObjectNode();
        document.put("addressCountry", "UG");
        document.put("nationalId", nationalId);
        document.put("certificationStatus", 0);
        document.put("activityStatus", 1);
        var location = document.putObject("mineSiteLocation");
        location.putObject("geolocalization").put("latitude", -1.2861).put("longitude", 29.6923);
        location.putObject("localGeographicDesignation").put("country", "UG").put("subnationalDivisionL1", "UG-W")
                .put("addressLocalityText", "Kisoro District");
        location.put("altitude", 1890);
        document.putArray("mineral").add("2609.00.00");
        var licence = document.putArray("license").addObject();
        licence.put("licenseType", "artisanal_permit").put("licenseId", "AP-" + nationalId)
                .put("grantedDate", "2024-01-15").put("expiringDate", "2030-01-14");
        licence.putArray("coveredCommodities").add("2609.00.00");
        document.putObject("owner").put("identifier", "orepass-org-" + owner.getId()).put("name", owner.getName())
                .put("tin", owner.getTaxId()).putObject("contactDetails").put("legalRepresentative", "Grace Tumusiime")
                .put("contactPhoneNumber", "+256772123456").put("contactEmail", "grace@kisoro-coop.org");
        document.put("name", "Nyakabingo " + nationalId);
        return document;
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String token) throws Exception {
        return mvc.perform(request.header("Authorization", token).accept(MediaType.APPLICATION_JSON))
                .andReturn().getResponse();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String token, JsonNode body)
            throws Exception {
        return call(request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)), token);
    }

    private JsonNode body(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString());
    }

    /** Valid, but for the documented exception: a site without an owner is served without the owner field. */
    private void assertConforms(JsonNode site) {
        assertThat(schemas.check(IcglrSchemas.MINE_SITE, site)).as("problems of %s", site)
                .filteredOn(problem -> site.has("owner") || !problem.field().equals("owner"))
                // and a party without complete contact details without them, named in the document's warnings.
                .filteredOn(problem -> !(problem.field().endsWith(".contactDetails") && site.path("warnings")
                        .findValuesAsString("field").contains(problem.field()))).isEmpty();
    }

    @Test
    void anInspectorCreatesReadsAndUpdatesStandardDocuments() throws Exception {
        var inspector = token(Role.INSPECTOR);
        var nationalId = AccountFixtures.unique("UG-W");
        var created = send(post(API), inspector, document(owner(), nationalId));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        var site = body(created);
        assertConforms(site);
        var icglrId = site.path("icglrId").asString();
        assertThat(icglrId).matches("UG--1\\.2861\\+29\\.6923-[0-9]{5}");
        assertThat(created.getHeader("Location")).isEqualTo(API + "/" + icglrId);
        assertThat(site.path("certificationStatus").asInt()).isZero();
        assertThat(site.path("statusChange").get(0).path("newStatus").asInt()).isZero();

        var read = call(get(API + "/" + icglrId), token(Role.CSO_MONITOR));
        assertThat(read.getStatus()).isEqualTo(200);
        var document = (ObjectNode) body(read);
        assertConforms(document);
        assertThat(document.path("nationalId").asString()).isEqualTo(nationalId);
        assertThat(document.path("mineral").get(0).asString()).isEqualTo("2609.00.00");
        assertThat(document.path("owner").path("contactDetails").path("contactPhoneNumber").asString())
                .isEqualTo("+256772123456");
        var etag = read.getHeader("ETag");
        assertThat(etag).isNotBlank();

        document.put("activityStatus", 2);
        document.putArray("mineral").add("2609.00.00").add("2611.00.00");
        // The licence covers the site's minerals (AssignedFieldConflicts): sent with the minerals, or left out.
        document.path("license").get(0).withArray("coveredCommodities").add("2611.00.00");
        var updated = send(put(API + "/" + icglrId).header("If-Match", etag), inspector, document);
        assertThat(updated.getStatus()).as(updated.getContentAsString()).isEqualTo(200);
        assertConforms(body(updated));
        assertThat(body(updated).path("activityStatus").asInt()).isEqualTo(2);
        assertThat(body(updated).path("mineral")).hasSize(2);

        var stale = send(put(API + "/" + icglrId).header("If-Match", etag), inspector, document);
        assertThat(stale.getStatus()).as("a second update from the same version").isEqualTo(412);
        assertThat(body(stale).path("code").asString()).isEqualTo("PRECONDITION_FAILED");
        assertThat(send(put(API + "/" + icglrId), inspector, document).getStatus()).isEqualTo(428);
    }

    @Test
    void aSiteMayComeWithTheIcglrIdAnotherRegistryGaveIt() throws Exception {
        var inspector = token(Role.INSPECTOR);
        var number = 90_000 + (int) (System.nanoTime() % 9_000);
        var document = document(owner(), AccountFixtures.unique("UG-W"));
        var icglrId = "UG--1.2861+29.6923-" + number;
        document.put("icglrId", icglrId);
        var created = send(post(API), inspector, document);
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        assertThat(body(created).path("icglrId").asString()).isEqualTo(icglrId);

        document.put("nationalId", AccountFixtures.unique("UG-W"));
        var again = send(post(API), inspector, document);
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(body(again).path("code").asString()).isEqualTo("CONFLICT");

        // Ids are opaque once minted (issue 17): one that says another place is kept, with a warning.
        document.put("nationalId", AccountFixtures.unique("UG-W"));
        document.put("icglrId", "UG-+0.3476+32.5825-" + number);
        var elsewhere = send(post(API), inspector, document);
        assertThat(elsewhere.getStatus()).as(elsewhere.getContentAsString()).isEqualTo(201);
        assertThat(body(elsewhere).path("icglrId").asString()).isEqualTo("UG-+0.3476+32.5825-" + number);
        assertThat(body(elsewhere).path("warnings").get(0).path("field").asString()).isEqualTo("icglrId");
    }

    @Test
    void theListIsPagedFilteredAndEveryItemConforms() throws Exception {
        var inspector = token(Role.INSPECTOR);
        var owner = owner();
        for (int i = 0; i < 3; i++) {
            var document = document(owner, AccountFixtures.unique("LIST"));
            document.putArray("mineral").add("2615.90.00");
            document.path("license").get(0).withArray("coveredCommodities").removeAll().add("2615.90.00");
            assertThat(send(post(API), inspector, document).getStatus()).isEqualTo(201);
        }
        var page = body(call(get(API).param("addressCountry", "ug").param("mineral", "2615.90.00")
                .param("certificationStatus", "0").param("activityStatus", "1").param("limit", "2"), inspector));
        var pagination = page.path("pagination");
        assertThat(pagination.path("page").asInt()).isEqualTo(1);
        assertThat(pagination.path("limit").asInt()).isEqualTo(2);
        assertThat(pagination.path("total").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(pagination.path("totalPages").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(pagination.path("hasNext").asBoolean()).isTrue();
        assertThat(pagination.path("hasPrevious").asBoolean()).isFalse();
        assertThat(page.path("data")).hasSize(2);
        page.path("data").forEach(site -> {
            assertConforms(site);
            assertThat(site.path("mineral").toString()).contains("2615.90.00");
        });
        var second = body(call(get(API).param("mineral", "2615.90.00").param("page", "2").param("limit", "2"),
                inspector));
        assertThat(second.path("pagination").path("hasPrevious").asBoolean()).isTrue();
        var none = body(call(get(API).param("certificationStatus", "3").param("mineral", "2615.90.00")
                .param("addressCountry", "UG"), inspector));
        none.path("data").forEach(site -> assertThat(site.path("certificationStatus").asInt()).isEqualTo(3));
    }

    @Test
    void invalidDocumentsAreRefusedWithEveryProblemListed() throws Exception {
        var inspector = token(Role.INSPECTOR);
        var document = document(owner(), AccountFixtures.unique("BAD"));
        document.remove("nationalId");
        document.put("activityStatus", 7);
        document.withObject("mineSiteLocation").withObject("geolocalization").put("latitude", 95);
        document.withObject("owner").withObject("contactDetails").put("contactPhoneNumber", "0772 123456");
        var refused = send(post(API), inspector, document);
        assertThat(refused.getStatus()).isEqualTo(400);
        var error = body(refused);
        assertThat(error.path("code").asString()).isEqualTo("VALIDATION_ERROR");
        assertThat(error.path("message").asString()).isNotBlank();
        assertThat(error.path("details").path("problems").findValuesAsString("field")).contains("nationalId",
                "activityStatus", "mineSiteLocation.geolocalization.latitude",
                "owner.contactDetails.contactPhoneNumber");

        var unknownMineral = document(owner(), AccountFixtures.unique("BAD"));
        unknownMineral.putArray("mineral").add("9999.99.99");
        assertThat(body(send(post(API), inspector, unknownMineral)).path("details").path("problems")
                .findValuesAsString("field")).containsExactly("mineral[0]");

        var outside = document(owner(), AccountFixtures.unique("FAR"));
        outside.withObject("mineSiteLocation").withObject("geolocalization").put("latitude", -5.2861);
        var french = call(post(API).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(outside)).header("Accept-Language", "fr"), inspector);
        assertThat(french.getStatus()).isEqualTo(400);
        var problem = body(french).path("details").path("problems").get(0);
        assertThat(problem.path("field").asString()).isEqualTo("mineSiteLocation.geolocalization.latitude");
        assertThat(problem.path("reason").asString()).as("the rule's message in French").contains("UG")
                .doesNotContain("outside");
        outside.put("locationConfirmed", true);
        assertThat(send(post(API), inspector, outside).getStatus()).as("confirmed").isEqualTo(201);

        var notJson = call(post(API).contentType(MediaType.APPLICATION_JSON).content("{\"nationalId\": "), inspector);
        assertThat(notJson.getStatus()).isEqualTo(400);
        assertThat(body(notJson).path("code").asString()).isEqualTo("VALIDATION_ERROR");
    }

    @Test
    void badQueryParametersAreRefused() throws Exception {
        var cso = token(Role.CSO_MONITOR);
        var refused = call(get(API).param("limit", "500").param("page", "0").param("certificationStatus", "7")
                .param("addressCountry", "CO").param("mineral", "sand"), cso);
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(body(refused).path("details").path("problems").findValuesAsString("field"))
                .containsExactlyInAnyOrder("limit", "page", "certificationStatus", "addressCountry", "mineral");
    }

    @Test
    void theSameRulesAsThePagesDecideWhoMayDoWhat() throws Exception {
        var document = document(owner(), AccountFixtures.unique("AUTH"));
        var cso = send(post(API), token(Role.CSO_MONITOR), document);
        assertThat(cso.getStatus()).isEqualTo(403);
        assertThat(body(cso).has("error") || body(cso).has("code")).isTrue();
        assertThat(call(get(API), "Bearer not-a-token").getStatus()).isEqualTo(401);
        assertThat(mvc.perform(get(API)).andReturn().getResponse().getStatus()).isEqualTo(401);

        var rwanda = document(owner(), AccountFixtures.unique("RW"));
        rwanda.put("addressCountry", "RW");
        rwanda.withObject("mineSiteLocation").withObject("localGeographicDesignation").put("country", "RW")
                .put("subnationalDivisionL1", "RW-03");
        rwanda.withObject("mineSiteLocation").withObject("geolocalization").put("latitude", -1.5841)
                .put("longitude", 30.0619);
        var outside = send(post(API), token(Role.INSPECTOR), rwanda);
        assertThat(outside.getStatus()).as("a Ugandan inspector in Rwanda").isEqualTo(403);
        assertThat(body(outside).path("code").asString()).isEqualTo("FORBIDDEN");

        var operatorAccount = fixtures.user(Role.OPERATOR);
        var operatorToken = "Bearer " + tokens.issue(operatorAccount.getUsername(), "t").value();
        var created = body(send(post(API), token(Role.INSPECTOR), document));
        var icglrId = created.path("icglrId").asString();
        assertThat(call(get(API + "/" + icglrId), operatorToken).getStatus()).as("not the operator's site")
                .isEqualTo(404);
        assertThat(body(call(get(API).param("limit", "100"), operatorToken)).path("data").findValuesAsString(
                "icglrId")).doesNotContain(icglrId);
        assertThat(call(get(API + "/UG-+0.0000+0.0000-99999"), token(Role.AUDITOR)).getStatus()).isEqualTo(404);
    }

    @Test
    void sitesOutsideMemberStatesAreNotServedAndAnIncompleteOwnerOnlyLosesItsContactDetails() throws Exception {
        var admin = new Actor("admin-test", null, Set.of(Role.ADMIN), null, Set.of());
        var colombian = registration.register(admin, details("CO", "CO-CHO", "5.6919", "-76.6583",
                owner().getId()));
        var incompleteOwner = organisations.register(new OrganisationDetails(AccountFixtures.unique("No contact"),
                OrganisationType.COOPERATIVE, "UG", "UG-W", null, null, null, null, null));
        var ugandan = registration.register(admin, details("UG", "UG-W", "-1.2861", "29.6923",
                incompleteOwner.getId()));
        var auditor = token(Role.AUDITOR);
        assertThat(call(get(API + "/" + colombian.getIcglrId().value()), auditor).getStatus()).isEqualTo(404);
        // Issue 17: the owner lacks contact details, so the site is served without them (and says so).
        var served = call(get(API + "/" + ugandan.getIcglrId().value()), auditor);
        assertThat(served.getStatus()).isEqualTo(200);
        assertThat(body(served).path("owner").has("contactDetails")).isFalse();
        assertThat(body(served).path("warnings").findValuesAsString("field")).containsExactly("owner.contactDetails",
                "license[0].owner.contactDetails");
        // The site's page says the same: published, without the owner's contact details, and what they lack.
        mvc.perform(get("/sites/" + ugandan.getId()).with(user(fixtures.signedIn(Role.AUDITOR))))
                .andExpect(content().string(containsString("Published to the ICGLR interchange as "
                        + ugandan.getIcglrId().value())))
                .andExpect(content().string(containsString("It is published, but without the contact details")))
                .andExpect(content().string(containsString("the owner lacks a legal representative")));

        // Once the owner's contact details are complete, they are served and the warning is gone.
        organisations.edit(incompleteOwner.getId(), incompleteOwner.getVersion(), new OrganisationDetails(
                incompleteOwner.getName(), OrganisationType.COOPERATIVE, "UG", "UG-W", null, null, "Esther K.",
                "esther@coop.org", "+256 (0)772 555-111".replace("(0)", "")));
        var published = call(get(API + "/" + ugandan.getIcglrId().value()), auditor);
        assertThat(published.getStatus()).isEqualTo(200);
        assertConforms(body(published));
        assertThat(body(published).has("warnings")).isFalse();
        assertThat(body(published).path("owner").path("tin").asString()).isEqualTo("N/A");
        assertThat(body(published).path("owner").path("contactDetails").path("contactPhoneNumber").asString())
                .isEqualTo("+256772555111");
    }

    /**
     * Issue 17, drop and override nothing silently: licence status and covered commodities and the owner's contact
     * details are the platform's; a document that says otherwise is refused (409) naming each field, nothing saved.
     */
    @Test
    void aSiteThatSaysWhatThePlatformAssignsDifferentlyIsRefusedNamingEachField() throws Exception {
        var inspector = token(Role.INSPECTOR);
        var nationalId = AccountFixtures.unique("UG-W");
        var document = document(owner(), nationalId);
        var licence = (ObjectNode) document.path("license").get(0);
        licence.put("licenseStatus", 0);
        licence.withArray("coveredCommodities").removeAll().add("7108.12.00");
        var contact = document.withObject("owner").withObject("contactDetails");
        contact.put("legalRepresentative", "G. T.").put("contactEmail", "other@kisoro-coop.org");
        var refused = send(post(API), inspector, document);
        assertThat(refused.getStatus()).as(refused.getContentAsString()).isEqualTo(409);
        assertThat(body(refused).path("code").asString()).isEqualTo("CONFLICT");
        assertThat(body(refused).path("details").path("problems").findValuesAsString("field")).containsExactly(
                "license[0].licenseStatus", "license[0].coveredCommodities",
                "owner.contactDetails.legalRepresentative", "owner.contactDetails.contactEmail");

        // Nothing was saved (the national id is free), and the same values as the platform's, spelled another way
        // (IMA code, phone with spaces, other case), are accepted.
        licence.put("licenseStatus", 1);
        licence.withArray("coveredCommodities").removeAll().add("IMA1960-001");
        contact.put("legalRepresentative", "grace  TUMUSIIME").put("contactEmail", "grace@kisoro-coop.org")
                .put("contactPhoneNumber", "+256772123456");
        var created = send(post(API), inspector, document);
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);

        // An update is held to the same rule.
        var served = body(created);
        ((ObjectNode) served.path("owner").path("contactDetails")).put("contactPhoneNumber", "+256700000001");
        var update = send(put(API + "/" + served.path("icglrId").asString()).header("If-Match",
                created.getHeader("ETag")), inspector, served);
        assertThat(update.getStatus()).as(update.getContentAsString()).isEqualTo(409);
        assertThat(body(update).path("details").path("problems").findValuesAsString("field"))
                .containsExactly("owner.contactDetails.contactPhoneNumber");
    }

    /** Issue 17: omit the field, never the document. MD.01 requires an owner; the site misses only that. */
    @Test
    void aSiteWithoutAnOwnerIsServedWithoutTheOwnerField() throws Exception {
        var admin = new Actor("admin-test", null, Set.of(Role.ADMIN), null, Set.of());
        var site = registration.register(admin, details("CF", "CF-HK", "4.3612", "18.5550", null));
        var auditor = token(Role.AUDITOR);
        var response = call(get(API + "/" + site.getIcglrId().value()), auditor);
        assertThat(response.getStatus()).isEqualTo(200);
        var document = body(response);
        assertThat(document.has("owner")).isFalse();
        assertThat(document.path("license").get(0).has("owner")).isFalse();
        assertThat(schemas.check(IcglrSchemas.MINE_SITE, document)).extracting(IcglrProblem::field)
                .containsExactly("owner");
        // Said in the document too (drop nothing silently), in the caller's language.
        assertThat(document.path("warnings").findValuesAsString("field")).containsExactly("owner");
        assertThat(document.path("warnings").get(0).path("reason").asString())
                .isEqualTo(messages.getMessage("icglr.warning.owner-omitted", null, java.util.Locale.ENGLISH));
        var list = body(call(get(API).param("addressCountry", "CF").param("limit", "100"), auditor));
        assertThat(list.path("data").findValuesAsString("icglrId"))
                .contains(site.getIcglrId().value());
        // The issue's case: a red site without an owner is served all the same, single and listed.
        jdbc.update("update mine_site set status = 'RED', status_since = current_date where id = ?", site.getId());
        var red = call(get(API + "/" + site.getIcglrId().value()), auditor);
        assertThat(red.getStatus()).isEqualTo(200);
        assertThat(body(red).path("certificationStatus").asInt()).isEqualTo(3);
        assertThat(body(red).path("warnings").findValuesAsString("field")).containsExactly("owner");
        assertThat(body(call(get(API).param("addressCountry", "CF").param("certificationStatus", "3")
                .param("limit", "100"), auditor)).path("data").findValuesAsString("icglrId"))
                .contains(site.getIcglrId().value());
        // The site's page says the same: published, without the owner field.
        mvc.perform(get("/sites/" + site.getId()).with(user(fixtures.signedIn(Role.AUDITOR))))
                .andExpect(content().string(containsString("Published to the ICGLR interchange as "
                        + site.getIcglrId().value())))
                .andExpect(content().string(containsString("It is published without the owner field")));
    }

    private static SiteDetails details(String country, String division, String latitude, String longitude,
            Long ownerId) {
        return new SiteDetails(AccountFixtures.unique("Site"), AccountFixtures.unique(country), country, division,
                "Locality", new BigDecimal(latitude), new BigDecimal(longitude), null, ownerId, Set.of(),
                Set.of(Mineral.GOLD), ActivityStatus.ACTIVE, MiningType.ARTISANAL, FormalisationStage.LICENSED, 10,
                5, 0, 0, 0, true, Map.of(), new SiteDetails.LicenceDetails(Licence.Type.ARTISANAL_PERMIT, "AP-1",
                        LocalDate.of(2024, 1, 1), LocalDate.of(2030, 1, 1)), false);
    }
}
