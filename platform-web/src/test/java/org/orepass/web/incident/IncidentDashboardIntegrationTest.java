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

    @Autowired
    org.orepass.incident.internal.DivisionCentres divisionCentres;

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

    private void site(String division, double latitude, double longitude) {
        jdbc.update("""
                insert into mine_site (icglr_id, name, country, division, latitude, longitude, activity_status,
                    mining_type, formalisation_stage, status, status_since, registered_at)
                values (?, 'Map test pit', 'MW', ?, ?, ?, 'ACTIVE', 'ARTISANAL', 'LICENSED', 'GREEN', current_date,
                    now())""", "MW-MAP-" + java.util.UUID.randomUUID().toString().substring(0, 30), division,
                latitude, longitude);
    }

    private static String letters() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        return "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
    }

    @Test
    void theMapDrawsEachDivisionAtItsSitesCentreSizedByItsCount() throws Exception {
        var monitor = fixtures.signedIn(Role.CSO_MONITOR);
        // Six-character codes: no other test (two letters after MW-) reports in them.
        var north = "MW-Q" + letters();
        var south = "MW-R" + letters();
        var nowhere = "MW-S" + letters();
        // North: three sites, centre (-13.2, 34.2). South: one site. Nowhere: none.
        site(north, -13.0, 34.0);
        site(north, -13.2, 34.2);
        site(north, -13.4, 34.4);
        site(south, -15.0, 35.0);
        var n1 = report(monitor, north, "MERCURY", 2, "2019-05-01", null);
        var n2 = report(monitor, north, "MERCURY", 2, "2019-05-02", null);
        report(monitor, north, "INJURY", 3, "2019-05-03", null);
        var s1 = report(monitor, south, "INJURY", 3, "2019-06-01", null);
        report(monitor, south, "INJURY", 3, "2019-06-02", null);
        var w1 = report(monitor, nowhere, "INJURY", 3, "2019-07-01", null);
        for (var id : java.util.List.of(n1, n2, s1, w1)) {
            move(monitor, id, "UNDER_VERIFICATION");
            move(monitor, id, "VERIFIED");
        }
        var centres = divisionCentres.of(java.util.List.of(north, south, nowhere));
        assertThat(centres).containsOnlyKeys(north, south);
        assertThat(centres.get(north).latitude()).isCloseTo(-13.2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(centres.get(north).longitude()).isCloseTo(34.2, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(centres.get(north).sites()).isEqualTo(3);

        var page = page(get("/incidents/dashboard").with(user(monitor)).param("country", "MW")
                .param("from", "2019-01-01").param("to", "2019-12-31"));
        var map = page.getElementById("incident-map");
        var rows = new LinkedHashMap<String, String>();
        for (var row : map.select("#map-table tbody tr")) {
            rows.put(row.selectFirst("th").text(), row.select("td").get(0).text() + " " + row.select("td").get(1)
                    .text());
        }
        assertThat(rows).containsExactly(Map.entry(north, "3 Yes"), Map.entry(south, "2 Yes"),
                Map.entry(nowhere, "1 No – no position known"));
        var marks = map.select("svg a");
        assertThat(marks).hasSize(2);
        // Largest drawn first; area in proportion to the count: radius 60 for 3, 10 + 50 * sqrt(2/3) = 51 for 2.
        var big = marks.get(0).selectFirst("circle");
        var small = marks.get(1).selectFirst("circle");
        assertThat(big.selectFirst("title").text()).isEqualTo(north + ": 3 incidents");
        assertThat(big.attr("r")).isEqualTo("60");
        assertThat(small.selectFirst("title").text()).isEqualTo(south + ": 2 incidents");
        assertThat(small.attr("r")).isEqualTo("51");
        // South lies south-east of North: further right and further down.
        assertThat(Long.parseLong(small.attr("cx"))).isGreaterThan(Long.parseLong(big.attr("cx")));
        assertThat(Long.parseLong(small.attr("cy"))).isGreaterThan(Long.parseLong(big.attr("cy")));
        assertThat(map.select("svg path")).isNotEmpty();
        // Each circle links to the incidents behind it, with the dashboard's filters.
        var href = marks.get(0).attr("href");
        assertThat(href).startsWith("/incidents?").contains("division=" + north).contains("from=2019-01-01");
        assertThat(page(get(href).with(user(monitor))).select("tbody tr")).hasSize(3);

        // The public map: verified incidents only, and South (one site) is not drawn.
        var publicMap = page(get("/public/dashboard").param("country", "MW").param("from", "2019-01-01")
                .param("to", "2019-12-31")).getElementById("incident-map");
        var publicRows = new LinkedHashMap<String, String>();
        for (var row : publicMap.select("#map-table tbody tr")) {
            publicRows.put(row.selectFirst("th").text(), row.select("td").get(0).text() + " "
                    + row.select("td").get(1).text());
        }
        assertThat(publicRows).containsOnly(Map.entry(north, "2 Yes"), Map.entry(south, "1 No – no position known"),
                Map.entry(nowhere, "1 No – no position known"));
        assertThat(publicMap.select("svg a")).hasSize(1);
        assertThat(publicMap.selectFirst("svg a").attr("href")).startsWith("/public/incidents?")
                .contains("division=" + north);
        assertThat(publicMap.selectFirst("svg a title").text()).isEqualTo(north + ": 2 incidents");

        // French page: translated caption, no literal text.
        var french = page(get("/public/dashboard").param("country", "MW").param("from", "2019-01-01")
                .param("to", "2019-12-31").param("lang", "fr")).getElementById("incident-map");
        assertThat(french.selectFirst("h2").text()).isEqualTo("Carte des incidents par division");
    }

    /** The map's outlines are the heaviest part: DR Congo's and its neighbours' stay within the 100 KB budget. */
    @Test
    void theDashboardWithTheMapStaysUnderOneHundredKilobytes() throws Exception {
        var monitor = fixtures.signedIn(Role.CSO_MONITOR);
        // A Congolese incident in a division with sites, so the map of DR Congo is drawn with a circle.
        mvc.perform(post("/incidents").with(user(monitor)).with(csrf())
                .param("categoryId", String.valueOf(category("INJURY"))).param("severity", "3")
                .param("occurredOn", "2020-02-02").param("country", "CD").param("division", "CD-NK")
                .param("description", "Budget case")).andExpect(status().is3xxRedirection());
        for (int i = 0; i < 3; i++) {
            jdbc.update("""
                    insert into mine_site (icglr_id, name, country, division, latitude, longitude, activity_status,
                        mining_type, formalisation_stage, status, status_since, registered_at)
                    values (?, 'Budget pit', 'CD', 'CD-NK', -1.6, 29.2, 'ACTIVE', 'ARTISANAL', 'LICENSED', 'GREEN',
                        current_date, now())""", "CD-BUDGET-" + java.util.UUID.randomUUID().toString().substring(0, 25));
        }
        for (var language : new String[] {"en", "fr", "es", "sw"}) {
            for (var country : new String[] {"CD", ""}) {
                var bytes = mvc.perform(get("/incidents/dashboard").with(user(monitor)).param("country", country)
                                .param("lang", language))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray().length;
                assertThat(bytes).as(language + " " + country).isLessThan(100_000);
                if (!country.isEmpty()) {
                    var page = Jsoup.parse(mvc.perform(get("/incidents/dashboard").with(user(monitor))
                            .param("country", country)).andReturn().getResponse().getContentAsString());
                    assertThat(page.select("#incident-map svg path")).as("outlines drawn").isNotEmpty();
                    assertThat(page.select("#incident-map svg a")).as("a circle drawn").isNotEmpty();
                }
            }
        }
    }
}
