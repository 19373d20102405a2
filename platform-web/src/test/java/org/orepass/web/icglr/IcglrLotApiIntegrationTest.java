package org.orepass.web.icglr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.orepass.accesstoken.TokenIssuing;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.custody.CustodyTransfers;
import org.orepass.custody.MassUnit;
import org.orepass.custody.Production;
import org.orepass.custody.ProductionDetails;
import org.orepass.custody.TagIssuing;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.OrganisationAdministration;
import org.orepass.organisation.OrganisationDetails;
import org.orepass.site.ActivityStatus;
import org.orepass.site.FormalisationStage;
import org.orepass.site.IcglrExchange;
import org.orepass.site.Licence;
import org.orepass.site.MineSite;
import org.orepass.site.Mineral;
import org.orepass.site.MiningType;
import org.orepass.site.SiteDetails;
import org.orepass.site.SiteRegistration;
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
 * The ICGLR lot endpoints: every document they return or accept is checked against the standard's lot schema
 * (the copy IcglrSchemaCopyTest keeps equal to the reference), and production follows the pages' rules.
 */
@PlatformTest
class IcglrLotApiIntegrationTest {

    private static final String API = "/api/icglr/v1/lots";

    @Autowired MockMvc mvc;
    @Autowired AccountFixtures fixtures;
    @Autowired TokenIssuing tokens;
    @Autowired IcglrSchemas schemas;
    @Autowired JsonMapper json;
    @Autowired OrganisationAdministration organisations;
    @Autowired SiteRegistration registration;
    @Autowired TagIssuing issuing;
    @Autowired Production production;
    @Autowired CustodyTransfers transfers;
    @Autowired JdbcTemplate jdbc;
    @Autowired MessageSource messages;
    @Autowired java.time.Clock clock;

    /** Someone with a token, and the same account as the use cases see it. */
    private record Caller(String token, Actor actor) {
    }

    private Caller caller(Role role) {
        var account = fixtures.user(role);
        return new Caller("Bearer " + tokens.issue(account.getUsername(), "test").value(),
                SignedInUser.of(account, false).actor());
    }

    /** Gives the organisation the contact details the standard requires of a business entity. */
    private Organisation complete(Long organisationId) {
        var o = organisations.get(organisationId);
        return organisations.edit(o.getId(), o.getVersion(), new OrganisationDetails(o.getName(), o.getType(),
                o.getCountry(), o.getDivision(), o.getTaxId(), "Kisoro town", "Grace Tumusiime",
                "grace@kisoro-coop.org", "+256 772 123 456"));
    }

    /** A green cassiterite site (1,000 kg a month) owned by the operator's organisation, with tags 1-10. */
    private record Chain(Caller inspector, Caller operator, MineSite site, String prefix) {

        String tag(int n) {
            return TagIssuing.number(prefix, n);
        }
    }

    private Chain chain() {
        var inspector = caller(Role.INSPECTOR);
        var operator = caller(Role.OPERATOR);
        complete(inspector.actor().organisationId());
        complete(operator.actor().organisationId());
        var admin = new Actor("admin-test", null, Set.of(Role.ADMIN), null, Set.of());
        var site = registration.register(admin, new SiteDetails(AccountFixtures.unique("Tin pit"),
                AccountFixtures.unique("UG"), "UG", "UG-W", "Kisoro", new BigDecimal("-1.2833"),
                new BigDecimal("29.6947"), null, operator.actor().organisationId(), Set.of(),
                Set.of(Mineral.CASSITERITE), ActivityStatus.ACTIVE, MiningType.ARTISANAL, FormalisationStage.LICENSED,
                10, 5, 0, 0, 0, false, Map.of(Mineral.CASSITERITE, new BigDecimal("1000")),
                new SiteDetails.LicenceDetails(Licence.Type.ARTISANAL_PERMIT, "AP-1", LocalDate.of(2024, 1, 1),
                        LocalDate.of(2030, 1, 1)), false));
        jdbc.update("update mine_site set status = 'GREEN', status_since = current_date where id = ?", site.getId());
        var prefix = ("L" + (System.nanoTime() % 100_000_000) + "-").toUpperCase(Locale.ROOT);
        issuing.issue(inspector.actor(), site.getId(), prefix, 1, 10);
        return new Chain(inspector, operator, site, prefix);
    }

    /** A production lot as a client sends it: no lot number, registration time or creator (all assigned). */
    private ObjectNode lot(Chain chain, String tag, String mass, String unit) {
        var document = json.createObjectNode();
        document.put("mineral", "2609.00.00");
        document.put("concentration", 62.5);
        document.put("mass", new BigDecimal(mass));
        document.put("unitOfMeasurement", unit);
        document.put("packageType", "Bag");
        document.put("nrOfPackages", 2);
        document.put("mineSiteId", chain.site().getIcglrId().value());
        document.putArray("creatorRole").add(1);
        document.putArray("originatingOperation").add(1);
        var tagDocument = document.putObject("tag");
        tagDocument.put("identifier", tag).put("issueDate", "2026-01-01").put("issueTime", "080000");
        tagDocument.putObject("issuer").put("identifier", "gov").put("name", "Mines").put("tin", "N/A")
                .putObject("contactDetails").put("legalRepresentative", "A. B.")
                .put("contactPhoneNumber", "+256700000000").put("contactEmail", "mines@gov.ug");
        document.put("dateSealed", LocalDate.now(clock).toString());
        return document;
    }

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request, String token) throws Exception {
        return mvc.perform(request.header("Authorization", token).accept(MediaType.APPLICATION_JSON))
                .andReturn().getResponse();
    }

    private MockHttpServletResponse send(String token, JsonNode body, String... language) throws Exception {
        var request = post(API).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        if (language.length > 0) {
            request.header("Accept-Language", language[0]);
        }
        return call(request, token);
    }

    private JsonNode body(MockHttpServletResponse response) throws Exception {
        return json.readTree(response.getContentAsString());
    }

    private void assertConforms(JsonNode lot) {
        assertThat(schemas.check(IcglrSchemas.LOT, lot)).as("problems of %s", lot).isEmpty();
    }

    /** The lot numbers of a list page, in order (not those of their input lots). */
    private static java.util.List<String> numbers(JsonNode page) {
        var numbers = new java.util.ArrayList<String>();
        page.path("data").forEach(lot -> numbers.add(lot.path("lotNumber").asString()));
        return numbers;
    }

    private long anomalies(String kind, String tag) {
        return jdbc.queryForObject("select count(*) from custody_anomaly where kind = ? and tag_number = ?",
                Long.class, kind, tag);
    }

    /**
     * Issue 17, drop and override nothing silently: the tag's issuer and issue date and time are the platform's;
     * a document that says otherwise is recorded, its tag kept as sent ({@code tagAsSent}, served back) and each
     * differing field named in the answer's warnings. A tag sent as the platform has it leaves no trace.
     */
    @Test
    void aTagThatSaysWhatThePlatformsTagDoesNotIsKeptAsSentAndNamed() throws Exception {
        var chain = chain();
        var sent = lot(chain, chain.tag(1), "20", "KGM");
        var created = send(chain.operator().token(), sent);
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        var answer = body(created);
        assertThat(answer.path("warnings").findValuesAsString("field")).contains("tag.issueDate", "tag.issueTime",
                "tag.issuer.name", "tag.issuer.contactDetails.legalRepresentative");
        assertThat(answer.path("tag").path("issuer").path("identifier").asString())
                .isEqualTo("orepass-org-" + chain.inspector().actor().organisationId());
        var read = body(call(get(API + "/" + answer.path("lotNumber").asString()), chain.operator().token()));
        assertThat(read.path("tagAsSent")).isEqualTo(sent.path("tag"));
        assertThat(read.path("tag")).isEqualTo(answer.path("tag"));

        var agreeing = lot(chain, chain.tag(2), "20", "KGM");
        var platformsTag = read.path("tag").deepCopy();
        ((ObjectNode) platformsTag).put("identifier", chain.tag(2));
        agreeing.set("tag", platformsTag);
        var second = send(chain.operator().token(), agreeing);
        assertThat(second.getStatus()).as(second.getContentAsString()).isEqualTo(201);
        assertThat(body(second).has("warnings")).isFalse();
        assertThat(body(second).has("tagAsSent")).isFalse();
    }

    /**
     * Issue 17, override nothing silently: the creator's contact details are its organisation's record, so a
     * document that says otherwise is refused naming each field (as sites refuse their owner's), and nothing is
     * recorded; the same details written another way (phone punctuation, spacing, case) are accepted.
     */
    @Test
    void aCreatorWhoseContactDetailsDifferFromTheRecordIsRefusedNamingEachField() throws Exception {
        var chain = chain();
        var differing = lot(chain, chain.tag(1), "20", "KGM");
        differing.putObject("creator").put("identifier", "orepass-org-" + chain.operator().actor().organisationId())
                .put("name", "Coop").put("tin", "N/A").putObject("contactDetails")
                .put("legalRepresentative", "Someone Else").put("contactPhoneNumber", "+256700000009")
                .put("contactEmail", "grace@kisoro-coop.org");
        var refused = send(chain.operator().token(), differing);
        assertThat(refused.getStatus()).as(refused.getContentAsString()).isEqualTo(409);
        assertThat(body(refused).path("code").asString()).isEqualTo("CONFLICT");
        assertThat(body(refused).path("details").path("problems").findValuesAsString("field")).containsExactlyInAnyOrder(
                "creator.contactDetails.legalRepresentative", "creator.contactDetails.contactPhoneNumber");
        assertThat(body(refused).path("details").path("problems").findValuesAsString("reason"))
                .anySatisfy(reason -> assertThat(reason).contains("+256772123456"));
        assertThat(jdbc.queryForObject("select status from custody_tag where number = ?", String.class,
                chain.tag(1))).as("rolled back").isEqualTo("ISSUED");

        var agreeing = lot(chain, chain.tag(1), "20", "KGM");
        agreeing.putObject("creator").put("identifier", "orepass-org-" + chain.operator().actor().organisationId())
                .put("name", "Coop").put("tin", "N/A").putObject("contactDetails")
                .put("legalRepresentative", "grace  tumusiime").put("contactPhoneNumber", "+256772123456")
                .put("contactEmail", "Grace@Kisoro-Coop.org");
        var created = send(chain.operator().token(), agreeing);
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
    }

    @Test
    void anOperatorRecordsAProductionLotAndReadsItBackAsTheStandardsDocument() throws Exception {
        var chain = chain();
        var created = send(chain.operator().token(), lot(chain, chain.tag(1).toLowerCase(Locale.ROOT), "0.25",
                "TNE"));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        var lot = body(created);
        assertConforms(lot);
        var number = lot.path("lotNumber").asString();
        assertThat(number).matches("UG-\\d{4}-\\d{7}");
        assertThat(created.getHeader("Location")).isEqualTo(API + "/" + number);
        assertThat(created.getHeader("ETag")).isNotBlank();
        assertThat(lot.path("tag").path("identifier").asString()).isEqualTo(chain.tag(1));
        assertThat(lot.path("tag").path("issuer").path("identifier").asString())
                .isEqualTo("orepass-org-" + chain.inspector().actor().organisationId());
        assertThat(lot.path("mineSiteId").asString()).isEqualTo(chain.site().getIcglrId().value());
        assertThat(lot.path("creator").path("identifier").asString())
                .isEqualTo("orepass-org-" + chain.operator().actor().organisationId());
        assertThat(lot.path("creator").path("contactDetails").path("contactPhoneNumber").asString())
                .isEqualTo("+256772123456");
        assertThat(lot.path("creatorRole").toString()).isEqualTo("[1]");
        assertThat(lot.path("originatingOperation").toString()).isEqualTo("[1]");
        assertThat(lot.path("mass").decimalValue()).isEqualByComparingTo("0.25");
        assertThat(lot.path("unitOfMeasurement").asString()).isEqualTo("TNE");
        assertThat(lot.path("massKg").decimalValue()).isEqualByComparingTo("250");
        assertThat(lot.path("timeRegistration").asString()).matches("\\d{6}");
        assertThat(lot.has("inputLot")).isFalse();
        assertThat(jdbc.queryForObject("select status from custody_tag where number = ?", String.class,
                chain.tag(1))).isEqualTo("USED");

        var read = call(get(API + "/" + number.toLowerCase(Locale.ROOT)), chain.operator().token());
        assertThat(read.getStatus()).isEqualTo(200);
        assertConforms(body(read));
        assertThat(read.getHeader("ETag")).isEqualTo(created.getHeader("ETag"));
        assertThat(body(read).path("lotNumber").asString()).isEqualTo(number);

        var auditor = caller(Role.AUDITOR).token();
        var page = body(call(get(API).param("mineSiteId", chain.site().getIcglrId().value().toLowerCase(Locale.ROOT))
                .param("mineral", "2609.00.00").param("creatorRole", "1").param("originatingOperation", "1")
                .param("dateRegistrationFrom", LocalDate.now(clock).minusDays(1).toString())
                .param("dateRegistrationTo", LocalDate.now(clock).plusDays(1).toString()), auditor));
        assertThat(numbers(page)).containsExactly(number);
        var pagination = page.path("pagination");
        assertThat(pagination.path("page").asInt()).isEqualTo(1);
        assertThat(pagination.path("limit").asInt()).isEqualTo(20);
        assertThat(pagination.path("total").asInt()).isEqualTo(1);
        assertThat(pagination.path("totalPages").asInt()).isEqualTo(1);
        assertThat(pagination.path("hasNext").asBoolean()).isFalse();
        assertThat(pagination.path("hasPrevious").asBoolean()).isFalse();
        page.path("data").forEach(this::assertConforms);
        assertThat(numbers(body(call(get(API).param("lotNumber", number.toLowerCase(Locale.ROOT)), auditor))))
                .containsExactly(number);
        assertThat(body(call(get(API).param("mineSiteId", chain.site().getIcglrId().value()).param("originatingOperation",
                "2"), auditor)).path("data")).isEmpty();
        assertThat(body(call(get(API).param("mineSiteId", chain.site().getIcglrId().value()).param("dateRegistrationTo",
                LocalDate.now(clock).minusDays(1).toString()), auditor)).path("data")).isEmpty();
    }

    @Test
    void theListIsPagedAndShowsOnlyWhatTheCallerMaySee() throws Exception {
        var chain = chain();
        for (int i = 1; i <= 3; i++) {
            assertThat(send(chain.operator().token(), lot(chain, chain.tag(i), "10", "KGM")).getStatus())
                    .isEqualTo(201);
        }
        var first = body(call(get(API).param("mineSiteId", chain.site().getIcglrId().value()).param("limit", "2"),
                chain.operator().token()));
        assertThat(first.path("data")).hasSize(2);
        assertThat(first.path("pagination").path("total").asInt()).isEqualTo(3);
        assertThat(first.path("pagination").path("totalPages").asInt()).isEqualTo(2);
        assertThat(first.path("pagination").path("hasNext").asBoolean()).isTrue();
        var second = body(call(get(API).param("mineSiteId", chain.site().getIcglrId().value()).param("limit", "2")
                .param("page", "2"), chain.operator().token()));
        assertThat(second.path("data")).hasSize(1);
        assertThat(second.path("pagination").path("hasPrevious").asBoolean()).isTrue();
        assertThat(second.path("data").get(0).path("tag").path("identifier").asString()).isEqualTo(chain.tag(3));
        second.path("data").forEach(this::assertConforms);

        // Another organisation neither lists nor reads them; a CSO monitor reads every lot, as on the pages.
        var stranger = caller(Role.OPERATOR).token();
        var number = first.path("data").get(0).path("lotNumber").asString();
        assertThat(body(call(get(API).param("mineSiteId", chain.site().getIcglrId().value()), stranger)).path("data"))
                .isEmpty();
        var hidden = call(get(API + "/" + number), stranger);
        assertThat(hidden.getStatus()).isEqualTo(404);
        assertThat(body(hidden).path("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(call(get(API + "/" + number), caller(Role.CSO_MONITOR).token()).getStatus()).isEqualTo(200);
        assertThat(call(get(API + "/UG-1999-0000000"), caller(Role.AUDITOR).token()).getStatus()).isEqualTo(404);
    }

    @Test
    void onlyOperatorsAndInspectorsMayProduceAndOnlyWhereThePagesLetThem() throws Exception {
        var chain = chain();
        var cso = send(caller(Role.CSO_MONITOR).token(), lot(chain, chain.tag(1), "10", "KGM"));
        assertThat(cso.getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get(API)).andReturn().getResponse().getStatus()).isEqualTo(401);
        assertThat(call(get(API), "Bearer not-a-token").getStatus()).isEqualTo(401);

        var foreignOperator = caller(Role.OPERATOR);
        var foreign = send(foreignOperator.token(), lot(chain, chain.tag(1), "10", "KGM"));
        assertThat(foreign.getStatus()).as("an operator of another organisation").isEqualTo(400);
        assertThat(body(foreign).path("details").path("problems").get(0).path("field").asString())
                .as("a site it may not see is as good as unknown").isEqualTo("mineSiteId");
        var rwandan = caller(Role.INSPECTOR);
        jdbc.update("update user_account set jurisdiction_country = 'RW' where username = ?",
                rwandan.actor().username());
        var outside = send(rwandan.token(), lot(chain, chain.tag(1), "10", "KGM"));
        assertThat(outside.getStatus()).as("an inspector outside the site's jurisdiction").isEqualTo(403);
        assertThat(body(outside).path("code").asString()).isEqualTo("FORBIDDEN");
        assertThat(jdbc.queryForObject("select status from custody_tag where number = ?", String.class,
                chain.tag(1))).isEqualTo("ISSUED");

        // An inspector with jurisdiction records it for the site's owner, and reads it back (inspectors see all).
        var byInspector = send(chain.inspector().token(), lot(chain, chain.tag(1), "10", "KGM"));
        assertThat(byInspector.getStatus()).as(byInspector.getContentAsString()).isEqualTo(201);
        assertConforms(body(byInspector));
        assertThat(body(byInspector).path("creator").path("identifier").asString())
                .isEqualTo("orepass-org-" + chain.operator().actor().organisationId());

        var named = lot(chain, chain.tag(2), "10", "KGM");
        named.putObject("creator").put("identifier", "orepass-org-" + foreignOperator.actor().organisationId())
                .put("name", "x").put("tin", "N/A").putObject("contactDetails").put("legalRepresentative", "x")
                .put("contactPhoneNumber", "+256700000001").put("contactEmail", "x@example.org");
        var wrongCreator = send(chain.operator().token(), named);
        assertThat(wrongCreator.getStatus()).isEqualTo(400);
        assertThat(body(wrongCreator).path("details").path("problems").get(0).path("field").asString())
                .isEqualTo("creator");
        assertThat(jdbc.queryForObject("select status from custody_tag where number = ?", String.class,
                chain.tag(2))).as("rolled back").isEqualTo("ISSUED");
    }

    @Test
    void tagRulesRefuseWithTheFieldAndRecordTheAttempt() throws Exception {
        var chain = chain();
        assertThat(send(chain.operator().token(), lot(chain, chain.tag(1), "10", "KGM")).getStatus()).isEqualTo(201);

        var reused = send(chain.operator().token(), lot(chain, chain.tag(1), "10", "KGM"));
        assertThat(reused.getStatus()).isEqualTo(400);
        var problem = body(reused).path("details").path("problems").get(0);
        assertThat(body(reused).path("code").asString()).isEqualTo("VALIDATION_ERROR");
        assertThat(problem.path("field").asString()).isEqualTo("tag.identifier");
        assertThat(problem.path("reason").asString())
                .isEqualTo(messages.getMessage("lot.tag.used", new Object[] {chain.tag(1)}, Locale.ENGLISH));
        assertThat(anomalies("TAG_REUSED", chain.tag(1))).isEqualTo(1);

        var unknown = chain.prefix() + "999999";
        var french = send(chain.operator().token(), lot(chain, unknown, "10", "KGM"), "fr");
        assertThat(french.getStatus()).isEqualTo(400);
        assertThat(body(french).path("details").path("problems").get(0).path("reason").asString())
                .isEqualTo(messages.getMessage("lot.tag.unknown", new Object[] {unknown}, Locale.FRENCH));
        assertThat(anomalies("UNKNOWN_TAG", unknown)).isEqualTo(1);

        var voided = jdbc.queryForObject("select id from custody_tag where number = ?", Long.class, chain.tag(3));
        issuing.voidTag(chain.inspector().actor(), voided);
        assertThat(body(send(chain.operator().token(), lot(chain, chain.tag(3), "10", "KGM"))).path("details")
                .path("problems").get(0).path("field").asString()).isEqualTo("tag.identifier");
        assertThat(anomalies("TAG_VOIDED", chain.tag(3))).isEqualTo(1);

        jdbc.update("update mine_site set status = 'RED', status_since = current_date where id = ?",
                chain.site().getId());
        var red = send(chain.operator().token(), lot(chain, chain.tag(4), "10", "KGM"));
        assertThat(red.getStatus()).isEqualTo(400);
        assertThat(body(red).path("details").path("problems").get(0).path("field").asString())
                .isEqualTo("mineSiteId");
        assertThat(body(red).path("details").path("problems").get(0).path("reason").asString())
                .isEqualTo(messages.getMessage("lot.site.red", null, Locale.ENGLISH));
        assertThat(jdbc.queryForObject("select count(*) from lot where site_id = ?", Long.class,
                chain.site().getId())).isEqualTo(1);
    }

    @Test
    void productionAboveCapacityIsAcceptedAndSaysSo() throws Exception {
        var chain = chain();
        var over = send(chain.operator().token(), lot(chain, chain.tag(5), "1.2", "TNE"));
        assertThat(over.getStatus()).isEqualTo(201);
        assertThat(body(over).path("overCapacity").asBoolean()).isTrue();
        assertConforms(body(over));
        assertThat(anomalies("OVER_CAPACITY", chain.tag(5))).isEqualTo(1);
    }

    @Test
    void invalidDocumentsAreRefusedWithEveryProblemListed() throws Exception {
        var chain = chain();
        var document = lot(chain, chain.tag(1), "10", "KGM");
        document.remove("mass");
        document.put("unitOfMeasurement", "LBR");
        document.putArray("creatorRole").add(9);
        document.put("mineSiteId", "somewhere");
        var refused = send(chain.operator().token(), document);
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(body(refused).path("code").asString()).isEqualTo("VALIDATION_ERROR");
        assertThat(body(refused).path("details").path("problems").findValuesAsString("field"))
                .contains("mass", "unitOfMeasurement", "creatorRole[0]", "mineSiteId");

        var platformRules = lot(chain, chain.tag(1), "10", "KGM");
        platformRules.put("lotNumber", "MY-OWN-1");
        platformRules.put("mineral", "9999.99.99");
        platformRules.putArray("creatorRole").add(2);
        platformRules.remove("mineSiteId");
        platformRules.put("nrOfPackages", 1.5);
        var listed = send(chain.operator().token(), platformRules);
        assertThat(listed.getStatus()).isEqualTo(400);
        assertThat(body(listed).path("details").path("problems").findValuesAsString("field"))
                .containsExactlyInAnyOrder("lotNumber", "mineral", "creatorRole", "mineSiteId", "nrOfPackages");

        var future = lot(chain, chain.tag(1), "10", "KGM");
        future.put("dateSealed", LocalDate.now(clock).plusDays(2).toString());
        var tomorrow = body(send(chain.operator().token(), future));
        assertThat(tomorrow.path("details").path("problems").get(0).path("field").asString()).isEqualTo("dateSealed");

        var notJson = call(post(API).contentType(MediaType.APPLICATION_JSON).content("{\"mass\": "),
                chain.operator().token());
        assertThat(notJson.getStatus()).isEqualTo(400);
        assertThat(body(notJson).path("code").asString()).isEqualTo("VALIDATION_ERROR");
        var array = call(post(API).contentType(MediaType.APPLICATION_JSON).content("[]"), chain.operator().token());
        assertThat(array.getStatus()).isEqualTo(400);
        assertThat(jdbc.queryForObject("select status from custody_tag where number = ?", String.class,
                chain.tag(1))).isEqualTo("ISSUED");
    }

    @Test
    void otherOriginatingOperationsAreRefusedWithTheReason() throws Exception {
        var chain = chain();
        var purchase = lot(chain, chain.tag(1), "10", "KGM");
        purchase.putArray("originatingOperation").add(2);
        var refused = send(chain.operator().token(), purchase);
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(body(refused).path("code").asString()).isEqualTo("UNSUPPORTED_OPERATION");
        var problem = body(refused).path("details").path("problems").get(0);
        assertThat(problem.path("field").asString()).isEqualTo("originatingOperation");
        assertThat(problem.path("reason").asString()).contains("seller", "buyer");

        var combination = lot(chain, chain.tag(1), "10", "KGM");
        combination.putArray("originatingOperation").add(1).add(3);
        assertThat(send(chain.operator().token(), combination).getStatus()).isEqualTo(422);
    }

    @Test
    void badQueryParametersAreRefusedAllAtOnce() throws Exception {
        var refused = call(get(API).param("limit", "101").param("page", "zero").param("creatorRole", "9")
                .param("originatingOperation", "0").param("mineral", "sand")
                .param("dateRegistrationFrom", "2026-13-01").param("dateRegistrationTo", "yesterday"),
                caller(Role.AUDITOR).token());
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(body(refused).path("details").path("problems").findValuesAsString("field"))
                .containsExactlyInAnyOrder("limit", "page", "creatorRole", "originatingOperation", "mineral",
                        "dateRegistrationFrom", "dateRegistrationTo");
        var backwards = call(get(API).param("dateRegistrationFrom", "2026-02-01")
                .param("dateRegistrationTo", "2026-01-01"), caller(Role.AUDITOR).token());
        assertThat(body(backwards).path("details").path("problems").findValuesAsString("field"))
                .containsExactly("dateRegistrationTo");
    }

    @Test
    void aPurchaseLotCarriesItsInputLotAndTheDatesOfThePurchase() throws Exception {
        var chain = chain();
        var produced = body(send(chain.operator().token(), lot(chain, chain.tag(1), "100", "KGM")));
        var lotId = jdbc.queryForObject("select id from lot where lot_number = ?", Long.class,
                produced.path("lotNumber").asString());
        var trader = caller(Role.EXPORTER);
        complete(trader.actor().organisationId());
        var sale = transfers.sell(chain.operator().actor(), lotId, null, trader.actor().organisationId(),
                new BigDecimal("40"));
        var received = transfers.receive(trader.actor(), sale.getId(), new BigDecimal("39.5"));

        var bought = call(get(API + "/" + received.lot().getLotNumber()), trader.token());
        assertThat(bought.getStatus()).isEqualTo(200);
        var document = body(bought);
        assertConforms(document);
        assertThat(document.path("originatingOperation").toString()).isEqualTo("[2]");
        assertThat(document.path("creatorRole").toString()).isEqualTo("[2]");
        assertThat(document.path("inputLot").findValuesAsString("lotNumber"))
                .containsExactly(produced.path("lotNumber").asString());
        assertThat(document.path("mass").decimalValue()).isEqualByComparingTo("39.5");
        assertThat(document.path("purchaseDate").asString()).isEqualTo(LocalDate.now(clock).toString());
        assertThat(document.path("dateIn").asString()).isEqualTo(LocalDate.now(clock).toString());
        assertThat(document.has("mineSiteId")).isFalse();
        assertThat(document.has("tag")).isFalse();
        // The seller's lot shows what it still holds.
        assertThat(body(call(get(API + "/" + produced.path("lotNumber").asString()), chain.operator().token()))
                .path("remainingKg").decimalValue()).isEqualByComparingTo("60");
        assertThat(numbers(body(call(get(API).param("originatingOperation", "2").param("limit", "100"),
                trader.token())))).containsExactly(received.lot().getLotNumber());
    }

    /**
     * A served document conforms to the lot schema except for exactly the fields its {@code warnings} name (issue
     * 17: omit the field, never the document; docs/icglr-api.md, C32), and names nothing it does carry.
     */
    private void assertConformsExceptWarned(JsonNode lot) {
        var warned = lot.path("warnings").findValuesAsString("field");
        assertThat(schemas.check(IcglrSchemas.LOT, lot)).as("problems of %s", lot).extracting(IcglrProblem::field)
                .containsExactlyInAnyOrderElementsOf(warned);
    }

    /**
     * Every lot is served whatever contact detail its creator lacks (issue 17): with {@code contactDetails}
     * exactly when {@link IcglrExchange#isCompleteBusinessEntity} accepts the organisation, contact detail by
     * contact detail, and otherwise without them and a warning naming the field; a client may record a lot for
     * such a holder and reads it back the same way.
     */
    @Test
    void lotsAreServedWhateverTheirCreatorLacksWithContactDetailsExactlyWhenComplete() throws Exception {
        var chain = chain();
        var inspector = chain.inspector().actor();
        var lot = production.produce(inspector, chain.site().getId(), new ProductionDetails(chain.tag(1),
                Mineral.CASSITERITE, new BigDecimal("5"), MassUnit.KGM, new BigDecimal("40"), null, null,
                LocalDate.now(clock))).lot();
        var auditor = caller(Role.AUDITOR).token();
        String[][] contacts = {
            {"Grace T.", "grace@coop.org", "+256 (772) 123-456"},
            {"Grace T.", "grace@coop.org", "0772 123456"},
            {"Grace T.", "grace@coop", "+256772123456"},
            {" ", "grace@coop.org", "+256772123456"},
            {null, "grace@coop.org", "+256772123456"},
            {"Grace T.", null, "+256772123456"},
            {"Grace T.", "grace_t@coop.ug", "+44 20 7946 0000"},
            {"Grace T.", "grace.t@mail.coop.org", null},
        };
        for (String[] contact : contacts) {
            var o = organisations.get(chain.operator().actor().organisationId());
            var edited = organisations.edit(o.getId(), o.getVersion(), new OrganisationDetails(o.getName(),
                    o.getType(), o.getCountry(), o.getDivision(), o.getTaxId(), null, contact[0], contact[1],
                    contact[2]));
            var served = call(get(API + "/" + lot.getLotNumber()), auditor);
            assertThat(served.getStatus()).as("%s", (Object) contact).isEqualTo(200);
            var document = body(served);
            assertConformsExceptWarned(document);
            var complete = IcglrExchange.isCompleteBusinessEntity(edited);
            assertThat(document.path("creator").has("contactDetails")).as("%s", (Object) contact).isEqualTo(complete);
            assertThat(document.path("warnings").findValuesAsString("field")).as("%s", (Object) contact)
                    .isEqualTo(complete ? java.util.List.of() : java.util.List.of("creator.contactDetails"));
            assertThat(document.path("creator").path("identifier").asString())
                    .isEqualTo("orepass-org-" + o.getId());
            var listed = body(call(get(API).param("lotNumber", lot.getLotNumber()), auditor));
            assertThat(listed.path("pagination").path("total").asInt()).isEqualTo(1);
            assertThat(listed.path("data").get(0)).isEqualTo(document);
        }
        var recorded = send(chain.operator().token(), lot(chain, chain.tag(2), "10", "KGM"));
        assertThat(recorded.getStatus()).as("the last contact lacks a phone: recorded all the same")
                .isEqualTo(201);
        assertThat(body(recorded).path("creator").has("contactDetails")).isFalse();
        assertThat(body(recorded).path("warnings").findValuesAsString("field")).contains("creator.contactDetails");
        assertThat(jdbc.queryForObject("select status from custody_tag where number = ?", String.class,
                chain.tag(2))).isEqualTo("USED");
    }

    /**
     * Issue 17, omit the field, never the document: a lot whose creator and tag issuer have no contact details at
     * all, or that was recorded without a grade, is in the list (counted, paged, filtered) and readable by its
     * number, the same document both ways; it misses exactly what the platform lacks, and its warnings say what,
     * in the caller's language. Once an administrator completes the organisations, the warnings go.
     */
    @Test
    void aLotWhoseCreatorAndTagIssuerHaveNoContactDetailsIsListedAndReadWithWarnings() throws Exception {
        var chain = chain();
        var numbers = new java.util.ArrayList<String>();
        for (int i = 1; i <= 3; i++) {
            var created = send(chain.operator().token(), lot(chain, chain.tag(i), "10", "KGM"));
            assertThat(created.getStatus()).isEqualTo(201);
            numbers.add(body(created).path("lotNumber").asString());
        }
        // Neither the holder nor the tags' issuer has any contact detail; the second lot has no grade.
        for (var organisationId : java.util.List.of(chain.operator().actor().organisationId(),
                chain.inspector().actor().organisationId())) {
            var o = organisations.get(organisationId);
            organisations.edit(o.getId(), o.getVersion(), new OrganisationDetails(o.getName(), o.getType(),
                    o.getCountry(), o.getDivision(), o.getTaxId(), o.getAddress(), null, null, null));
        }
        jdbc.update("update lot set concentration = null where lot_number = ?", numbers.get(1));

        var auditor = caller(Role.AUDITOR).token();
        var site = chain.site().getIcglrId().value();
        var first = body(call(get(API).param("mineSiteId", site).param("limit", "2"), auditor));
        var second = body(call(get(API).param("mineSiteId", site).param("limit", "2").param("page", "2"), auditor));
        assertThat(first.path("pagination").path("total").asInt()).isEqualTo(3);
        assertThat(first.path("pagination").path("totalPages").asInt()).isEqualTo(2);
        assertThat(numbers(first)).containsExactly(numbers.get(0), numbers.get(1));
        assertThat(numbers(second)).containsExactly(numbers.get(2));
        var listed = new java.util.ArrayList<JsonNode>();
        first.path("data").forEach(listed::add);
        second.path("data").forEach(listed::add);
        for (int i = 0; i < 3; i++) {
            var read = call(get(API + "/" + numbers.get(i)), auditor);
            assertThat(read.getStatus()).isEqualTo(200);
            var document = body(read);
            assertThat(listed.get(i)).as("listed as read").isEqualTo(document);
            assertConformsExceptWarned(document);
            assertThat(document.path("creator").has("contactDetails")).isFalse();
            assertThat(document.path("tag").path("issuer").has("contactDetails")).isFalse();
            assertThat(document.path("tag").path("issuer").path("identifier").asString())
                    .isEqualTo("orepass-org-" + chain.inspector().actor().organisationId());
            var expected = i == 1
                    ? java.util.List.of("concentration", "creator.contactDetails", "tag.issuer.contactDetails")
                    : java.util.List.of("creator.contactDetails", "tag.issuer.contactDetails");
            assertThat(document.path("warnings").findValuesAsString("field")).isEqualTo(expected);
            assertThat(document.path("warnings").get(expected.size() - 1).path("reason").asString())
                    .isEqualTo(messages.getMessage("icglr.warning.contact-details-omitted", null, Locale.ENGLISH));
        }
        assertThat(body(call(get(API + "/" + numbers.get(1)), auditor)).path("warnings").get(0).path("reason")
                .asString()).isEqualTo(messages.getMessage("icglr.warning.concentration-omitted", null,
                        Locale.ENGLISH));
        // Every filter finds them, and counts them.
        for (var filter : java.util.List.of(Map.of("mineral", "2609.00.00"), Map.of("creatorRole", "1"),
                Map.of("originatingOperation", "1"), Map.of("dateRegistrationFrom", LocalDate.now(clock).toString()))) {
            var request = get(API).param("mineSiteId", site);
            filter.forEach(request::param);
            var page = body(call(request, auditor));
            assertThat(numbers(page)).as("%s", filter).containsExactlyElementsOf(numbers);
            assertThat(page.path("pagination").path("total").asInt()).as("%s", filter).isEqualTo(3);
        }
        assertThat(numbers(body(call(get(API).param("lotNumber", numbers.get(1)), auditor))))
                .containsExactly(numbers.get(1));
        // Its holder lists and reads them too; the reason comes in the caller's language.
        var holder = mvc.perform(get(API + "/" + numbers.get(0)).header("Authorization", chain.operator().token())
                .header("Accept-Language", "fr").accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
        assertThat(holder.getStatus()).isEqualTo(200);
        assertThat(body(holder).path("warnings").get(0).path("reason").asString())
                .isEqualTo(messages.getMessage("icglr.warning.contact-details-omitted", null, Locale.FRENCH));
        assertThat(body(call(get(API).param("mineSiteId", site), chain.operator().token())).path("pagination")
                .path("total").asInt()).isEqualTo(3);

        // A tag whose issuer the platform does not know is served without the issuer, and says so.
        jdbc.update("update custody_tag set issuer_id = null where number = ?", chain.tag(3));
        var noIssuer = body(call(get(API + "/" + numbers.get(2)), auditor));
        assertThat(noIssuer.path("tag").has("issuer")).isFalse();
        assertThat(noIssuer.path("warnings").findValuesAsString("field"))
                .containsExactly("creator.contactDetails", "tag.issuer");
        assertConformsExceptWarned(noIssuer);

        // Completed on the platform, the contact details are served and the warnings go.
        complete(chain.operator().actor().organisationId());
        complete(chain.inspector().actor().organisationId());
        var whole = body(call(get(API + "/" + numbers.get(0)), auditor));
        assertThat(whole.has("warnings")).isFalse();
        assertConforms(whole);
    }

    /** Issue 12: the grade is the document's concentration, in percent of the mineral's basis (SnO2 here). */
    @Test
    void aHostileConcentrationIsRefusedWithA400AndALawfulOneIsReadBack() throws Exception {
        var chain = chain();
        for (var hostile : new String[] {"-5", "0", "100.5", "1e30", "1e999", "\"NaN\"", "\"62.5\"", "null"}) {
            var text = json.writeValueAsString(lot(chain, chain.tag(1), "50", "KGM"))
                    .replace("\"concentration\":62.5", "\"concentration\":" + hostile);
            var refused = call(post(API).contentType(MediaType.APPLICATION_JSON).content(text),
                    chain.operator().token());
            assertThat(refused.getStatus()).as("concentration %s: %s", hostile, refused.getContentAsString())
                    .isEqualTo(400);
            var problem = body(refused).path("details").path("problems").get(0);
            assertThat(problem.path("field").asString()).as(hostile).isEqualTo("concentration");
            assertThat(problem.path("reason").asString()).as(hostile).isNotBlank();
        }
        var outOfRange = send(chain.operator().token(), lot(chain, chain.tag(1), "50", "KGM")
                .put("concentration", 120));
        // Checked with the document's other limits, so that every problem comes at once (IcglrLimits).
        assertThat(body(outOfRange).path("details").path("problems").get(0).path("field").asString())
                .isEqualTo("concentration");
        assertThat(body(outOfRange).path("details").path("problems").get(0).path("reason").asString())
                .contains("100");
        assertThat(jdbc.queryForObject("select status from custody_tag where number = ?", String.class,
                chain.tag(1))).isEqualTo("ISSUED");

        var created = send(chain.operator().token(), lot(chain, chain.tag(1), "50", "KGM")
                .put("concentration", 71.25));
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
        assertConforms(body(created));
        assertThat(body(created).path("concentration").decimalValue()).isEqualByComparingTo("71.25");
        var number = body(created).path("lotNumber").asString();
        assertThat(jdbc.queryForObject("select grade_basis from lot where lot_number = ?", String.class, number))
                .isEqualTo("SNO2");
        var read = call(get(API + "/" + number), chain.operator().token());
        assertThat(body(read).path("concentration").decimalValue()).isEqualByComparingTo("71.25");
    }
}
