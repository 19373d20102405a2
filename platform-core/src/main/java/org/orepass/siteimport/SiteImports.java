package org.orepass.siteimport;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Import jobs and their reports (a port; persistence implements it). The state changes marked "own
 * transaction" commit at once, whatever transaction the caller is in: the progress bar and the failure report
 * must be visible (and must survive) while or after the import's own transaction rolls back.
 */
public interface SiteImports {

    SiteImport add(SiteImport job);

    Optional<SiteImport> findById(Long id);

    /** The report with, for accepted rows, the new site's ICGLR id and name; by row number. */
    List<ImportReportLine> report(Long id);

    /** QUEUED to RUNNING, own transaction; false when another node (or an earlier call) already took it. */
    boolean claim(Long id, Instant now);

    /** Own transaction; doubles as the job's heartbeat. */
    void progress(Long id, int processedRows, Instant now);

    /** RUNNING to FAILED with the problems found, own transaction. */
    void fail(Long id, String failureKey, List<ImportReportLine> problems, Instant now);

    /** RUNNING to SUCCEEDED with the accepted rows, in the caller's transaction: the sites and their report commit together. */
    void succeed(Long id, List<ImportReportLine> accepted, Instant now);

    /** Lets go of the sites saved so far in this transaction (flushed, no longer tracked), so a long file stays fast. */
    void releaseSaved();

    /** Marks RUNNING jobs without a heartbeat since {@code silentSince} as FAILED, own transaction; how many. */
    int failAbandoned(Instant silentSince, String failureKey, Instant now);

    /** Jobs still QUEUED since before {@code queuedBefore}: their node went away before starting them. */
    List<Long> waitingSince(Instant queuedBefore);
}
