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

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.incident.IncidentQueries;
import org.orepass.organisation.OrganisationType;
import org.orepass.web.export.ExportFixtures;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * Reports linked to mine sites (issue 12) through the pages: the public form finds a site by name or place
 * without JavaScript and never shows a position or an identifier; a verified level-1 report linked that way has
 * the consequences of a report at the site (site review, export certificate held, red flag on the site's risk
 * assessment), a level-2 one none; typed or forged site ids are refused by the field; a CSO monitor links an
 * anonymous report at verification and moving the link moves the review; roles that do not verify are refused.
 */
@PlatformTest
class ReportSiteLinkIntegrationTest {

    private static final Pattern CODE = Pattern.compile("id=\"follow-up-code\">([A-Z0-9-]+)<");
    private static final AtomicInteger ADDRESS = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    IncidentQueries queries;

    @Autowired
    Clock clock;

    /** A client address no other test uses, so each test has its own rate-limit budget. */
    private static String freshAddress() {
        var n = ADDRESS.getAndIncrement();
        return "10.88." + (n / 250) + "." + (n % 250 + 1);
    }

    private long category(String code) {
        return jdbc.queryForObject("select id from incident_category where code = ?", Long.class, code);
    }

    private String message(String key, Locale locale, Object... args) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, args, locale));
    }

    private MockHttpServletRequestBuilder publicForm(String address, String category, int severity,
            String description) {
        return post("/report").with(csrf()).with(request -> {
            request.setRemoteAddr(address);
            return request;
        }).param("categoryId", String.valueOf(category(category))).param("severity", String.valueOf(severity))
                .param("occurredOn", LocalDate.now(clock).minusDays(1).toString()).param("country", "UG")
                .param("division", "UG-W").param("locality", "Near the market").param("description", description)
                .param("affectedMen", "4").param("website", "");
    }

    /** Sends the public form with the site picked; returns the new incident's id. */
    private long reportAtSite(String category, int severity, long siteId) throws Exception {
        var description = AccountFixtures.unique("Armed men collect a levy at the pit");
        var page = mvc.perform(publicForm(freshAddress(), category, severity, description)
                        .param("siteId", String.valueOf(siteId)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(CODE.matcher(page).find()).as("the receipt with the follow-up code").isTrue();
        return jdbc.queryForObject("select id from incident where description = ?", Long.class, description);
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from incident where id = ?", Long.class, id);
    }

    private void move(SignedInUser who, long id, String target) throws Exception {
        mvc.perform(post("/incidents/" + id + "/status").with(user(who)).with(csrf()).param("target", target)
                        .param("version", String.valueOf(version(id))).param("reason", "checked"))
                .andExpect(status().is3xxRedirection());
    }

    private void verify(SignedInUser inspector, SignedInUser monitor, long id) throws Exception {
        move(inspector, id, "UNDER_VERIFICATION");
        move(monitor, id, "VERIFIED");
        assertThat(jdbc.queryForObject("select status from incident where id = ?", String.class, id))
                .isEqualTo("VERIFIED");
    }

    private ResultActions link(SignedInUser who, long id, String siteId) throws Exception {
        return mvc.perform(post("/incidents/" + id + "/site").with(user(who)).with(csrf())
                .param("siteId", siteId).param("version", String.valueOf(version(id))));
    }

    private Map<String, Object> site(long siteId) {
        return jdbc.queryForMap("select name, locality, icglr_id, latitude, longitude from mine_site where id = ?",
                siteId);
    }

    /** A site registered through the pages by someone who may register there. */
    private long registerSite(SignedInUser who, String name, String country, String division, String locality,
            String latitude, String longitude) throws Exception {
        var location = mvc.perform(post("/sites").with(user(who)).with(csrf())
                        .param("name", name).param("country", country).param("division", division)
                        .param("locality", locality).param("latitude", latitude).param("longitude", longitude)
                        .param("minerals", "CASSITERITE").param("activityStatus", "ACTIVE")
                        .param("miningType", "ARTISANAL").param("formalisationStage", "LICENSED")
                        .param("licenceType", "ARTISANAL_PERMIT").param("licenceNumber", "AP-" + System.nanoTime())
                        .param("capacity[CASSITERITE]", "1500")
                        .param("ownerId", String.valueOf(fixtures.organisation(OrganisationType.COOPERATIVE).getId())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring("/sites/".length()));
    }

    @Test
    void aPublicReportLinkedToASiteAndVerifiedAtLevelOneReviewsTheSiteHoldsItsExportAndFlagsItsRisk()
            throws Exception {
        var chain = new ExportFixtures(mvc, fixtures, jdbc, clock).submitted(true);
        var monitor = fixtures.signedIn(Role.CSO_MONITOR);
        var site = site(chain.siteId());
        var name = (String) site.get("name");
        var address = freshAddress();
        var description = AccountFixtures.unique("Armed men collect a levy at the pit");

        // "Find site" without JavaScript: the form comes back with what was typed and the match as a radio button,
        // named and placed in words only. Nothing is saved yet.
        mvc.perform(publicForm(address, "ARMED_CONTROL", 1, description).param("siteQuery", name)
                        .param("findSite", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("type=\"radio\" name=\"siteId\" id=\"site-"
                        + chain.siteId() + "\" value=\"" + chain.siteId() + "\"")))
                .andExpect(content().string(containsString(HtmlUtils.htmlEscape(name) + " – Kisoro, UG-W")))
                .andExpect(content().string(containsString(description)))
                .andExpect(content().string(containsString("value=\"4\"")))
                .andExpect(content().string(not(containsString((String) site.get("icglr_id")))))
                .andExpect(content().string(not(containsString("29.6947"))))
                .andExpect(content().string(not(containsString("error-summary"))));
        assertThat(jdbc.queryForObject("select count(*) from incident where description = ?", Long.class,
                description)).isZero();

        // Sent with the site: a report at the site, as the signed-in form makes one.
        var id = reportAtSite("ARMED_CONTROL", 1, chain.siteId());
        var row = jdbc.queryForMap("select * from incident where id = ?", id);
        assertThat(row).containsEntry("site_id", chain.siteId()).containsEntry("country", "UG")
                .containsEntry("division", "UG-W").containsEntry("locality", "Kisoro")
                .containsEntry("source", "ANONYMOUS_PUBLIC");
        assertThat(row.get("reported_by")).isNull();
        assertThat(row.get("reporter_organisation_id")).isNull();
        long assessment = assessSite(chain.exporter(), chain.siteId());
        mvc.perform(get("/risk/assessments/" + assessment).with(user(chain.exporter())))
                .andExpect(content().string(not(containsString("/incidents/" + id + "\""))));
        assertThat(queries.openReviewsAt(chain.siteId())).isEmpty();
        // The site's owner does not learn of an anonymous report at its site before it is verified.
        mvc.perform(get("/incidents/" + id).with(user(chain.exporter()))).andExpect(status().isNotFound());
        mvc.perform(get("/incidents").with(user(chain.exporter())))
                .andExpect(content().string(not(containsString("/incidents/" + id + "\""))));

        verify(chain.inspector(), monitor, id);
        mvc.perform(get("/incidents/" + id).with(user(chain.exporter()))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Armed men collect a levy"))))
                .andExpect(content().string(not(containsString("id=\"site-link\""))));
        mvc.perform(get("/incidents").with(user(chain.exporter())))
                .andExpect(content().string(containsString("/incidents/" + id + "\"")));

        // The site is under review, its inspectors and the country's monitors are told, its export is held,
        // and the site's risk assessment carries the incident as a red flag.
        assertThat(queries.openReviewsAt(chain.siteId())).hasSize(1);
        mvc.perform(get("/sites/" + chain.siteId()).with(user(chain.inspector())))
                .andExpect(content().string(containsString("id=\"site-review\"")));
        mvc.perform(get("/notifications").with(user(chain.inspector())))
                .andExpect(content().string(containsString("/incidents/" + id + "\"")));
        mvc.perform(get("/exports/" + chain.shipmentId() + "/review").with(user(chain.inspector())))
                .andExpect(content().string(containsString(message("certificate.held", Locale.ENGLISH))));
        certify(chain).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select count(*) from export_certificate where shipment_id = ?", Long.class,
                chain.shipmentId())).isZero();
        mvc.perform(get("/risk/assessments/" + assessment).with(user(chain.exporter())))
                .andExpect(content().string(containsString("/incidents/" + id + "\"")));
    }

    @Test
    void aLevelTwoReportLinkedToASiteOpensNoReview() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var monitor = fixtures.signedIn(Role.CSO_MONITOR);
        var siteId = registerSite(inspector, AccountFixtures.unique("Level two pit"), "UG", "UG-W", "Bunagana",
                "-1.2900", "29.6000");
        var id = reportAtSite("ARMED_CONTROL", 2, siteId);
        verify(inspector, monitor, id);
        assertThat(jdbc.queryForObject("select site_id from incident where id = ?", Long.class, id))
                .isEqualTo(siteId);
        assertThat(queries.openReviewsAt(siteId)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from site_review where incident_id = ?", Long.class, id))
                .isZero();
    }

    @Test
    void thePublicFormFindsSitesByNameOrPlaceAndNeverShowsPositionsOrIdentifiers() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var village = AccountFixtures.unique("Nyakabande");
        var siteId = registerSite(inspector, AccountFixtures.unique("Hill tin pit"), "UG", "UG-W", village,
                "-1.3417", "29.7321");
        var site = site(siteId);
        var icglrId = (String) site.get("icglr_id");
        var radio = "id=\"site-" + siteId + "\"";

        for (var language : new String[] {"en", "fr", "sw"}) {
            var page = mvc.perform(publicForm(freshAddress(), "ROADBLOCK", 2, "A roadblock on the track")
                            .header("Accept-Language", language).param("siteQuery", village.toLowerCase(Locale.ROOT))
                            .param("findSite", "true"))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).as(language).contains(radio).contains(village)
                    .doesNotContain(icglrId).doesNotContain("29.7321").doesNotContain("1.3417")
                    .doesNotContain("29.732").doesNotContain("<script");
            assertThat(page).contains(message("incident.site.find", Locale.forLanguageTag(language)));
        }
        // Identifiers and positions are not searched: typing a position finds nothing.
        mvc.perform(publicForm(freshAddress(), "ROADBLOCK", 2, "A roadblock").param("siteQuery", "29.7321")
                        .param("findSite", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(radio))))
                .andExpect(content().string(containsString(message("incident.site.none-found", Locale.ENGLISH))));
        mvc.perform(publicForm(freshAddress(), "ROADBLOCK", 2, "A roadblock")
                        .param("siteQuery", icglrId.substring(0, 8)).param("findSite", "true"))
                .andExpect(content().string(not(containsString(radio))));
        // A country other than the site's finds nothing there.
        mvc.perform(publicForm(freshAddress(), "ROADBLOCK", 2, "A roadblock").param("country", "CD")
                        .param("siteQuery", village).param("findSite", "true"))
                .andExpect(content().string(not(containsString(radio))));
        // One letter is too short to search; the message is by the field, what was typed stays.
        mvc.perform(publicForm(freshAddress(), "ROADBLOCK", 2, "Typed before searching").param("siteQuery", "N")
                        .param("findSite", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"siteQuery-error\"")))
                .andExpect(content().string(containsString("Typed before searching")));
        // The empty form has no position either.
        mvc.perform(get("/report")).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"siteQuery\"")))
                .andExpect(content().string(not(containsString("latitude"))));
    }

    @Test
    void typedOrForgedSiteIdsAreRefusedByTheFieldAndNothingIsSaved() throws Exception {
        var admin = fixtures.signedIn(Role.ADMIN);
        var congolese = registerSite(admin, AccountFixtures.unique("Kivu pit"), "CD", "CD-NK", "Rubaya",
                "-1.5600", "28.8900");
        var unknown = message("incident.site.unknown", Locale.ENGLISH);
        var cases = Map.of("999999999", unknown, "abc", message("typeMismatch", Locale.ENGLISH),
                String.valueOf(congolese), message("incident.site.other-country", Locale.ENGLISH),
                "1 or 1=1", message("typeMismatch", Locale.ENGLISH));
        for (var forged : cases.entrySet()) {
            var description = AccountFixtures.unique("Forged site");
            mvc.perform(publicForm(freshAddress(), "ROADBLOCK", 2, description).param("siteId", forged.getKey()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"siteId-error\"")))
                    .andExpect(content().string(containsString(forged.getValue())))
                    .andExpect(content().string(containsString(description)))
                    .andExpect(content().string(not(containsString("follow-up-code"))));
            assertThat(jdbc.queryForObject("select count(*) from incident where description = ?", Long.class,
                    description)).as(forged.getKey()).isZero();
        }
        // The signed-in form refuses the same way.
        var monitor = fixtures.signedIn(Role.CSO_MONITOR);
        mvc.perform(post("/incidents").with(user(monitor)).with(csrf())
                        .param("categoryId", String.valueOf(category("ROADBLOCK"))).param("severity", "2")
                        .param("occurredOn", LocalDate.now(clock).toString()).param("country", "UG")
                        .param("description", "At a site that does not exist").param("siteId", "999999999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"siteId-error\"")))
                .andExpect(content().string(containsString(unknown)));
    }

    @Test
    void aCsoMonitorLinksAnAnonymousReportAtVerificationAndMovingTheLinkMovesTheReview() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var monitor = fixtures.signedIn(Role.CSO_MONITOR);
        var first = registerSite(inspector, AccountFixtures.unique("First pit"), "UG", "UG-W", "Kisoro",
                "-1.2833", "29.6947");
        var second = registerSite(inspector, AccountFixtures.unique("Second pit"), "UG", "UG-W", "Kabale",
                "-1.2500", "29.9900");
        var description = AccountFixtures.unique("Children carry ore down the shaft");
        var page = mvc.perform(publicForm(freshAddress(), "WORST_CHILD_LABOUR", 1, description))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(CODE.matcher(page).find()).isTrue();
        long id = jdbc.queryForObject("select id from incident where description = ?", Long.class, description);

        // Roles that do not verify are refused; the operator may not even see the report.
        link(fixtures.signedIn(Role.AUDITOR), id, String.valueOf(first)).andExpect(status().isForbidden());
        link(fixtures.signedIn(Role.ADMIN), id, String.valueOf(first)).andExpect(status().isForbidden());
        link(fixtures.signedIn(Role.OPERATOR), id, String.valueOf(first)).andExpect(status().isNotFound());
        mvc.perform(get("/incidents/" + id).with(user(fixtures.signedIn(Role.AUDITOR))))
                .andExpect(content().string(not(containsString("id=\"site-link\""))));
        assertThat(jdbc.queryForObject("select site_id from incident where id = ?", Long.class, id)).isNull();

        // The monitor finds the site on the incident page (a GET form) and links it.
        mvc.perform(get("/incidents/" + id).param("siteQuery", (String) site(first).get("name"))
                        .with(user(monitor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"site-link\"")))
                .andExpect(content().string(containsString("id=\"site-" + first + "\"")));
        link(monitor, id, "not-a-site").andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"siteId-error\"")))
                .andExpect(content().string(containsString(message("incident.site.unknown", Locale.ENGLISH))));
        link(monitor, id, String.valueOf(first)).andExpect(status().is3xxRedirection());
        move(inspector, id, "UNDER_VERIFICATION");
        var row = jdbc.queryForMap("select * from incident where id = ?", id);
        assertThat(row).containsEntry("site_id", first).containsEntry("locality", "Kisoro");
        assertThat(row.get("reported_by")).isNull();
        assertThat(row.get("reporter_organisation_id")).isNull();
        // Audited under the monitor, the change of site recorded; the creation still names nobody.
        var audit = jdbc.queryForList("select actor, action, changes::text as changes from audit_entry "
                + "where entity_type = 'Incident' and entity_id = ? order by id", String.valueOf(id));
        assertThat(audit.get(0)).containsEntry("actor", "anonymous").containsEntry("action", "CREATE");
        assertThat(audit).anySatisfy(entry -> {
            assertThat(entry).containsEntry("actor", monitor.actor().username()).containsEntry("action", "UPDATE");
            assertThat((String) entry.get("changes")).contains("siteId").contains(String.valueOf(first));
        });
        assertThat(audit.toString()).doesNotContain(description);

        move(monitor, id, "VERIFIED");
        assertThat(queries.openReviewsAt(first)).extracting(r -> r.getIncidentId()).containsExactly(id);

        // An inspector may not move the link to a site outside their jurisdiction.
        var congolese = registerSite(fixtures.signedIn(Role.ADMIN), AccountFixtures.unique("Kivu pit"), "CD",
                "CD-NK", "Rubaya", "-1.5600", "28.8900");
        link(inspector, id, String.valueOf(congolese)).andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        message("incident.site.outside-jurisdiction", Locale.ENGLISH))));
        assertThat(jdbc.queryForObject("select site_id from incident where id = ?", Long.class, id))
                .isEqualTo(first);

        // Moving the link moves the review: it ends at the first site and opens at the second.
        link(monitor, id, String.valueOf(second)).andExpect(status().is3xxRedirection());
        assertThat(queries.openReviewsAt(first)).isEmpty();
        assertThat(queries.openReviewsAt(second)).extracting(r -> r.getIncidentId()).containsExactly(id);
        assertThat(jdbc.queryForObject("select relinked from site_review where incident_id = ? and site_id = ?",
                Boolean.class, id, first)).isTrue();
        mvc.perform(get("/sites/" + second).with(user(inspector)))
                .andExpect(content().string(containsString("id=\"site-review\"")));
        mvc.perform(get("/sites/" + first).with(user(inspector)))
                .andExpect(content().string(not(containsString("id=\"site-review\""))));
        assertThat(jdbc.queryForObject("select count(*) from incident_notification where incident_id = ? "
                + "and site_id = ?", Long.class, id, second)).isOne();
        // A stale page changes nothing.
        mvc.perform(post("/incidents/" + id + "/site").with(user(monitor)).with(csrf())
                        .param("siteId", String.valueOf(first)).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select site_id from incident where id = ?", Long.class, id))
                .isEqualTo(second);
    }

    private long assessSite(SignedInUser exporter, long siteId) throws Exception {
        var url = mvc.perform(post("/risk/assessments").with(user(exporter)).with(csrf())
                        .param("subjectKind", "SITE").param("siteId", String.valueOf(siteId)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(url.substring("/risk/assessments/".length()));
        mvc.perform(post("/risk/assessments/" + id).with(user(exporter)).with(csrf())
                .param("version", String.valueOf(jdbc.queryForObject(
                        "select version from risk_assessment where id = ?", Long.class, id))))
                .andExpect(status().is3xxRedirection());
        return id;
    }

    private ResultActions certify(ExportFixtures.Submitted submitted) throws Exception {
        return mvc.perform(post("/exports/" + submitted.shipmentId() + "/certificate")
                .with(user(submitted.inspector())).with(csrf())
                .param("version", String.valueOf(jdbc.queryForObject(
                        "select version from export_shipment where id = ?", Long.class, submitted.shipmentId())))
                .param("issuingAuthority", "Directorate of Geological Survey and Mines")
                .param("verifierName", "Grace Atim").param("verifierPosition", "Senior mines inspector")
                .param("verifiedOn", LocalDate.now(clock).toString()).param("validatorName", "Joseph Okello")
                .param("expiresOn", LocalDate.now(clock).plusDays(60).toString()));
    }
}
