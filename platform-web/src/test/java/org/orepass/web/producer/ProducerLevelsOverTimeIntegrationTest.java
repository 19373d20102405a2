package org.orepass.web.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The programme dashboard's levels over time (docs/producers.md): producers by verified level per criterion at the
 * end of each half-year, in the CSV and as SVG charts on the page, checked against SQL written by hand.
 */
@PlatformTest
class ProducerLevelsOverTimeIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired AccountFixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    /** The verification rule in SQL, counting only answers assessed by the day given. */
    private static final String BY_LEVEL = """
            with newest_verdict as (
                select distinct on (v.answer_id, v.verifier) v.answer_id, v.verdict
                from producer_verification v order by v.answer_id, v.verifier, v.verified_at desc, v.id desc
            ), counting as (
                select pa.producer_id, a.criterion_id, a.level, pa.assessed_on, a.id
                from producer_answer a join producer_assessment pa on pa.id = a.assessment_id
                join criterion c on c.id = a.criterion_id
                where pa.assessed_on <= ?
                  and exists (select 1 from newest_verdict n where n.answer_id = a.id and n.verdict = 'AGREE')
                  and (not exists (select 1 from newest_verdict n where n.answer_id = a.id and n.verdict <> 'AGREE')
                       or (c.serious_risk is not null and a.level <> 'MET'))
            ), newest as (
                select distinct on (producer_id, criterion_id) producer_id, criterion_id, level from counting
                order by producer_id, criterion_id, assessed_on desc, id desc
            )
            select coalesce(n.level, 'NONE') as level, count(*) as producers
            from producer_profile p join organisation o on o.id = p.organisation_id
            cross join (select c.id from criterion c join criteria_set s on s.id = c.set_id
                        where s.code = 'CRAFT-SAMPLE' and c.code = ?) crit
            left join newest n on n.producer_id = p.id and n.criterion_id = crit.id
            where o.country = 'UG' and o.division = 'UG-W'
            group by coalesce(n.level, 'NONE')""";

    private static LocalDate end(String period) {
        int year = Integer.parseInt(period.substring(0, 4));
        return period.endsWith("H1") ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    private static String period(LocalDate day) {
        return day.getYear() + (day.getMonthValue() <= 6 ? "-H1" : "-H2");
    }

    @Test
    void producersByVerifiedLevelAtTheEndOfEachHalfYearMatchSqlWrittenByHand() throws Exception {
        var p = new ProducerFixtures(mvc, fixtures, jdbc);
        var today = LocalDate.now(clock);
        var inspector = fixtures.inspectorOf("UG", Set.of());
        var monitor = p.csoMonitor(true);
        // Kisoro-like: started on everything a year and more ago, improving; a serious-risk finding then cleared.
        var first = p.cooperativeOperator();
        long a = p.profile(first, true);
        long a1 = p.assess(first, a, today.minusDays(400), Map.of("S-1.1", "STARTED", "S-2.2", "NOT_STARTED",
                "S-4.1", "STARTED"));
        p.agree(inspector, a, p.answer(a1, "S-1.1"));
        p.agree(inspector, a, p.answer(a1, "S-2.2"));
        p.agree(inspector, a, p.answer(a1, "S-4.1"));
        long a2 = p.assess(first, a, today.minusDays(200), Map.of("S-1.1", "IN_PROGRESS", "S-4.1", "IN_PROGRESS"));
        p.agree(inspector, a, p.answer(a2, "S-1.1"));
        p.agree(inspector, a, p.answer(a2, "S-2.2"));
        // Two verifiers disagree on S-4.1: it stays at its older verified level.
        p.agree(inspector, a, p.answer(a2, "S-4.1"));
        p.verdict(monitor, a, p.answer(a2, "S-4.1"), "DISAGREE", "No record of it").andExpect(
                status().is3xxRedirection());
        // A second producer assessed only lately.
        var second = p.cooperativeOperator();
        long b = p.profile(second, false);
        long b1 = p.assess(second, b, today.minusDays(5), Map.of("S-1.1", "MET", "S-4.1", "NOT_STARTED"));
        p.agree(inspector, b, p.answer(b1, "S-1.1"));
        p.agree(inspector, b, p.answer(b1, "S-4.1"));

        var csv = mvc.perform(get("/producers/dashboard.csv").param("country", "UG").param("division", "UG-W")
                .with(user(monitor))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var rows = new HashMap<String, Long>();
        var periods = new LinkedHashSet<String>();
        for (var line : csv.split("\r?\n")) {
            if (line.startsWith("levels-over-time,")) {
                var cells = line.split(",");
                rows.put(cells[1] + "|" + cells[2] + "|" + cells[3], Long.parseLong(cells[4]));
                periods.add(cells[2]);
            }
        }
        // From the half-year of the first assessment of these producers (at most 20 back) to the current one.
        var earliest = jdbc.queryForObject("""
                select min(pa.assessed_on) from producer_assessment pa join producer_profile p on p.id = pa.producer_id
                join organisation o on o.id = p.organisation_id where o.country = 'UG' and o.division = 'UG-W'""",
                java.sql.Date.class).toLocalDate();
        var expected = new ArrayList<String>();
        for (var day = today; expected.size() < 20 && !end(period(day)).isBefore(earliest); day = day.minusMonths(6)) {
            expected.add(0, period(day));
        }
        assertThat(List.copyOf(periods)).isEqualTo(expected);
        assertThat(periods).contains(period(today.minusDays(400)), period(today.minusDays(200)), period(today));
        for (var code : List.of("S-1.1", "S-2.2", "S-4.1", "S-3.4")) {
            for (var period : periods) {
                var counts = new HashMap<String, Long>(Map.of("NONE", 0L, "NOT_STARTED", 0L, "STARTED", 0L,
                        "IN_PROGRESS", 0L, "MET", 0L));
                jdbc.queryForList(BY_LEVEL, java.sql.Date.valueOf(end(period)), code).forEach(row -> counts.put(
                        (String) row.get("level"), ((Number) row.get("producers")).longValue()));
                for (var level : counts.keySet()) {
                    assertThat(rows.get(code + "|" + period + "|" + level)).as(code + " " + period + " " + level)
                            .isEqualTo(counts.get(level));
                }
            }
        }
        // Not a test that cannot fail: the figures move over time for these producers.
        var started = rows.get("S-1.1|" + period(today.minusDays(400)) + "|STARTED");
        assertThat(started).isPositive();
        // The page: a section of its own, one server-drawn chart per criterion, its table, no script.
        mvc.perform(get("/producers/dashboard").param("country", "UG").param("division", "UG-W")
                        .with(user(monitor)).param("lang", "sw")).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"levels-over-time\"")))
                .andExpect(content().string(containsString("id=\"over-time-S-1.1\"")))
                .andExpect(content().string(containsString("<svg xmlns=\"http://www.w3.org/2000/svg\"")))
                .andExpect(content().string(containsString("MFANO (SAMPLE)")));
        // An operator may not read it.
        mvc.perform(get("/producers/dashboard.csv").with(user(first))).andExpect(status().isForbidden());
    }
}
