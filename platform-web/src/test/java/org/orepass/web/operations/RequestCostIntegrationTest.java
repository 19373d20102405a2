package org.orepass.web.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.orepass.accesstoken.TokenIssuing;
import org.orepass.account.Role;
import org.orepass.web.support.CountryOption;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.orepass.web.testing.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 15: what a request may cost and create. Real HTTP where the session store or Tomcat decide (cookies,
 * forwarded headers), MockMvc elsewhere.
 */
@PlatformTest
class RequestCostIntegrationTest {

    private static final String SESSION = "ORE_PASS_SESSION";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    TokenIssuing tokens;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anyLanguageAskedForBecomesOneOfTheFourAndNoCacheGrowsWithIt() throws Exception {
        mvc.perform(get("/login").param("lang", "de-CH")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<html lang=\"en\"")));
        mvc.perform(get("/login").param("lang", "fr-CA")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<html lang=\"fr\"")));
        mvc.perform(get("/login").header("Accept-Language", "x-klingon;q=1, zz")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<html lang=\"en\"")));
        mvc.perform(get("/login").cookie(new jakarta.servlet.http.Cookie("ORE_PASS_LANG", "qq-QQ-x-" + "a".repeat(8))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<html lang=\"en\"")));
        // The country list per language: one list for every variant of a language, none for made-up languages.
        assertThat(CountryOption.all(Locale.forLanguageTag("fr-CA"))).isSameAs(CountryOption.all(Locale.FRENCH));
        assertThat(CountryOption.all(Locale.forLanguageTag("tlh-x-made-up")))
                .isSameAs(CountryOption.all(Locale.ENGLISH));
    }

    @Test
    void anonymousPagesAndApiCallsCreateNoSession() throws Exception {
        var client = new WebClient(port);
        for (var path : new String[] {"/public/dashboard", "/public/incidents", "/sites", "/css/orepass.css",
            "/actuator/health", "/api/v1/me"}) {
            var response = client.get(path);
            assertThat(response.statusCode()).as(path).isLessThan(500);
            assertThat(sessionCookie(response)).as("no session for an anonymous " + path).isNull();
        }
    }

    @Test
    void aSessionThatNeverSignedInIsShortLivedAndSigningInGivesTheFullTimeout() throws Exception {
        var client = new WebClient(port);
        var login = client.get("/login");
        var anonymous = sessionId(sessionCookie(login));
        assertThat(maxInactive(anonymous)).isEqualTo(600);

        var account = fixtures.user(Role.AUDITOR);
        var signIn = client.signIn(account.getUsername(), AccountFixtures.PASSWORD);
        assertThat(signIn.statusCode()).isEqualTo(302);
        var signedIn = sessionId(sessionCookie(signIn));
        assertThat(maxInactive(signedIn)).isEqualTo(8 * 3600);
    }

    @Test
    void aSignedInPageDoesNotWriteTheSessionOnEveryRequest() throws Exception {
        var client = new WebClient(port);
        var account = fixtures.user(Role.AUDITOR);
        var id = sessionId(sessionCookie(client.signIn(account.getUsername(), AccountFixtures.PASSWORD)));
        assertThat(client.get("/").statusCode()).isEqualTo(200);
        var first = lastAccess(id);
        Thread.sleep(20);
        for (int i = 0; i < 3; i++) {
            assertThat(client.get("/").statusCode()).isEqualTo(200);
        }
        assertThat(lastAccess(id)).as("written at most once a minute").isEqualTo(first);
    }

    @Test
    void staticFilesDoNoSessionWork() throws Exception {
        // A session cookie the store does not know: a request that looks the session up answers by expiring the
        // cookie; one that never looks does not.
        var unknown = "Cookie";
        var value = SESSION + "=" + Base64.getEncoder().encodeToString("no-such-session".getBytes(StandardCharsets.UTF_8));
        var page = new WebClient(port).get("/login", unknown, value);
        assertThat(page.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith(SESSION + "="));
        var css = new WebClient(port).get("/css/orepass.css", unknown, value);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith(SESSION + "="));
    }

    @Test
    void aVerifiedTokenIsRememberedForSecondsYetARevocationHoldsAtOnce() throws Exception {
        var account = fixtures.user(Role.AUDITOR);
        var kept = tokens.issue(account.getUsername(), "kept");
        var revoked = tokens.issue(account.getUsername(), "revoked");
        for (var token : new String[] {kept.value(), revoked.value()}) {
            mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        }
        // Changed behind the platform's back (as another node's revocation looks from here): still remembered.
        jdbc.update("update access_token set revoked_at = now() where id = ?", kept.id());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + kept.value())).andExpect(status().isOk());
        // Revoked through the platform: refused from the next call on.
        tokens.revoke(account.getUsername(), revoked.id());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + revoked.value()))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + kept.value()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void metricsAndHealthDetailsNeedAnAdministratorsToken() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
        var auditor = tokens.issue(fixtures.user(Role.AUDITOR).getUsername(), "scraper").value();
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + auditor))
                .andExpect(status().isForbidden());
        var admin = tokens.issue(fixtures.user(Role.ADMIN).getUsername(), "scraper").value();
        mvc.perform(get("/actuator/health").header("Authorization", "Bearer " + admin))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
        mvc.perform(get("/report"));
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("jvm_memory_used_bytes")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("uri=\"/report"))));
    }

    @Test
    void forwardedHeadersAreNotBelievedFromAnUnlistedClient() throws Exception {
        var response = new WebClient(port).get("/sites", "X-Forwarded-Host", "evil.example", "X-Forwarded-Proto",
                "https", "X-Forwarded-For", "203.0.113.7");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("evil.example")
                .startsWith("http://localhost:" + port);
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(SESSION + "="))
                .filter(c -> !c.startsWith(SESSION + "=;")).findFirst().orElse(null);
    }

    private static String sessionId(String cookie) {
        assertThat(cookie).isNotNull();
        var value = cookie.substring(SESSION.length() + 1, cookie.indexOf(';'));
        return new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
    }

    private int maxInactive(String sessionId) {
        return jdbc.queryForObject("select max_inactive_interval from spring_session where session_id = ?",
                Integer.class, sessionId);
    }

    private long lastAccess(String sessionId) {
        return jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class,
                sessionId);
    }
}
