package org.orepass.alert;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.orepass.alert.internal.DueAlerts;
import org.orepass.alert.internal.DueAlerts.Due;
import org.orepass.shared.JobLocks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The alerts that come from a state (an incident overdue, a plan due for review, an assessment waiting for a
 * sign-off): found by a scan every few minutes; each is sent once (its event key).
 *
 * <p>Several nodes (issue 15): the scan takes the job's lock ({@link JobLocks}), so one node scans and the others
 * skip that run. It finds up to {@value #LIMIT} items of each kind per run and alerts them in chunks of
 * {@value #CHUNK} items, each chunk its own short transaction: a node that stops mid-scan loses the chunk in flight
 * only, what was committed stays, and the next run finds the same items again, which their event keys make a
 * no-op. (Until 2026-12-08 the whole scan was one transaction, rolled back whole by a stop and redone at every
 * start.) A chunk that fails ends the run; the chunks before it stay committed.
 */
@Service
public class AlertScan {

    static final String JOB = "alert-scan";
    /** Items of each kind per run. */
    static final int LIMIT = 500;
    /** Items per transaction: each queues mails for all its recipients, so a chunk stays short. */
    static final int CHUNK = 50;

    private final DueAlerts due;
    private final Alerting alerting;
    private final Clock clock;
    private final JobLocks locks;
    private final TransactionTemplate transaction;

    public AlertScan(DueAlerts due, Alerting alerting, Clock clock, JobLocks locks,
            PlatformTransactionManager transactions) {
        this.due = due;
        this.alerting = alerting;
        this.clock = clock;
        this.locks = locks;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Returns how many mails were queued; 0 when another node is scanning. */
    public int scan() {
        var queued = new AtomicInteger();
        locks.runAlone(JOB, () -> queued.set(scanAlone()));
        return queued.get();
    }

    private int scanAlone() {
        var today = LocalDate.now(clock);
        // Each kind is read when its turn comes (outside any transaction: plain reads), so a long first kind does
        // not leave the next kinds' findings stale.
        return alertInChunks(AlertKind.OVERDUE_INCIDENT, due.overdueIncidents(today, LIMIT))
                + alertInChunks(AlertKind.PLAN_REVIEW_DUE, due.plansDueForReview(today, LIMIT))
                + alertInChunks(AlertKind.ASSESSMENT_TO_SIGN_OFF, due.assessmentsToSignOff(LIMIT));
    }

    private int alertInChunks(AlertKind kind, List<Due> items) {
        int queued = 0;
        for (int from = 0; from < items.size(); from += CHUNK) {
            var chunk = items.subList(from, Math.min(items.size(), from + CHUNK));
            Integer inChunk = transaction.execute(status -> alert(kind, chunk));
            queued += inChunk == null ? 0 : inChunk;
        }
        return queued;
    }

    private int alert(AlertKind kind, List<Due> chunk) {
        int queued = 0;
        for (var item : chunk) {
            queued += alerting.alert(kind, item.eventKey(), item.recipients(), item.args(), item.link());
        }
        return queued;
    }
}
