package org.orepass.persistence.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.orepass.incident.IncidentSearch;
import org.orepass.incident.IncidentStatus;
import org.orepass.incident.internal.IncidentVisibility;
import org.orepass.persistence.testing.PersistenceTestApplication;
import org.orepass.persistence.testing.TestDatabase;
import org.orepass.site.Mineral;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * The in-memory tally answers exactly what the SQL aggregation answers, for random incidents and random filters,
 * and follows every change, including one committed after a younger transaction's.
 */
@SpringBootTest(classes = PersistenceTestApplication.class, properties = "orepass.embedded-database.enabled=false")
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
class IncidentTallyPersistenceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final String[] COUNTRIES = {"TZ", "BI", "ZM"};
    private static final String[][] DIVISIONS = {{"TZ-01", "TZ-02", null}, {"BI-BM", null, null},
        {"ZM-01", "ZM-02", "ZM-03"}};

    @Autowired IncidentTally tally;
    @Autowired JdbcTemplate jdbc;
    @Autowired NamedParameterJdbcTemplate named;
    @Autowired DataSource dataSource;

    @Test
    void theTallyCountsWhatSqlCountsForAnyFilter() {
        var random = new Random(20261127);
        insertRandomIncidents(random, 1_500);
        var sql = new JdbcIncidentStatistics(named);
        for (int n = 0; n < 300; n++) {
            var search = randomSearch(random);
            var visibility = randomVisibility(random);
            boolean verifiedOnly = random.nextInt(4) == 0;
            var expected = sql.figures(search, visibility, TODAY, verifiedOnly);
            assertThat(tally.figures(search, visibility, TODAY, verifiedOnly))
                    .as("%s %s verifiedOnly=%s", search, visibility, verifiedOnly).isEqualTo(expected);
            int offset = random.nextInt(3) * 20;
            assertThat(tally.page(search, visibility, TODAY, verifiedOnly, offset, 20).orElseThrow())
                    .as("page at %d of %s %s", offset, search, visibility)
                    .isEqualTo(new IncidentTally.IdPage(sqlPage(search, visibility, verifiedOnly, offset, 20),
                            expected.total()));
            if (n % 10 == 0) {
                // The exports: every id, in the lists' order.
                var all = tally.allIds(search, visibility, TODAY, verifiedOnly).orElseThrow();
                assertThat(java.util.Arrays.stream(all).boxed().toList()).as("all ids of %s %s", search, visibility)
                        .isEqualTo(sqlPage(search, visibility, verifiedOnly, 0, Integer.MAX_VALUE));
            }
            if (n % 50 == 0) {
                // Changes between answers: the tally sees them on the next one.
                jdbc.update("update incident set status = 'RESOLVED', closed_at = reported_at + interval '40 days' "
                        + "where id in (select id from incident where country in ('TZ', 'BI', 'ZM') "
                        + "and status = 'FOLLOW_UP' limit 20)");
                insertRandomIncidents(random, 30);
            }
        }
    }

    @Test
    void aWriteCommittedAfterAYoungerOneIsCounted() throws Exception {
        var search = new IncidentSearch(null, null, null, "MZ", null, null, null, null, false);
        var all = IncidentVisibility.publicView();
        long before = tally.figures(search, all, TODAY, false).total();
        try (Connection older = dataSource.getConnection(); Connection younger = dataSource.getConnection()) {
            older.setAutoCommit(false);
            younger.setAutoCommit(false);
            insert(older, "MZ");
            insert(younger, "MZ");
            younger.commit();
            // The tally looks while the older transaction is still running: it sees the younger write only.
            assertThat(tally.figures(search, all, TODAY, false).total()).isEqualTo(before + 1);
            older.commit();
        }
        assertThat(tally.figures(search, all, TODAY, false).total()).isEqualTo(before + 2);
    }

    private java.util.List<Long> sqlPage(IncidentSearch search, IncidentVisibility visibility, boolean verifiedOnly,
            int offset, int limit) {
        var filter = IncidentFilterSql.of(search, visibility, TODAY, verifiedOnly);
        return named.queryForList("select i.id from incident i where " + filter.where()
                + " order by i.occurred_on desc, i.id desc limit :limit offset :offset",
                filter.params().addValue("limit", limit).addValue("offset", offset), Long.class);
    }

    @Test
    void aPageFarBeyondTheEndIsEmptyAndCostsNothing() {
        var everything = IncidentSearch.everything();
        var all = IncidentVisibility.publicView();
        long total = tally.figures(everything, all, TODAY, false).total();
        assertThat(tally.page(everything, all, TODAY, false, 200L * Integer.MAX_VALUE, 200).orElseThrow())
                .isEqualTo(new IncidentTally.IdPage(java.util.List.of(), total));
    }

    @Test
    void organisationViewsAreLeftToSql() {
        assertThat(tally.page(IncidentSearch.everything(), new IncidentVisibility(false, null, Set.of(), 7L), TODAY,
                false, 0, 20)).isEmpty();
    }

    private void insert(Connection connection, String country) throws Exception {
        try (var statement = connection.prepareStatement("""
                insert into incident (category_id, severity, occurred_on, country, description, source, status,
                    reported_at) values (7, 2, date '2026-01-10', ?, 'tally test', 'MONITOR', 'REPORTED', now())""")) {
            statement.setString(1, country);
            statement.executeUpdate();
        }
    }

    private void insertRandomIncidents(Random random, int count) {
        var statuses = IncidentStatus.values();
        var minerals = new String[] {"GOLD", "CASSITERITE", "COLTAN", null};
        var categories = jdbc.queryForList("select id from incident_category", Long.class);
        for (int i = 0; i < count; i++) {
            int c = random.nextInt(COUNTRIES.length);
            var status = statuses[random.nextInt(statuses.length)];
            var occurred = TODAY.minusDays(random.nextInt(900));
            var verified = status == IncidentStatus.VERIFIED || status == IncidentStatus.FOLLOW_UP
                    || status == IncidentStatus.RESOLVED || status == IncidentStatus.MONITORED
                    || status == IncidentStatus.PERSISTENT;
            double verifyDays = 1 + random.nextInt(60) + random.nextInt(24) / 24.0;
            double closeDays = verifyDays + random.nextInt(200);
            jdbc.update("""
                    insert into incident (category_id, severity, occurred_on, country, division, mineral, description,
                        source, status, dismissal_reason, reported_at, verified_at, closed_at, review_due)
                    values (?, ?, ?, ?, ?, ?, 'tally', 'MONITOR', ?, ?, ?::timestamptz,
                        ?::timestamptz + ? * interval '1 day', ?::timestamptz + ? * interval '1 day', ?)""",
                    categories.get(random.nextInt(categories.size())), 1 + random.nextInt(3),
                    java.sql.Date.valueOf(occurred), COUNTRIES[c], DIVISIONS[c][random.nextInt(3)],
                    minerals[random.nextInt(minerals.length)], status.name(),
                    status == IncidentStatus.DISMISSED ? "not confirmed" : null, occurred + " 08:00Z",
                    verified ? occurred + " 08:00Z" : null, verifyDays,
                    status == IncidentStatus.RESOLVED || status == IncidentStatus.DISMISSED ? occurred + " 08:00Z"
                            : null, closeDays,
                    verified ? java.sql.Date.valueOf(occurred.plusDays(180 + random.nextInt(60))) : null);
        }
    }

    private static IncidentSearch randomSearch(Random random) {
        int c = random.nextInt(COUNTRIES.length + 1);
        var country = c < COUNTRIES.length && random.nextBoolean() ? COUNTRIES[c] : null;
        var division = c < COUNTRIES.length && random.nextInt(3) == 0 ? DIVISIONS[c][random.nextInt(3)] : null;
        var statuses = IncidentStatus.values();
        var from = random.nextBoolean() ? TODAY.minusDays(random.nextInt(900)) : null;
        var to = random.nextBoolean() ? TODAY.minusDays(random.nextInt(600)) : null;
        return new IncidentSearch(random.nextInt(4) == 0 ? statuses[random.nextInt(statuses.length)] : null,
                random.nextInt(3) == 0 ? (long) (1 + random.nextInt(33)) : null,
                random.nextInt(3) == 0 ? 1 + random.nextInt(3) : null, country, division,
                random.nextInt(4) == 0 ? (random.nextBoolean() ? Mineral.GOLD : Mineral.WOLFRAMITE) : null,
                from, to, random.nextInt(5) == 0);
    }

    private static IncidentVisibility randomVisibility(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> new IncidentVisibility(false, "ZM", Set.of(), null);
            case 1 -> new IncidentVisibility(false, "TZ", Set.of("TZ-01", "XX-99"), null);
            case 2 -> new IncidentVisibility(false, null, Set.of(), null);
            default -> IncidentVisibility.publicView();
        };
    }
}
