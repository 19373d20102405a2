package org.orepass.web.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.MutableClock;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 15: the report rate limit counts accepted reports per browser (a signed cookie), with a ceiling per
 * address that an office or a mobile network behind one address does not reach, and says which limit refused.
 */
@PlatformTest
class ReportRateLimitIntegrationTest {

    private static final AtomicInteger ADDRESS = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @Autowired
    MessageSource messages;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    /** An address no other test uses (10.78.x.y; IncidentIntegrationTest takes 10.77.x.y). */
    private static String freshAddress() {
        var n = ADDRESS.getAndIncrement();
        return "10.78." + (n / 250) + "." + (n % 250 + 1);
    }

    static Cookie reporterCookie(MockHttpServletResponse response) {
        for (var header : response.getHeaders("Set-Cookie")) {
            if (header.startsWith(ReporterCookie.NAME + "=")) {
                return new Cookie(ReporterCookie.NAME, header.substring(ReporterCookie.NAME.length() + 1,
                        header.indexOf(';')));
            }
        }
        throw new AssertionError("no reporter cookie in " + response.getHeaders("Set-Cookie"));
    }

    private MockHttpServletRequestBuilder report(String address, String description) {
        return post("/report").with(csrf()).with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .param("categoryId", String.valueOf(jdbc.queryForObject(
                        "select id from incident_category where code = 'ROADBLOCK'", Long.class)))
                .param("severity", "2").param("occurredOn", LocalDate.now(clock).toString()).param("country", "CD")
                .param("division", "CD-NK").param("locality", "Rubaya").param("description", description)
                .param("website", "");
    }

    private long stored(String description) {
        return jdbc.queryForObject("select count(*) from incident where description = ?", Long.class, description);
    }

    @Test
    void twentyBrowsersBehindOneAddressEachReportWithinTheHour() throws Exception {
        var office = freshAddress();
        for (int browser = 0; browser < 20; browser++) {
            var description = AccountFixtures.unique("Pit wall collapsed, report from browser " + browser);
            var first = mvc.perform(report(office, description)).andExpect(status().isOk()).andReturn().getResponse();
            assertThat(stored(description)).isEqualTo(1);
            // Each browser sends a second report with its own cookie, as a person following up would.
            var again = AccountFixtures.unique("Second report from browser " + browser);
            mvc.perform(report(office, again).cookie(reporterCookie(first))).andExpect(status().isOk());
            assertThat(stored(again)).isEqualTo(1);
        }
    }

    @Test
    void onlyAcceptedReportsCountNotRefusedFormsNorFollowUpLookUps() throws Exception {
        var address = freshAddress();
        var first = mvc.perform(report(address, AccountFixtures.unique("Roadblock at the bridge")))
                .andExpect(status().isOk()).andReturn().getResponse();
        var browser = reporterCookie(first);
        for (int i = 0; i < 15; i++) {
            // A form refused for a missing description, and a follow-up code typed wrong: neither counts.
            mvc.perform(report(address, "").cookie(browser)).andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"description-error\"")));
            mvc.perform(post("/report/follow-up").with(csrf()).with(request -> {
                request.setRemoteAddr(address);
                return request;
            }).param("code", "AAAA-BBBB-CCCC-DDDD")).andExpect(status().isOk());
        }
        for (int i = 1; i < 10; i++) {
            mvc.perform(report(address, AccountFixtures.unique("Roadblock " + i)).cookie(browser))
                    .andExpect(status().isOk());
        }
        mvc.perform(report(address, AccountFixtures.unique("Roadblock 11")).cookie(browser))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString(messages.getMessage("incident.rate-limited.browser",
                        new Object[] {10}, Locale.ENGLISH))));
    }

    @Test
    void aForgedCookieIsANewBrowserAndAScriptWithoutCookiesMeetsTheAddressCeiling() throws Exception {
        var address = freshAddress();
        var forged = new Cookie(ReporterCookie.NAME, "AAAAAAAAAAAAAAAAAAAAAA.0123456789abcdef0123456789abcdef");
        var answer = mvc.perform(report(address, AccountFixtures.unique("Forged cookie")).cookie(forged))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(reporterCookie(answer).getValue()).as("a new, signed identifier").isNotEqualTo(forged.getValue());
        for (int i = 1; i < 60; i++) {
            mvc.perform(report(address, AccountFixtures.unique("Scripted " + i))).andExpect(status().isOk());
        }
        var refused = AccountFixtures.unique("Scripted 61");
        mvc.perform(report(address, refused))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString(messages.getMessage("incident.rate-limited.address",
                        new Object[] {60}, Locale.ENGLISH))));
        assertThat(stored(refused)).isZero();
    }

    @Test
    void noSessionRowOutlivesAnAnonymousReport() throws Exception {
        // Real HTTP: the session store decides. The form's CSRF token makes a session; the report ends it.
        var cookies = new java.net.CookieManager();
        var http = java.net.http.HttpClient.newBuilder().cookieHandler(cookies).build();
        var base = "http://localhost:" + port;
        var form = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/report")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        var csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(csrf.find()).isTrue();
        var session = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("ORE_PASS_SESSION")).findFirst().orElseThrow();
        var id = new String(java.util.Base64.getDecoder().decode(session.getValue()),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(sessions(id)).isEqualTo(1);

        var description = AccountFixtures.unique("Mercury burnt in the village");
        var body = "categoryId=" + jdbc.queryForObject("select id from incident_category where code = 'ROADBLOCK'",
                Long.class) + "&severity=2&occurredOn=" + LocalDate.now(clock) + "&country=CD&division=CD-NK"
                + "&description=" + java.net.URLEncoder.encode(description, java.nio.charset.StandardCharsets.UTF_8)
                + "&website=&_csrf=" + java.net.URLEncoder.encode(csrf.group(1), java.nio.charset.StandardCharsets.UTF_8);
        var answer = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/report"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(stored(description)).isEqualTo(1);
        assertThat(sessions(id)).as("no session row survives the report").isZero();
    }

    private long sessions(String id) {
        return jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Long.class, id);
    }
}
