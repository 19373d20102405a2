package org.orepass.web.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.orepass.account.Role;
import org.orepass.organisation.OrganisationType;
import org.orepass.incident.internal.FollowUpCode;
import org.orepass.incident.IncidentQueries;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.MutableClock;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Incident reporting and follow-up through the pages, against the real database: anonymity of public reports
 * (checked in the stored rows and the audit trail), the follow-up code, abuse protection, the state machine by
 * role, the site-review effect, confidentiality and the public list, and errors in the users' languages.
 */
@PlatformTest
class IncidentIntegrationTest {

    private static final Pattern CODE = Pattern.compile("id=\"follow-up-code\">([A-Z0-9-]+)<");
    private static final AtomicInteger ADDRESS = new AtomicInteger(1);
    private static final String PHONE = "Nokia105/TestBrowser-" + System.nanoTime();

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    MessageSource messages;

    @Autowired
    IncidentQueries queries;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A client address no other test uses, so that each test has its own rate-limit budget. */
    private static String freshAddress() {
        var n = ADDRESS.getAndIncrement();
        return "10.77." + (n / 250) + "." + (n % 250 + 1);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            request.addHeader("User-Agent", PHONE);
            return request;
        };
    }

    private long category(String code) {
        return jdbc.queryForObject("select id from incident_category where code = ?", Long.class, code);
    }

    private MockHttpServletRequestBuilder publicReport(String address, String description) {
        return post("/report").with(csrf()).with(from(address))
                .param("categoryId", String.valueOf(category("ROADBLOCK"))).param("severity", "2")
                .param("occurredOn", LocalDate.now(clock).toString()).param("country", "CD")
                .param("division", "CD-NK").param("locality", "Rubaya").param("description", description)
                .param("affectedMen", "3").param("website", "");
    }

    private String reportAnonymously(String address, String description) throws Exception {
        var page = mvc.perform(publicReport(address, description)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        var matcher = CODE.matcher(page);
        assertThat(matcher.find()).as("the receipt shows the follow-up code").isTrue();
        return matcher.group(1);
    }

    private long incidentWithDescription(String description) {
        return jdbc.queryForObject("select id from incident where description = ?", Long.class, description);
    }

    /** A Ugandan site registered by the inspector, owned by a cooperative. */
    private long site(SignedInUser inspector, String name) throws Exception {
        var location = mvc.perform(post("/sites").with(user(inspector)).with(csrf())
                        .param("name", name).param("country", "UG").param("division", "UG-W")
                        .param("locality", "Kisoro").param("latitude", "-1.2833").param("longitude", "29.6947")
                        .param("minerals", "CASSITERITE").param("activityStatus", "ACTIVE")
                        .param("miningType", "ARTISANAL").param("formalisationStage", "LICENSED")
                        .param("licenceType", "ARTISANAL_PERMIT").param("licenceNumber", "AP-" + System.nanoTime())
                        .param("capacity[CASSITERITE]", "1500")
                        .param("ownerId", String.valueOf(fixtures.organisation(OrganisationType.COOPERATIVE).getId())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring("/sites/".length()));
    }

    private long report(SignedInUser who, String categoryCode, int severity, Long siteId, String description,
            boolean sensitive) throws Exception {
        var request = post("/incidents").with(user(who)).with(csrf())
                .param("categoryId", String.valueOf(category(categoryCode))).param("severity", String.valueOf(severity))
                .param("occurredOn", LocalDate.now(clock).minusDays(2).toString()).param("description", description)
                .param("affectedWomen", "1").param("affectedBoys", "2");
        if (siteId != null) {
            request.param("siteId", String.valueOf(siteId));
        } else {
            request.param("country", "UG").param("division", "UG-W").param("locality", "Kisoro town");
        }
        if (sensitive) {
            request.param("sensitive", "true");
        }
        var location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/incidents/\\d+");
        return Long.parseLong(location.substring("/incidents/".length()));
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from incident where id = ?", Long.class, id);
    }

    private ResultActions move(SignedInUser who, long id, String target) throws Exception {
        return mvc.perform(post("/incidents/" + id + "/status").with(user(who)).with(csrf())
                .param("target", target).param("version", String.valueOf(version(id))).param("reason", "checked"));
    }

    private String stateOf(long id) {
        return jdbc.queryForObject("select status from incident where id = ?", String.class, id);
    }

    @Test
    void anAnonymousReportStoresNothingThatIdentifiesTheReporter() throws Exception {
        var address = freshAddress();
        var description = AccountFixtures.unique("Soldiers take 2000 francs per bag at the bridge");
        mvc.perform(get("/report").with(from(address))).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(not(containsString("<script"))));
        var code = reportAnonymously(address, description);
        var id = incidentWithDescription(description);

        var row = jdbc.queryForMap("select * from incident where id = ?", id);
        assertThat(row.get("reported_by")).isNull();
        assertThat(row.get("reporter_organisation_id")).isNull();
        assertThat(row.get("source")).isEqualTo("ANONYMOUS_PUBLIC");
        assertThat(row.get("description_sensitive")).isEqualTo(true);
        assertThat(row.get("follow_up_code_hash")).isEqualTo(FollowUpCode.hash(code));
        assertThat(((java.sql.Timestamp) row.get("reported_at")).toInstant().toString())
                .as("the day only").endsWith("T00:00:00Z");
        var wholeRow = jdbc.queryForObject("select row_to_json(i)::text from incident i where id = ?", String.class,
                id);
        assertThat(wholeRow).doesNotContain(address).doesNotContain(PHONE)
                .doesNotContain(FollowUpCode.normalise(code));

        var audit = jdbc.queryForList("select actor, changes::text as changes from audit_entry "
                + "where entity_type = 'Incident' and entity_id = ?", String.valueOf(id));
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).get("actor")).isEqualTo("anonymous");
        assertThat((String) audit.get(0).get("changes")).doesNotContain(address).doesNotContain(PHONE)
                .doesNotContain(description).doesNotContain(FollowUpCode.hash(code));
        // Nothing about the client anywhere in the incident tables or the rate limit's rows.
        var rateRows = jdbc.queryForObject("select coalesce(string_agg(client_key, ','), '') from incident_rate_count",
                String.class);
        assertThat(rateRows).doesNotContain(address);
    }

    @Test
    void theFollowUpCodeShowsTheStatusAndTakesMoreInformation() throws Exception {
        var address = freshAddress();
        var description = AccountFixtures.unique("Children carry sacks at night");
        var code = reportAnonymously(address, description);
        var id = incidentWithDescription(description);
        // Typed in lower case with spaces: still found.
        mvc.perform(post("/report/follow-up").with(csrf()).with(from(address))
                        .param("code", code.toLowerCase(Locale.ROOT).replace('-', ' ')))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(messages.getMessage("incident.status.REPORTED", null,
                        Locale.ENGLISH))));
        mvc.perform(post("/report/follow-up").with(csrf()).with(from(address)).param("code", "AAAA-BBBB-CCCC-DDDD"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"code-error\"")));
        var more = AccountFixtures.unique("They come back every Friday");
        mvc.perform(post("/report/follow-up/information").with(csrf()).with(from(address)).param("code", code)
                        .param("body", more))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(messages.getMessage("incident.followup.added", null,
                        Locale.ENGLISH))));
        var comment = jdbc.queryForMap("select * from incident_comment where incident_id = ?", id);
        assertThat(comment.get("author")).isEqualTo("anonymous");
        assertThat(comment.get("from_reporter")).isEqualTo(true);
        assertThat(comment.get("sensitive")).isEqualTo(true);
        assertThat(jdbc.queryForList("select actor from audit_entry where entity_type = 'IncidentComment' "
                + "and entity_id = ?", String.class, String.valueOf(comment.get("id")))).containsExactly("anonymous");

        // A CSO monitor sees the reporter's addition on the incident page.
        var monitor = fixtures.signedIn(Role.CSO_MONITOR);
        mvc.perform(get("/incidents/" + id).with(user(monitor))).andExpect(status().isOk())
                .andExpect(content().string(containsString(more)))
                .andExpect(content().string(containsString(description)));
    }

    @Test
    void aBotThatFillsTheHiddenFieldGetsAPoliteAnswerAndNothingIsSaved() throws Exception {
        var description = AccountFixtures.unique("Buy cheap watches");
        mvc.perform(publicReport(freshAddress(), description).param("website", "http://spam.example"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("follow-up-code"))));
        assertThat(jdbc.queryForObject("select count(*) from incident where description = ?", Long.class,
                description)).isZero();
    }

    @Test
    void tenReportsAnHourPerBrowserThenAClearMessageOtherClientsUnaffected() throws Exception {
        var address = freshAddress();
        // The first accepted report gives the browser its signed cookie; the browser sends it back from then on.
        var first = mvc.perform(publicReport(address, AccountFixtures.unique("Flooded pit 0")))
                .andExpect(status().isOk()).andReturn().getResponse();
        var browser = ReportRateLimitIntegrationTest.reporterCookie(first);
        for (int i = 1; i < 10; i++) {
            mvc.perform(publicReport(address, AccountFixtures.unique("Flooded pit " + i)).cookie(browser))
                    .andExpect(status().isOk());
        }
        var eleventh = AccountFixtures.unique("Flooded pit 11");
        mvc.perform(publicReport(address, eleventh).cookie(browser))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString(messages.getMessage("incident.rate-limited.browser",
                        new Object[] {10}, Locale.ENGLISH))))
                .andExpect(content().string(containsString(eleventh)));
        assertThat(jdbc.queryForObject("select count(*) from incident where description = ?", Long.class,
                eleventh)).isZero();
        reportAnonymously(freshAddress(), AccountFixtures.unique("Another village"));
        // An hour later the same browser may report again.
        clock.advance(Duration.ofMinutes(61));
        mvc.perform(publicReport(address, AccountFixtures.unique("Flooded pit, next hour")).cookie(browser))
                .andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "sw", "es"})
    void publicFormErrorsComeInTheReportersLanguageWithWhatTheyTyped(String language) throws Exception {
        var page = mvc.perform(post("/report").with(csrf()).with(from(freshAddress()))
                        .cookie(new Cookie("ORE_PASS_LANG", language))
                        .param("categoryId", String.valueOf(category("ROADBLOCK"))).param("severity", "2")
                        .param("occurredOn", LocalDate.now(clock).toString()).param("country", "CD")
                        .param("locality", "Rubaya village").param("description", "")
                        .param("affectedMen", "deux"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"" + language + "\"")))
                .andExpect(content().string(containsString("value=\"Rubaya village\"")))
                .andExpect(content().string(containsString("value=\"deux\"")))
                .andReturn().getResponse().getContentAsString();
        var document = org.jsoup.Jsoup.parse(page);
        var locale = Locale.forLanguageTag(language);
        assertThat(document.getElementById("description-error").text())
                .contains(messages.getMessage("field.reportFacts.description", null, locale));
        assertThat(document.getElementById("affectedMen-error")).as("message by the people field").isNotNull();
        assertThat(document.select(".error-summary a[href=#description]")).isNotEmpty();
    }

    @Test
    void verifyingALevelOneAnnexTwoIncidentPutsTheSiteUnderReviewUntilTheInspectorClearsIt() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var monitor = fixtures.signedIn(Role.CSO_MONITOR);
        var operator = fixtures.signedIn(Role.OPERATOR);
        var siteName = AccountFixtures.unique("Pit under armed control");
        var siteId = site(inspector, siteName);
        var id = report(monitor, "ARMED_CONTROL", 1, siteId, AccountFixtures.unique("Armed group runs the pit"),
                false);

        // Only those who follow up move it; the operator's request is refused, the state is unchanged.
        mvc.perform(post("/incidents/" + id + "/status").with(user(operator)).with(csrf())
                .param("target", "UNDER_VERIFICATION").param("version", String.valueOf(version(id))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/incidents/" + id + "/status").with(user(fixtures.signedIn(Role.AUDITOR))).with(csrf())
                .param("target", "UNDER_VERIFICATION").param("version", String.valueOf(version(id))))
                .andExpect(status().isForbidden());
        assertThat(stateOf(id)).isEqualTo("REPORTED");
        // Skipping verification is refused with a message.
        move(monitor, id, "VERIFIED").andExpect(status().is3xxRedirection());
        assertThat(stateOf(id)).isEqualTo("REPORTED");

        mvc.perform(get("/sites/" + siteId).with(user(inspector)))
                .andExpect(content().string(not(containsString("id=\"site-review\""))));
        move(inspector, id, "UNDER_VERIFICATION").andExpect(status().is3xxRedirection());
        move(monitor, id, "VERIFIED").andExpect(status().is3xxRedirection());
        assertThat(stateOf(id)).isEqualTo("VERIFIED");
        assertThat(jdbc.queryForObject("select review_due from incident where id = ?", LocalDate.class, id))
                .isEqualTo(LocalDate.now(clock).plusMonths(6));

        mvc.perform(get("/sites/" + siteId).with(user(inspector)))
                .andExpect(content().string(containsString("id=\"site-review\"")))
                .andExpect(content().string(containsString("/incidents/site-reviews/")));
        mvc.perform(get("/notifications").with(user(inspector)))
                .andExpect(content().string(containsString("/incidents/" + id + "\"")));
        mvc.perform(get("/notifications").with(user(monitor)))
                .andExpect(content().string(containsString("/incidents/" + id + "\"")));

        var reviewId = jdbc.queryForObject("select id from site_review where incident_id = ?", Long.class, id);
        // The monitor may not clear it; an empty note is refused.
        mvc.perform(post("/incidents/site-reviews/" + reviewId + "/clear").with(user(monitor)).with(csrf())
                .param("site", String.valueOf(siteId)).param("note", "fine")).andExpect(status().isForbidden());
        mvc.perform(post("/incidents/site-reviews/" + reviewId + "/clear").with(user(inspector)).with(csrf())
                .param("site", String.valueOf(siteId)).param("note", " ")).andExpect(status().is3xxRedirection());
        assertThat(queries.openReviewsAt(siteId)).hasSize(1);
        mvc.perform(post("/incidents/site-reviews/" + reviewId + "/clear").with(user(inspector)).with(csrf())
                        .param("site", String.valueOf(siteId)).param("note", "Army left the site; checked on visit"))
                .andExpect(status().is3xxRedirection());
        assertThat(queries.openReviewsAt(siteId)).isEmpty();
        mvc.perform(get("/sites/" + siteId).with(user(inspector)))
                .andExpect(content().string(not(containsString("id=\"site-review\""))));
    }

    @Test
    void lessGraveOrNonAnnexTwoIncidentsLeaveTheSiteAlone() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var siteId = site(inspector, AccountFixtures.unique("Flooding pit"));
        var levelTwo = report(inspector, "ARMED_CONTROL", 2, siteId, AccountFixtures.unique("Armed men seen"), false);
        var accident = report(inspector, "FLOODING", 1, siteId, AccountFixtures.unique("Pit flooded"), false);
        for (var id : new long[] {levelTwo, accident}) {
            move(inspector, id, "UNDER_VERIFICATION");
            move(inspector, id, "VERIFIED");
            assertThat(stateOf(id)).isEqualTo("VERIFIED");
        }
        assertThat(queries.openReviewsAt(siteId)).isEmpty();
    }

    @Test
    void lotsFromASiteUnderReviewAreOnHold() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var siteId = site(inspector, AccountFixtures.unique("Held pit"));
        jdbc.update("update mine_site set status = 'GREEN', status_since = current_date where id = ?", siteId);
        var prefix = ("H" + (System.nanoTime() % 100_000_000) + "-").toUpperCase(Locale.ROOT);
        mvc.perform(post("/sites/" + siteId + "/tags").with(user(inspector)).with(csrf())
                .param("prefix", prefix).param("from", "1").param("to", "2")).andExpect(status().is3xxRedirection());
        var lot = mvc.perform(post("/lots").param("site", String.valueOf(siteId)).with(user(inspector)).with(csrf())
                        .param("tagNumber", org.orepass.custody.TagIssuing.number(prefix, 1))
                        .param("mineral", "CASSITERITE").param("mass", "50").param("unit", "KGM")
                        .param("productionDate", LocalDate.now(clock).toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        var lotId = Long.parseLong(lot.substring("/lots/".length()));
        assertThat(queries.lotsOnHold(java.util.List.of(lotId))).isEmpty();
        var id = report(inspector, "FORCED_LABOUR", 1, siteId, AccountFixtures.unique("Forced labour"), true);
        move(inspector, id, "UNDER_VERIFICATION");
        move(inspector, id, "VERIFIED");
        assertThat(queries.lotsOnHold(java.util.List.of(lotId))).containsExactly(lotId);
    }

    @Test
    void eachRoleSeesWhatItNeedsAndThePublicOnlyVerifiedCoarseFacts() throws Exception {
        var reporter = fixtures.signedIn(Role.CSO_MONITOR);
        var secret = AccountFixtures.unique("Witness Mama Neema saw it");
        var id = report(reporter, "SEXUAL_VIOLENCE", 2, null, secret, true);
        var open = AccountFixtures.unique("Mercury poured in the river");
        var openId = report(reporter, "MERCURY", 3, null, open, false);

        var auditor = fixtures.signedIn(Role.AUDITOR);
        mvc.perform(get("/incidents/" + id).with(user(auditor))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(secret))))
                .andExpect(content().string(not(containsString(reporter.username()))));
        mvc.perform(get("/incidents/" + id).with(user(fixtures.signedIn(Role.CSO_MONITOR)))).andExpect(status().isOk())
                .andExpect(content().string(containsString(secret)))
                .andExpect(content().string(containsString(reporter.username())));
        mvc.perform(get("/incidents/" + id).with(user(fixtures.signedIn(Role.EXPORTER))))
                .andExpect(status().isNotFound());

        // Not verified yet: not public.
        mvc.perform(get("/public/incidents").param("division", "UG-W"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Incident " + id))));
        for (var incident : new long[] {id, openId}) {
            move(reporter, incident, "UNDER_VERIFICATION");
            move(reporter, incident, "VERIFIED");
        }
        var page = mvc.perform(get("/public/incidents").param("category", String.valueOf(category("SERIOUS_ABUSES"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("UG-W").contains(messages.getMessage("incident.sensitive.withheld", null,
                Locale.ENGLISH));
        assertThat(page).doesNotContain(secret).doesNotContain("Kisoro town").doesNotContain(reporter.username());
        mvc.perform(get("/public/incidents").param("category", String.valueOf(category("ENVIRONMENT"))))
                .andExpect(content().string(containsString(open)));
    }

    @Test
    void aVerifiedIncidentNotReviewedInSixMonthsIsOverdue() throws Exception {
        var monitor = fixtures.signedIn(Role.CSO_MONITOR);
        var id = report(monitor, "ILLEGAL_TAX", 2, null, AccountFixtures.unique("Tax at the market"), false);
        move(monitor, id, "UNDER_VERIFICATION");
        move(monitor, id, "VERIFIED");
        mvc.perform(get("/incidents").param("overdue", "true").param("size", "200").with(user(monitor)))
                .andExpect(content().string(not(containsString("/incidents/" + id + "\""))));
        clock.advance(Duration.ofDays(190));
        mvc.perform(get("/incidents").param("overdue", "true").param("size", "200").with(user(monitor)))
                .andExpect(content().string(containsString("/incidents/" + id + "\"")));
        // A follow-up action with an owner and due date; the review clock restarts with follow-up.
        mvc.perform(post("/incidents/" + id + "/actions").with(user(monitor)).with(csrf())
                .param("description", "Meet the district commissioner").param("owner", "CSO team")
                .param("dueOn", LocalDate.now(clock).plusDays(14).toString())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select count(*) from incident_action where incident_id = ?", Long.class, id))
                .isEqualTo(1);
        move(monitor, id, "FOLLOW_UP");
        assertThat(jdbc.queryForObject("select review_due from incident where id = ?", LocalDate.class, id))
                .isEqualTo(LocalDate.now(clock).plusMonths(6));
    }

    @Test
    void signedInReportErrorsStayByTheirFields() throws Exception {
        var monitor = fixtures.signedIn(Role.CSO_MONITOR);
        mvc.perform(post("/incidents").with(user(monitor)).with(csrf())
                        .cookie(new Cookie("ORE_PASS_LANG", "fr"))
                        .param("categoryId", String.valueOf(category("BRIBERY"))).param("severity", "1")
                        .param("occurredOn", LocalDate.now(clock).plusDays(3).toString()).param("country", "UG")
                        .param("division", "CD-NK").param("description", "Bribe at the weighing")
                        .param("lotNumbers", "NO-SUCH-LOT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"occurredOn-error\"")))
                .andExpect(content().string(containsString(messages.getMessage("incident.occurredOn.future", null,
                        Locale.FRENCH))))
                .andExpect(content().string(containsString("Bribe at the weighing")));
        mvc.perform(get("/report")).andExpect(status().isOk());
        mvc.perform(get("/incidents/new")).andExpect(status().is3xxRedirection());
    }

    @Test
    void anAdministratorExtendsTheTaxonomyAndOthersCannot() throws Exception {
        var admin = fixtures.signedIn(Role.ADMIN);
        var code = "LANDSLIDE_" + (System.nanoTime() % 100_000);
        var parent = category("HEALTH_SAFETY");
        var entry = post("/admin/incident-categories").with(csrf()).param("code", code.toLowerCase(Locale.ROOT))
                .param("parentId", String.valueOf(parent)).param("nameEn", "Landslide").param("nameFr", "Glissement")
                .param("nameEs", "Deslizamiento").param("nameSw", "Maporomoko");
        mvc.perform(entry.with(user(fixtures.signedIn(Role.CSO_MONITOR)))).andExpect(status().isForbidden());
        mvc.perform(entry.with(user(admin))).andExpect(status().is3xxRedirection());
        var row = jdbc.queryForMap("select * from incident_category where code = ?", code);
        assertThat(row.get("parent_id")).isEqualTo(parent);
        assertThat(row.get("annex_ii")).as("inherits its category's mark").isEqualTo(false);
        // The same code again is refused by the field, with what was typed kept.
        mvc.perform(post("/admin/incident-categories").with(csrf()).with(user(admin)).param("code", code)
                        .param("nameEn", "Again").param("nameFr", "Encore").param("nameEs", "Otra")
                        .param("nameSw", "Tena"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"code-error\"")))
                .andExpect(content().string(containsString("value=\"Again\"")));
        mvc.perform(get("/report").cookie(new Cookie("ORE_PASS_LANG", "sw")))
                .andExpect(content().string(containsString("Maporomoko")));
    }

    @Test
    void filesAreReadFromTheirContentAndOnlyThoseWhoMayReadSensitiveTextGetThem() throws Exception {
        var monitor = fixtures.signedIn(Role.CSO_MONITOR);
        var id = report(monitor, "TAG_MISUSE", 2, null, AccountFixtures.unique("Tags reused on bags"), false);
        var pdf = new org.springframework.mock.web.MockMultipartFile("file", "../../report.pdf", "application/pdf",
                "%PDF-1.4 minimal".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/incidents/" + id + "/attachments").file(pdf).with(user(monitor)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var html = new org.springframework.mock.web.MockMultipartFile("file", "photo.png", "image/png",
                "<html><script>alert(1)</script>".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/incidents/" + id + "/attachments").file(html).with(user(monitor)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("fileError", "attachment.file.type"));
        var fileId = jdbc.queryForObject("select id from incident_attachment where incident_id = ?", Long.class, id);
        assertThat(jdbc.queryForObject("select file_name from incident_attachment where id = ?", String.class,
                fileId)).isEqualTo("report.pdf");
        mvc.perform(get("/incidents/" + id + "/attachments/" + fileId).with(user(monitor)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Disposition", containsString("attachment")));
        mvc.perform(get("/incidents/" + id + "/attachments/" + fileId).with(user(fixtures.signedIn(Role.AUDITOR))))
                .andExpect(status().isNotFound());
    }
}
