package org.orepass.web.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.organisation.OrganisationType;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.orepass.web.testing.RecordedStatements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 15: mine-site pages are kept per site version ({@link KeptSitePages}). Kept pages must never show a site as
 * it was: every table the page reads moves the version on (database triggers, V113), whoever writes it (a page, an
 * import, a job, SQL); and each viewer keeps their own choices and language.
 */
@PlatformTest
class SitePageFreshnessIntegrationTest {

    private static final Pattern TABLE = Pattern.compile("\\b(?:from|join)\\s+([a-z_][a-z0-9_]*)");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyTableTheSitePageReadsMovesTheSitesVersion() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var url = inspectedSite(inspector, fixtures.organisation(OrganisationType.COOPERATIVE).getId());
        var statements = RecordedStatements.during(() -> page(inspector, url, "en"));
        var read = new TreeSet<String>();
        statements.forEach(sql -> TABLE.matcher(sql).results().forEach(found -> read.add(found.group(1))));
        // The first view renders the page: everything it shows was read (not vacuous).
        assertThat(read).contains("mine_site", "organisation", "mine_site_licence", "site_status_change", "inspection",
                "corrective_action", "inspection_attachment", "site_change_proposal", "site_review");
        var touched = jdbc.queryForList("""
                select c.relname from pg_trigger t join pg_class c on c.oid = t.tgrelid
                 where t.tgname = 'site_page_touch'""", String.class);
        assertThat(touched).as("tables the site page reads that have no site_page_touch trigger (V113)")
                .containsAll(read);
    }

    @Test
    void aKeptPageIsServedUntilAnythingItShowsChanges() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var owner = fixtures.organisation(OrganisationType.COOPERATIVE);
        var url = inspectedSite(inspector, owner.getId());
        var id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        page(inspector, url, "en");
        var again = RecordedStatements.during(() -> page(inspector, url, "en"));
        assertThat(again).as("the second view is served kept").noneMatch(sql -> sql.contains("mine_site"));

        // Changes as an import, a job or another node would write them: straight in the database.
        var changes = List.of(
                new Change("update mine_site set name = ? where id = ?", "Renamed pit " + id),
                new Change("update organisation set name = ?"
                        + " where id = (select s.owner_id from mine_site s where s.id = ?)", "Renamed cooperative " + id),
                new Change("update mine_site_licence set licence_number = ? where site_id = ?", "AP-NEW-" + id),
                new Change("update site_status_change set note = ? where site_id = ?", "Note added " + id),
                new Change("update corrective_action set description = ?"
                        + " where inspection_id in (select i.id from inspection i where i.site_id = ?)", "Fix " + id));
        for (var change : changes) {
            jdbc.update(change.sql(), change.text(), id);
            assertThat(page(inspector, url, "en")).as(change.sql()).contains(change.text());
        }
        jdbc.update("update mine_site_capacity set kg_per_month = 4321 where site_id = ?", id);
        assertThat(page(inspector, url, "en")).contains("4,321");

        // The colour above all: a critical finding turns the kept page red on the next view.
        assertThat(page(inspector, url, "en")).doesNotContain("status-large status-red");
        mvc.perform(inspection(url, inspector).param("armedGroups", "true")).andExpect(status().is3xxRedirection());
        assertThat(page(inspector, url, "en")).contains("status-large status-red");
    }

    @Test
    void eachViewerKeepsTheirOwnChoicesAndLanguage() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var url = inspectedSite(inspector, null);
        var auditor = fixtures.signedIn(Role.AUDITOR);
        var inspect = "href=\"" + url + "/inspections/new\"";
        assertThat(page(inspector, url, "en")).contains(inspect).contains(">Back to mine sites<");
        assertThat(page(auditor, url, "en")).doesNotContain(inspect).contains(">Back to mine sites<");
        assertThat(page(inspector, url, "en")).contains(inspect);
        var french = page(inspector, url, "fr");
        assertThat(french).contains(">Retour aux sites miniers<").contains(">Enregistrer une inspection<")
                .doesNotContain(">Back to mine sites<");
        assertThat(page(inspector, url, "en")).contains(">Back to mine sites<");
        // The user's own name is in the menu, outside what is kept: never another viewer's.
        assertThat(page(auditor, url, "en")).contains(auditor.fullName()).doesNotContain(inspector.fullName());
    }

    @Test
    void pagesWithAFormOrAPendingOverrideOrErrorsAreNeverKept() {
        assertThat(KeptSitePages.mayKeep("<p>Blue</p>", false, false)).isTrue();
        assertThat(KeptSitePages.mayKeep("<form method=\"post\"><input name=\"_csrf\"></form>", false, false))
                .as("a token is per session").isFalse();
        assertThat(KeptSitePages.mayKeep("<p>Blue</p>", true, false)).as("errors shown again").isFalse();
        assertThat(KeptSitePages.mayKeep("<p>Blue</p>", false, true)).as("a pending override").isFalse();
    }

    private record Change(String sql, String text) {
    }

    private String page(SignedInUser who, String url, String language) throws Exception {
        return mvc.perform(get(url).param("lang", language).with(user(who))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** A site in the fixtures' inspectors' jurisdiction (Uganda) with one inspection and its corrective action. */
    private String inspectedSite(SignedInUser inspector, Long ownerId) throws Exception {
        var register = post("/sites").with(user(inspector)).with(csrf())
                .param("name", AccountFixtures.unique("Kept pit")).param("country", "UG").param("division", "UG-W")
                .param("locality", "Kisoro").param("latitude", "-1.2833").param("longitude", "29.6947")
                .param("minerals", "CASSITERITE").param("activityStatus", "ACTIVE").param("miningType", "ARTISANAL")
                .param("formalisationStage", "LICENSED").param("licenceType", "ARTISANAL_PERMIT")
                .param("licenceNumber", "AP-" + System.nanoTime()).param("workersMen", "40")
                .param("workersWomen", "12").param("capacity[CASSITERITE]", "1500");
        if (ownerId != null) {
            register.param("ownerId", String.valueOf(ownerId));
        }
        var url = mvc.perform(register).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        mvc.perform(inspection(url, inspector).param("actions[0].description", "Fence the open pit")
                .param("actions[0].deadline", LocalDate.now().plusDays(10).toString()))
                .andExpect(status().is3xxRedirection());
        return url;
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder inspection(String url,
            SignedInUser inspector) {
        return post(url + "/inspections").with(user(inspector)).with(csrf())
                .param("inspectedOn", LocalDate.now().toString()).param("purpose", "Routine RCM inspection")
                .param("inspectors", "Ruth Akello").param("agency", "DGSM").param("workersMen", "30");
    }
}
