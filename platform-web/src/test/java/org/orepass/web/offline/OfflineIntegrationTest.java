package org.orepass.web.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.organisation.OrganisationType;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.MutableClock;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 21, the server's side of offline capture: a record sent twice with its key is stored once and answered the
 * same way; a record sent after the session expired is not stored and its key stays free for the send after
 * signing in; a record that meets a change made meanwhile comes back as the form with the conflict and stores
 * nothing; the pack holds the user's jurisdiction only.
 */
@PlatformTest
class OfflineIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    MutableClock clock;

    private long site(SignedInUser inspector, String division) throws Exception {
        var location = mvc.perform(post("/sites").with(user(inspector)).with(csrf())
                        .param("name", AccountFixtures.unique("Offline pit")).param("country", "UG")
                        .param("division", division).param("locality", "Kisoro").param("latitude", "-1.2833")
                        .param("longitude", "29.6947").param("minerals", "CASSITERITE")
                        .param("activityStatus", "ACTIVE").param("miningType", "ARTISANAL")
                        .param("formalisationStage", "LICENSED").param("licenceType", "ARTISANAL_PERMIT")
                        .param("licenceNumber", "AP-" + System.nanoTime()).param("capacity[CASSITERITE]", "1500")
                        .param("ownerId", String.valueOf(fixtures.organisation(OrganisationType.COOPERATIVE).getId())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring("/sites/".length()));
    }

    private long siteVersion(long siteId) {
        return jdbc.queryForObject("select version from mine_site where id = ?", Long.class, siteId);
    }

    private MockHttpServletRequestBuilder inspection(long siteId, String key, long version) {
        return post("/sites/" + siteId + "/inspections").header("Idempotency-Key", key)
                .param("siteVersion", String.valueOf(version))
                .param("inspectedOn", LocalDate.now(clock).toString()).param("purpose", "Recorded without signal")
                .param("inspectors", "Ruth Akello").param("agency", "DGSM").param("workersMen", "30");
    }

    private long inspections(long siteId) {
        return jdbc.queryForObject("select count(*) from inspection where site_id = ?", Long.class, siteId);
    }

    @Test
    void aRecordSentTwiceIsStoredOnceAndAnsweredTheSameWay() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var siteId = site(inspector, "UG-W");
        var key = UUID.randomUUID().toString();
        var version = siteVersion(siteId);
        mvc.perform(inspection(siteId, key, version).with(user(inspector)).with(csrf()))
                .andExpect(redirectedUrl("/sites/" + siteId));
        mvc.perform(inspection(siteId, key, version).with(user(inspector)).with(csrf()))
                .andExpect(redirectedUrl("/sites/" + siteId)).andExpect(header().string("Idempotent-Replayed", "true"));
        assertThat(inspections(siteId)).isEqualTo(1);
        // The hidden field works the same without JavaScript (a double tap on the button).
        var fieldKey = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/sites/" + siteId + "/inspections").with(user(inspector)).with(csrf())
                    .param("idempotencyKey", fieldKey).param("siteVersion", String.valueOf(siteVersion(siteId)))
                    .param("inspectedOn", LocalDate.now(clock).toString()).param("purpose", "Second visit")
                    .param("inspectors", "Ruth Akello").param("agency", "DGSM").param("workersMen", "31"))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(inspections(siteId)).isEqualTo(2);
        // Another person cannot use (or learn about) someone's key.
        mvc.perform(inspection(siteId, key, siteVersion(siteId)).with(user(fixtures.signedIn(Role.INSPECTOR)))
                .with(csrf())).andExpect(status().isConflict());
        assertThat(inspections(siteId)).isEqualTo(2);
        // A key that is no key is refused.
        mvc.perform(inspection(siteId, "short", siteVersion(siteId)).with(user(inspector)).with(csrf()))
                .andExpect(status().isBadRequest());

        // The incident report, the same.
        var category = jdbc.queryForObject("select id from incident_category where code = 'FORCED_LABOUR'",
                Long.class);
        var description = AccountFixtures.unique("Workers kept at the pit");
        var reportKey = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/incidents").with(user(inspector)).with(csrf()).header("Idempotency-Key", reportKey)
                    .param("categoryId", String.valueOf(category)).param("severity", "2")
                    .param("occurredOn", LocalDate.now(clock).minusDays(1).toString())
                    .param("description", description).param("siteId", String.valueOf(siteId)))
                    .andExpect(redirectedUrlPattern("/incidents/*"));
        }
        assertThat(jdbc.queryForObject("select count(*) from incident where description = ?", Long.class,
                description)).isEqualTo(1);
    }

    @Test
    void aRecordSentAfterTheSessionExpiredWaitsForTheSignInAndGoesOnce() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var siteId = site(inspector, "UG-W");
        var key = UUID.randomUUID().toString();
        var version = siteVersion(siteId);
        // No session: sent to sign in, nothing stored, the key untouched.
        mvc.perform(inspection(siteId, key, version).with(csrf())).andExpect(redirectedUrl("/login"));
        // The phone's check of its session says so plainly, with no sign-in page and no session made.
        mvc.perform(get("/offline/session")).andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("Set-Cookie"));
        assertThat(inspections(siteId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from offline_submission where idempotency_key = ?",
                Long.class, key)).isZero();
        // Signed in again, the phone asks for a fresh token and sends the same record with the same key.
        mvc.perform(get("/offline/session").with(user(inspector))).andExpect(status().isOk())
                .andExpect(jsonPath("$.user").value(inspector.username())).andExpect(jsonPath("$.csrf").isNotEmpty());
        mvc.perform(inspection(siteId, key, version).with(user(inspector)).with(csrf()))
                .andExpect(redirectedUrl("/sites/" + siteId));
        assertThat(inspections(siteId)).isEqualTo(1);
    }

    @Test
    void aRecordThatMeetsAChangeMadeMeanwhileComesBackAsAConflictAndStoresNothing() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var siteId = site(inspector, "UG-W");
        var seen = siteVersion(siteId);
        // Meanwhile a colleague records an inspection: the site's status and version change.
        mvc.perform(inspection(siteId, UUID.randomUUID().toString(), seen).with(user(inspector)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(siteVersion(siteId)).isGreaterThan(seen);
        var key = UUID.randomUUID().toString();
        mvc.perform(inspection(siteId, key, seen).with(user(inspector)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Someone else changed")))
                .andExpect(content().string(containsString("Recorded without signal")));
        assertThat(inspections(siteId)).isEqualTo(1);
        // The key is free again: the author, having checked, sends the record against the site as it is now.
        mvc.perform(inspection(siteId, key, siteVersion(siteId)).with(user(inspector)).with(csrf()))
                .andExpect(redirectedUrl("/sites/" + siteId));
        assertThat(inspections(siteId)).isEqualTo(2);
    }

    @Test
    void thePackHoldsTheJurisdictionsSitesForInspectorsAndMonitorsOnly() throws Exception {
        var registrar = fixtures.signedIn(Role.INSPECTOR);
        var west = site(registrar, "UG-W");
        var east = site(registrar, "UG-E");
        var westInspector = fixtures.inspectorOf("UG", java.util.Set.of("UG-W"));
        mvc.perform(get("/offline/pack.json").with(user(westInspector))).andExpect(status().isOk())
                .andExpect(jsonPath("$.sites[*].id", hasItem(Math.toIntExact(west))))
                .andExpect(jsonPath("$.sites[*].id", not(hasItem(Math.toIntExact(east)))))
                .andExpect(jsonPath("$.sites[*].version").isNotEmpty())
                .andExpect(jsonPath("$.categories[*].code", hasItem("FORCED_LABOUR")));
        // The page links the forms of the first 100 of them (the shared test database may hold more in UG-W).
        mvc.perform(get("/offline").with(user(westInspector))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*href=\"/sites/\\d+/inspections/new\".*")));
        mvc.perform(get("/offline/pack.json").with(user(fixtures.signedIn(Role.CSO_MONITOR))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.sites[*].id", hasItem(Math.toIntExact(east))));
        mvc.perform(get("/offline/pack.json").with(user(fixtures.signedIn(Role.OPERATOR))))
                .andExpect(status().isForbidden());
        // The script and the service worker are served to anyone, the worker for the whole site.
        mvc.perform(get("/offline-sw.js")).andExpect(status().isOk());
        mvc.perform(get("/js/offline.js")).andExpect(status().isOk());
    }
}
