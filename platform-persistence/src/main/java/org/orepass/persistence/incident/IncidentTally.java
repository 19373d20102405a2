package org.orepass.persistence.incident;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import javax.sql.DataSource;
import org.orepass.incident.IncidentFigures;
import org.orepass.incident.IncidentSearch;
import org.orepass.incident.internal.IncidentStatistics;
import org.orepass.incident.IncidentStatus;
import org.orepass.incident.internal.IncidentVisibility;
import org.orepass.persistence.database.WrittenRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The dashboards' figures counted from a columnar copy of the incidents in this node's memory.
 *
 * <p>Why: with a million incidents, every dashboard filter that SQL answers reads hundreds of thousands of rows
 * (0.2-3.5 s), and the figures do not pre-aggregate (filters and breakdowns cover seven dimensions, and medians do
 * not add up). Scanning primitive arrays answers the same figures for any filter in milliseconds.
 *
 * <p>Never stale, and several nodes stay correct: before every answer the copy reads the rows written since its
 * last look ({@link WrittenRows}: a trigger marks each row with its writing transaction, V22). Incidents are never
 * deleted (the platform has no way to), so updates and inserts are all there is to follow.
 *
 * <p>Organisation-scoped views (operators: what they reported or what happened at their sites) select few rows
 * and join the site registry; SQL answers those ({@link JdbcIncidentStatistics}), as it did every view before.
 */
@Repository
class IncidentTally implements IncidentStatistics {

    private static final Logger LOG = LoggerFactory.getLogger(IncidentTally.class);

    private final WrittenRows written;
    private final NamedParameterJdbcTemplate jdbc;
    private final JdbcIncidentStatistics sql;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Object catchingUp = new Object();
    private final IncidentColumns columns = new IncidentColumns();
    /** Oldest transaction running at the last look; rows it or younger ones wrote are read again. */
    private long lookedFrom = 0;

    IncidentTally(DataSource dataSource, NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.written = new WrittenRows(dataSource, transactions);
        this.jdbc = jdbc;
        this.sql = new JdbcIncidentStatistics(jdbc);
    }

    /** Loads the copy once the node is up, so the first dashboard does not wait for a million rows. */
    @EventListener(ApplicationReadyEvent.class)
    void loadInBackground() {
        WrittenRows.firstLookInBackground("incident-tally", this::catchUp);
    }

    @Override
    public IncidentFigures figures(IncidentSearch search, IncidentVisibility visibility, LocalDate today,
            boolean verifiedOnly) {
        if (visibility.organisationId() != null) {
            return sql.figures(search, visibility, today, verifiedOnly);
        }
        catchUp();
        var categories = new CategoryTree(jdbc);
        lock.readLock().lock();
        try {
            return new TallyCount(columns, categories, search, visibility, today, verifiedOnly).figures();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * One page of a list's incident ids in the list's order, with the count of all it selects; empty for
     * organisation-scoped views, which SQL answers.
     */
    java.util.Optional<IdPage> page(IncidentSearch search, IncidentVisibility visibility, LocalDate today,
            boolean verifiedOnly, long offset, int limit) {
        if (visibility.organisationId() != null) {
            return java.util.Optional.empty();
        }
        catchUp();
        var categories = new CategoryTree(jdbc);
        lock.readLock().lock();
        try {
            return java.util.Optional.of(new TallyCount(columns, categories, search, visibility, today, verifiedOnly)
                    .page(offset, limit));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Every id the filter selects in the lists' order; empty for organisation-scoped views (SQL answers). */
    java.util.Optional<long[]> allIds(IncidentSearch search, IncidentVisibility visibility, LocalDate today,
            boolean verifiedOnly) {
        if (visibility.organisationId() != null) {
            return java.util.Optional.empty();
        }
        catchUp();
        var categories = new CategoryTree(jdbc);
        lock.readLock().lock();
        try {
            return java.util.Optional.of(new TallyCount(columns, categories, search, visibility, today, verifiedOnly)
                    .allIds());
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Ids of one page, newest first, and the number of incidents the filter selects. */
    record IdPage(List<Long> ids, long total) {
    }

    void catchUp() {
        written.inTransaction(this::lookAgain);
    }

    private void lookAgain() {
        synchronized (catchingUp) {
            long started = System.nanoTime();
            var changes = written.since(lookedFrom, WRITTEN, IncidentTally::change);
            lock.writeLock().lock();
            try {
                changes.rows().forEach(change -> columns.put(change.id(), change.row()));
            } finally {
                lock.writeLock().unlock();
            }
            if (lookedFrom == 0 && !changes.rows().isEmpty()) {
                LOG.info("Incident tally: {} incidents loaded in {} ms", changes.rows().size(),
                        (System.nanoTime() - started) / 1_000_000);
            }
            lookedFrom = changes.mark();
        }
    }

    private static final String WRITTEN = """
            select id, status, severity, category_id, country, division, mineral, occurred_on, review_due,
                   (extract(epoch from verified_at - reported_at) / 86400)::float8 as to_verification,
                   (extract(epoch from closed_at - reported_at) / 86400)::float8 as to_closing
            from incident where written_by_xact >= ?""";

    private static Change change(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        var review = rs.getDate("review_due");
        return new Change(rs.getLong("id"), new IncidentColumns.Row(rs.getString("status"), rs.getInt("severity"),
                rs.getLong("category_id"), rs.getString("country"), rs.getString("division"),
                rs.getString("mineral"), rs.getDate("occurred_on").toLocalDate(),
                review == null ? null : review.toLocalDate(), (Double) rs.getObject("to_verification"),
                (Double) rs.getObject("to_closing")));
    }

    private record Change(long id, IncidentColumns.Row row) {
    }

    /** Each category's top-level category (one level deep), read on every count: an admin may add some. */
    static final class CategoryTree {
        final int[] top;

        CategoryTree(NamedParameterJdbcTemplate jdbc) {
            var pairs = jdbc.getJdbcTemplate().query("select id, coalesce(parent_id, id) from incident_category",
                    (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)});
            int max = pairs.stream().mapToInt(p -> (int) p[0]).max().orElse(0);
            top = new int[max + 1];
            pairs.forEach(p -> top[(int) p[0]] = (int) p[1]);
        }

        int topOf(int category) {
            return category < top.length ? top[category] : category;
        }
    }

    static boolean open(IncidentStatus status) {
        return status != IncidentStatus.DISMISSED && status != IncidentStatus.RESOLVED;
    }
}
