package org.orepass.web.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.testing.MutableClock;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Dashboard figures against counts worked out by hand. The incidents sit in Malawi in 2021 with a division no
 * other test uses, so the filters select exactly them.
 */
@PlatformTest
class IncidentDashboardIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    org.orepass.web.testing.AccountFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long category(String code) {
        return jdbc.queryForObject("select id from incident_category where code = ?", Long.class, code);
    }

    private long report(SignedInUser who, String division, String code, int severity, String occurredOn,
            String mineral) throws Exception {
        var request = post("/incidents").with(user(who)).with(csrf())
                .param("categoryId", String.valueOf(category(code))).param("severity", String.valueOf(severity))
                .param("occurredOn", occurredOn).param("country", "MW").param("division", division)
                .param("description", "Dashboard case " + code);
        if (mineral != null) {
            request.param("mineral", mineral);
        }
        var location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring("/incidents/".length()));
    }

    private void move(SignedInUser who, long id, String target) throws Exception {
        var version = jdbc.queryForObject("select version from incident where id = ?", Long.class, id);
        mvc.perform(post("/incidents/" + id + "/status").with(user(who)).with(csrf()).param("target", target)
                .param("version", String.valueOf(version))).andExpect(status().is3xxRedirection());
    }

    private static Map<String, String> table(Document page, String titleText) {
        var result = new LinkedHashMap<String, String>();
        var section = page.select("section").stream()
                .filter(s -> s.selectFirst("h2") != null && s.selectFirst("h2").text().equals(titleText))
                .findFirst().orElseThrow(() -> new AssertionError("no chart " + titleText));
        for (var row : section.select("tbody tr")) {
            result.put(row.selectFirst("th").text(), row.selectFirst("td").text());
        }
        return result;
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    @Test
    void theDashboardCountsWhatTheFiltersSelect() throws Exception {
        var monitor = fixtures.signedIn(Role.CSO_MONITOR);
        var division = "MW-" + (char) ('A' + (System.nanoTime() % 26)) + (char) ('A' + (System.nanoTime() / 7 % 26));
        var other = division.substring(0, 4) + "9";
        var a = report(monitor, division, "ARMED_CONTROL", 1, "2021-03-10", "GOLD");
        var b = report(monitor, division, "ARMED_EXTORTION", 2, "2021-03-20", "GOLD");
        report(monitor, division, "MERCURY", 2, "2021-04-05", null);
        report(monitor, other, "INJURY", 3, "2021-04-06", null);
        // A: verified after 10 days, resolved after 14; B: verified after 14. Medians: 12 days and 14 days.
        clock.advance(Duration.ofDays(10));
        move(monitor, a, "UNDER_VERIFICATION");
        move(monitor, a, "VERIFIED");
        clock.advance(Duration.ofDays(4));
        move(monitor, b, "UNDER_VERIFICATION");
        move(monitor, b, "VERIFIED");
        move(monitor, a, "FOLLOW_UP");
        move(monitor, a, "RESOLVED");

        var filters = new String[] {"country", "MW", "from", "2021-01-01", "to", "2021-12-31"};
        var request = get("/incidents/dashboard").with(user(monitor)).param("country", "MW")
                .param("from", "2021-01-01").param("to", "2021-12-31");
        // Other runs of this test in the same database would add Malawian rows: narrow to our two divisions.
        var ours = jdbc.queryForObject("select count(*) from incident where country = 'MW' and occurred_on "
                + "between '2021-01-01' and '2021-12-31'", Long.class);
        assertThat(ours).as("only this test reports in Malawi in 2021").isEqualTo(4);
        var page = page(request);
        assertThat(page.getElementById("total").text()).isEqualTo("4");
        assertThat(page.getElementById("open").text()).isEqualTo("3");
        assertThat(page.getElementById("median-verification").text()).contains("12");
        assertThat(page.getElementById("median-resolution").text()).contains("14");
        assertThat(table(page, "By category")).containsOnly(
                Map.entry("Support to non-state armed groups", "2"), Map.entry("Environment and mercury", "1"),
                Map.entry("Health and safety accidents", "1"));
        assertThat(table(page, "By severity")).containsExactly(
                Map.entry("Level 1 – Annex II risk, needs senior attention", "1"),
                Map.entry("Level 2 – intermediate or repeated problem", "2"),
                Map.entry("Level 3 – error or lack of capacity", "1"));
        assertThat(table(page, "By status")).containsOnly(Map.entry("Reported", "2"), Map.entry("Verified", "1"),
                Map.entry("Resolved", "1"));
        assertThat(table(page, "By division")).containsExactly(Map.entry(division, "3"), Map.entry(other, "1"));
        assertThat(table(page, "By month (date of the incident)")).containsExactly(Map.entry("2021-03", "2"),
                Map.entry("2021-04", "2"));
        // Every figure links to the incidents behind it.
        var categoryLink = page.select("a[href*=category=" + category("ARMED_GROUPS") + "]").first();
        assertThat(categoryLink).isNotNull();
        assertThat(categoryLink.attr("href")).contains("country=MW").contains("from=2021-01-01");
        var listed = page(get(categoryLink.attr("href")).with(user(monitor)));
        assertThat(listed.select("tbody tr")).hasSize(2);

        // Filters: category, mineral, division.
        assertThat(page(get("/incidents/dashboard").with(user(monitor)).param("country", "MW")
                .param("category", String.valueOf(category("ARMED_GROUPS")))).getElementById("total").text())
                .isEqualTo("2");
        assertThat(page(get("/incidents/dashboard").with(user(monitor)).param("country", "MW")
                .param("mineral", "GOLD")).getElementById("total").text()).isEqualTo("2");
        assertThat(page(get("/incidents/dashboard").with(user(monitor)).param("division", other))
                .getElementById("total").text()).isEqualTo("1");

        // The public dashboard counts verified incidents only: A (resolved) and B.
        var publicPage = page(get("/public/dashboard").param("country", "MW").param("from", "2021-01-01"));
        assertThat(publicPage.getElementById("total").text()).isEqualTo("2");
        assertThat(publicPage.getElementById("overdue")).isNull();

        var csv = mvc.perform(get("/incidents/dashboard.csv").with(user(monitor)).param(filters[0], filters[1])
                        .param(filters[2], filters[3]).param(filters[4], filters[5]))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.lines()).hasSize(5);
        assertThat(csv).contains(division).contains("Support to non-state armed groups");

        // Operators do not see the dashboard.
        mvc.perform(get("/incidents/dashboard").with(user(fixtures.signedIn(Role.OPERATOR))))
                .andExpect(status().isForbidden());
    }
}
