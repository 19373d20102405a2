package org.orepass.persistence.siteimport;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.orepass.siteimport.ImportReportLine;
import org.orepass.siteimport.SiteImport;
import org.orepass.siteimport.SiteImportStatus;
import org.orepass.siteimport.SiteImports;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Import jobs: the job row through JPA (so its creation is audited like any record), its progress and outcome
 * through plain statements. The "own transaction" ones run in a REQUIRES_NEW transaction, on a connection of
 * their own: they commit while the import's transaction is still open, or after it rolled back.
 */
@Repository
class JdbcSiteImports implements SiteImports {

    /** Separates message arguments in one column; it cannot occur in a CSV cell a person typed. */
    private static final String UNIT_SEPARATOR = "\u001F";

    private final JpaSiteImports jobs;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    @PersistenceContext
    private EntityManager entityManager;

    JdbcSiteImports(JpaSiteImports jobs, JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public SiteImport add(SiteImport job) {
        return jobs.save(job);
    }

    @Override
    public Optional<SiteImport> findById(Long id) {
        return jobs.findById(id);
    }

    /**
     * Problems of one row in the order they were found (columns left to right): the rows have no key of their
     * own, and without {@code ctid} (their place in the table, written once, never updated) the sort could return
     * them in any order.
     */
    @Override
    public List<ImportReportLine> report(Long id) {
        return jdbc.query("""
                select r.row_number, r.site_id, s.icglr_id, s.name, r.column_name, r.message_key, r.message_args
                from site_import_row r left join mine_site s on s.id = r.site_id
                where r.import_id = ? order by r.row_number, r.site_id nulls last, r.ctid""",
                (rs, i) -> new ImportReportLine(rs.getInt(1), rs.getObject(2, Long.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), arguments(rs.getString(7))), id);
    }

    @Override
    public boolean claim(Long id, Instant now) {
        Integer claimed = ownTransaction.execute(status -> jdbc.update("""
                update site_import set status = 'RUNNING', started_at = ?, heartbeat_at = ?
                where id = ? and status = 'QUEUED'""", Timestamp.from(now), Timestamp.from(now), id));
        return claimed != null && claimed == 1;
    }

    @Override
    public void progress(Long id, int processedRows, Instant now) {
        ownTransaction.executeWithoutResult(status -> jdbc.update("""
                update site_import set processed_rows = ?, heartbeat_at = ? where id = ? and status = 'RUNNING'""",
                processedRows, Timestamp.from(now), id));
    }

    @Override
    public void fail(Long id, String failureKey, List<ImportReportLine> problems, Instant now) {
        ownTransaction.executeWithoutResult(status -> {
            finish(id, SiteImportStatus.FAILED, failureKey, now);
            insert(id, problems);
        });
    }

    @Override
    public void succeed(Long id, List<ImportReportLine> accepted, Instant now) {
        if (finish(id, SiteImportStatus.SUCCEEDED, null, now) != 1) {
            // Another node gave the job up for dead meanwhile: keep its word, save nothing.
            throw new IllegalStateException("site import " + id + " is no longer running");
        }
        insert(id, accepted);
    }

    @Override
    public void releaseSaved() {
        entityManager.flush();
        entityManager.clear();
    }

    @Override
    public int failAbandoned(Instant silentSince, String failureKey, Instant now) {
        Integer failed = ownTransaction.execute(status -> jdbc.update("""
                update site_import set status = 'FAILED', failure_key = ?, finished_at = ?
                where status = 'RUNNING' and heartbeat_at < ?""", failureKey, Timestamp.from(now),
                Timestamp.from(silentSince)));
        return failed == null ? 0 : failed;
    }

    @Override
    public List<Long> waitingSince(Instant queuedBefore) {
        return jdbc.queryForList("select id from site_import where status = 'QUEUED' and created_at < ? order by id",
                Long.class, Timestamp.from(queuedBefore));
    }

    private int finish(Long id, SiteImportStatus outcome, String failureKey, Instant now) {
        // processed_rows at its maximum: the bar is full whatever the outcome.
        return jdbc.update("""
                update site_import set status = ?, failure_key = ?, finished_at = ?, heartbeat_at = ?,
                       processed_rows = 2 * total_rows
                where id = ? and status = 'RUNNING'""", outcome.name(), failureKey, Timestamp.from(now),
                Timestamp.from(now), id);
    }

    private void insert(Long id, List<ImportReportLine> lines) {
        jdbc.batchUpdate("""
                insert into site_import_row (import_id, row_number, site_id, column_name, message_key, message_args)
                values (?, ?, ?, ?, ?, ?)""", lines, 500, (ps, line) -> {
            ps.setLong(1, id);
            ps.setInt(2, line.rowNumber());
            ps.setObject(3, line.siteId());
            ps.setString(4, truncate(line.column()));
            ps.setString(5, line.messageKey());
            ps.setString(6, line.arguments().isEmpty() ? null : String.join(UNIT_SEPARATOR, line.arguments()));
        });
    }

    private static String truncate(String column) {
        return column == null || column.length() <= 100 ? column : column.substring(0, 100);
    }

    private static List<String> arguments(String joined) {
        return joined == null ? List.of() : Arrays.asList(joined.split(UNIT_SEPARATOR, -1));
    }
}
