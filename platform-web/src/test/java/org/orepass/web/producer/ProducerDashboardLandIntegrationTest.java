package org.orepass.web.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.web.custody.TradeBlockFixtures;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.support.Quantities;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Land rehabilitation on the programme dashboard (docs/producers.md, "Programme dashboard"): hectares promised and
 * verified rehabilitated to date by the producers' country and division, in the CSV and on the page, checked against
 * SQL written by hand with the verification rule of the producer profile.
 */
@PlatformTest
class ProducerDashboardLandIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountFixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired MessageSource messages;
    @Autowired Clock clock;
    @Autowired Quantities quantities;

    /**
     * The rule in SQL: per commitment, the newest record (by day measured, then entry) that one verifier agreed to
     * and no verifier's newest verdict refuses, else 0; summed with the areas promised by the producer's place.
     */
    private static final String BY_PLACE = """
            with newest as (
                select distinct on (v.progress_id, v.verifier) v.progress_id, v.verdict
                from producer_rehabilitation_verification v
                order by v.progress_id, v.verifier, v.verified_at desc, v.id desc
            ), verified as (
                select c.id, coalesce((select r.rehabilitated_ha from producer_rehabilitation_progress r
                    where r.rehabilitation_id = c.id
                      and exists (select 1 from newest n where n.progress_id = r.id)
                      and not exists (select 1 from newest n where n.progress_id = r.id and n.verdict <> 'AGREE')
                    order by r.measured_on desc, r.id desc limit 1), 0) as ha
                from producer_rehabilitation c
            )
            select o.country, coalesce(o.division, '') as division, count(distinct p.id) as producers,
                   count(c.id) as commitments, sum(c.area_ha) as promised, sum(v.ha) as verified
            from producer_rehabilitation c join verified v on v.id = c.id
            join producer_profile p on p.id = c.producer_id join organisation o on o.id = p.organisation_id
            group by o.country, coalesce(o.division, '')""";

    /** The dashboard's CSV land rows: "country|division" to producers, commitments, promised, verified. */
    private Map<String, String[]> csvLand(SignedInUser who, String country, String division) throws Exception {
        var request = get("/producers/dashboard.csv").with(user(who));
        if (country != null) {
            request.param("country", country);
        }
        if (division != null) {
            request.param("division", division);
        }
        var csv = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var rows = new HashMap<String, String[]>();
        for (var line : csv.split("\r?\n")) {
            if (line.startsWith("land,")) {
                var cells = line.split(",", -1);
                rows.put(cells[1] + "|" + cells[2], new String[] {cells[3], cells[4], cells[5], cells[6]});
            }
        }
        return rows;
    }

    private void matchesSql(Map<String, String[]> rows, String onlyCountry, String onlyDivision) {
        int matched = 0;
        for (var place : jdbc.queryForList(BY_PLACE)) {
            var key = place.get("country") + "|" + place.get("division");
            if (onlyCountry != null && !onlyCountry.equals(place.get("country"))
                    || onlyDivision != null && !onlyDivision.equals(place.get("division"))) {
                assertThat(rows).as("not asked for: " + key).doesNotContainKey(key);
                continue;
            }
            var row = rows.get(key);
            assertThat(row).as(key).isNotNull();
            assertThat(Long.parseLong(row[0])).as(key + " producers").isEqualTo(((Number) place.get("producers"))
                    .longValue());
            assertThat(Long.parseLong(row[1])).as(key + " commitments")
                    .isEqualTo(((Number) place.get("commitments")).longValue());
            assertThat(new BigDecimal(row[2])).as(key + " promised").isEqualByComparingTo(
                    (BigDecimal) place.get("promised"));
            assertThat(new BigDecimal(row[3])).as(key + " verified").isEqualByComparingTo(
                    (BigDecimal) place.get("verified"));
            matched++;
        }
        assertThat(rows).hasSize(matched);
    }

    private static String spaces(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    @Test
    void hectaresPromisedAndVerifiedByCountryAndDivisionMatchSqlWrittenByHand() throws Exception {
        var f = new TradeBlockFixtures(mvc, fixtures, jdbc);
        var p = new ProducerFixtures(mvc, fixtures, jdbc);
        var today = LocalDate.now(clock);
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var monitor = p.csoMonitor(true);
        var admin = fixtures.signedIn(Role.ADMIN);
        var before = jdbc.queryForList(BY_PLACE).stream().filter(r -> "UG".equals(r.get("country"))
                && "UG-W".equals(r.get("division"))).map(r -> (BigDecimal) r.get("verified")).findFirst()
                .orElse(BigDecimal.ZERO);

        // A cooperative with two commitments: 1.5 of 4 ha verified, a newer 3 ha the inspector still asks about;
        // 2.5 ha promised at its second site with a record nobody verified.
        var first = p.cooperativeOperator();
        long site1 = f.site(inspector, first);
        long site2 = f.site(inspector, first);
        long a = p.profile(first, false);
        long c1 = p.rehabilitation(first, a, site1, "4");
        p.rehabilitationVerdict(inspector, a, c1,
                p.rehabilitationProgress(first, a, c1, "1.5", today.minusDays(60)), "AGREE");
        long newer = p.rehabilitationProgress(first, a, c1, "3", today.minusDays(10));
        p.rehabilitationVerdict(monitor, a, c1, newer, "AGREE");
        p.rehabilitationVerdict(inspector, a, c1, newer, "ASK_EVIDENCE");
        long c2 = p.rehabilitation(first, a, site2, "2.5");
        p.rehabilitationProgress(first, a, c2, "2", today.minusDays(5));
        // A second cooperative: 10 ha promised, 6 then 7 ha verified (a verdict disputed, then agreed).
        var second = p.cooperativeOperator();
        long site3 = f.site(inspector, second);
        long b = p.profile(second, false);
        long c3 = p.rehabilitation(second, b, site3, "10");
        p.rehabilitationVerdict(inspector, b, c3,
                p.rehabilitationProgress(second, b, c3, "6", today.minusDays(90)), "AGREE");
        long seven = p.rehabilitationProgress(second, b, c3, "7", today.minusDays(30));
        p.rehabilitationVerdict(inspector, b, c3, seven, "DISAGREE");
        p.rehabilitationVerdict(inspector, b, c3, seven, "AGREE");
        // Not a test that cannot fail: these producers add 1.5 + 0 + 7 ha verified to Western Uganda.
        var after = jdbc.queryForList(BY_PLACE).stream().filter(r -> "UG".equals(r.get("country"))
                && "UG-W".equals(r.get("division"))).map(r -> (BigDecimal) r.get("verified")).findFirst()
                .orElseThrow();
        assertThat(after.subtract(before)).isEqualByComparingTo("8.5");

        matchesSql(csvLand(monitor, "UG", "UG-W"), "UG", "UG-W");
        matchesSql(csvLand(admin, null, null), null, null);
        // An inspector sees its own country only, whatever it asks for.
        matchesSql(csvLand(inspector, "CD", null), "UG", null);

        // The page: the place by name, the hectares with the reader's decimal sign (French).
        var row = jdbc.queryForList(BY_PLACE).stream().filter(r -> "UG".equals(r.get("country"))
                && "UG-W".equals(r.get("division"))).findFirst().orElseThrow();
        var page = Jsoup.parse(mvc.perform(get("/producers/dashboard").param("country", "UG")
                        .param("division", "UG-W").param("lang", "fr").with(user(monitor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        var tr = page.selectFirst("#dashboard-land-table tr[data-place=UG/UG-W]");
        assertThat(tr).isNotNull();
        assertThat(tr.selectFirst("th").text()).startsWith("Ouganda · Western");
        LocaleContextHolder.setLocale(Locale.FRENCH);
        try {
            var promised = (BigDecimal) row.get("promised");
            var verified = (BigDecimal) row.get("verified");
            int percent = verified.multiply(BigDecimal.valueOf(100)).divide(promised, 0,
                    java.math.RoundingMode.HALF_UP).intValue();
            assertThat(spaces(tr.selectFirst("td.land-promised").text())).isEqualTo(spaces(messages.getMessage(
                    "producer.rehabilitation.hectares", new Object[] {quantities.number(promised)}, Locale.FRENCH)));
            assertThat(spaces(tr.selectFirst("td.land-verified").text())).isEqualTo(spaces(messages.getMessage(
                    "producer.rehabilitation.of", new Object[] {quantities.number(verified),
                        quantities.number(promised), percent}, Locale.FRENCH)));
            assertThat(quantities.number(new BigDecimal("8.5"))).isEqualTo("8,5");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        // A producer's own operator may not read it.
        mvc.perform(get("/producers/dashboard.csv").with(user(first))).andExpect(status().isForbidden());
    }
}
