package org.orepass.persistence.database;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rows of a table written since an earlier look, for copies kept in an application node's memory (the
 * incident tally, the site name index). The table carries {@code written_by_xact}, set by a trigger to the
 * writing transaction's id (V22, V23).
 *
 * <p>Why transaction ids and not a sequence or a timestamp: a transaction may take its number early and commit
 * late, after a younger one a look has already seen. Each look first notes the oldest transaction still running,
 * then reads the rows; the next look re-reads every row written by that transaction or a younger one. A row the
 * read did not see was written by a transaction running at that moment or begun later, which is never older than
 * the one noted before, so nothing is skipped; a few rows are read twice, which the copies treat as an overwrite.
 * (On its own, a look runs in one repeatable-read snapshot; inside a caller's read-committed transaction it joins
 * it, and noting first, reading second keeps the argument true.)
 */
public final class WrittenRows {

    private final JdbcTemplate rows;
    private final TransactionTemplate snapshot;
    private final TransactionTemplate ownSnapshot;

    public WrittenRows(DataSource dataSource, PlatformTransactionManager transactions) {
        this.rows = new JdbcTemplate(dataSource);
        // Streams the first look (every row) instead of holding the driver's whole result at once.
        this.rows.setFetchSize(10_000);
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
        this.ownSnapshot = new TransactionTemplate(transactions, snapshot);
        this.ownSnapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Runs {@code sql} (a select whose single parameter is compared as {@code written_by_xact >= ?}) with the mark
     * of the previous look; 0 reads every row.
     */
    public <T> Look<T> since(long previousLook, String sql, RowMapper<T> mapper) {
        return snapshot.execute(status -> {
            // The first statement fixes the transaction's snapshot: the rows below are read in the same one.
            Long oldestRunning = rows.queryForObject("select pg_snapshot_xmin(pg_current_snapshot())::text::bigint",
                    Long.class);
            var written = new ArrayList<T>();
            rows.query(sql, rs -> {
                written.add(mapper.mapRow(rs, written.size()));
            }, previousLook);
            return new Look<>(oldestRunning == null ? previousLook : oldestRunning, written);
        });
    }

    /**
     * Runs a copy's catching up in a transaction begun (or joined) before the copy's own lock is taken. Why: a
     * thread that waited for the lock while holding a pooled connection, behind a thread that held the lock and
     * waited for a connection, would stall both once the pool ran dry; taking the connection first means the
     * thread holding the lock always has one.
     */
    public void inTransaction(Runnable catchingUp) {
        // A caller that has written in its transaction would let the copy see rows that may yet roll back: such a
        // caller's look runs in a transaction of its own.
        boolean callerWrites = TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        (callerWrites ? ownSnapshot : snapshot).executeWithoutResult(status -> catchingUp.run());
    }

    /**
     * Runs a copy's first look on a thread of its own once the node is up, so the first page that needs the copy
     * does not wait for every row; a failure is logged and the first page loads it instead.
     */
    public static void firstLookInBackground(String name, Runnable firstLook) {
        var loader = new Thread(() -> {
            try {
                firstLook.run();
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(WrittenRows.class)
                        .warn("{}: loading in the background failed; the first page that needs it will", name, e);
            }
        }, name + "-load");
        loader.setDaemon(true);
        loader.start();
    }

    /** What a look read, and the mark the next look starts from. */
    public record Look<T>(long mark, List<T> rows) {
    }
}
