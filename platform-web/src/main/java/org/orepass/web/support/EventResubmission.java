package org.orepass.web.support;

import java.time.Duration;
import org.orepass.shared.JobLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Re-sends the events between features whose listener did not complete (docs/architecture.md, "Events between
 * features"), on every node, every minute. Only publications marked failed are taken: a listener that threw, or
 * one that the staleness monitor gave up on (published or in progress for longer than
 * {@code spring.modulith.events.staleness.*}: the node died). Each is claimed in the database before it is re-sent
 * (its status becomes RESUBMITTED in one update), so two nodes running this at once do not both deliver it; the
 * listeners are idempotent all the same. Not at start-up ({@code republish-outstanding-events-on-restart} is
 * off): a node starting would re-send what the other nodes are delivering at that moment.
 *
 * <p>Several nodes (issue 15): re-sending needs no job lock, for the claim above is per row and commits at once (no
 * transaction spans a run; each listener runs in its own). The nightly clean-up takes the job's lock
 * ({@link JobLocks}): every node's schedule fires at the same minute, and without it each would run the same
 * delete, the later ones waiting on the first one's row locks only to find the rows gone.
 */
@Component
public class EventResubmission {

    static final String CLEANUP_JOB = "event-publication-cleanup";
    private static final Logger LOG = LoggerFactory.getLogger(EventResubmission.class);

    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final Duration keepCompleted;
    private final JobLocks locks;

    EventResubmission(IncompleteEventPublications incomplete, CompletedEventPublications completed,
            @Value("${orepass.events.keep-completed:P30D}") Duration keepCompleted, JobLocks locks) {
        this.incomplete = incomplete;
        this.completed = completed;
        this.keepCompleted = keepCompleted;
        this.locks = locks;
    }

    /** Re-sends the failed publications now (what the schedule does; tests call it as a restart would). */
    @Scheduled(initialDelayString = "${orepass.events.resubmit-delay:PT1M}",
            fixedDelayString = "${orepass.events.resubmit-delay:PT1M}")
    public void resubmitFailed() {
        try {
            incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults());
        } catch (RuntimeException e) {
            LOG.warn("Re-sending failed event publications failed; next try in a minute", e);
        }
    }

    /**
     * Completed publications are kept a while (to see what was delivered when), then deleted: one statement, a
     * day's worth of rows; on one node, the others skipping that night's run. False when skipped.
     */
    @Scheduled(cron = "${orepass.events.cleanup-cron:0 30 3 * * *}", zone = "UTC")
    public boolean deleteOldCompleted() {
        return locks.runAlone(CLEANUP_JOB, () -> completed.deletePublicationsOlderThan(keepCompleted));
    }
}
