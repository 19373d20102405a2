package org.orepass.site;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.orepass.audit.CurrentActor;
import org.orepass.shared.JobLocks;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the passing of time to recorded statuses every night (green -> blue after 12 months, blue -> red
 * after 3 years, overdue yellow -> red) and writes each change to the history. Pages do not wait for it: they
 * ask {@link MineSite#statusOn} and are right the moment a limit passes.
 *
 * <p>Several nodes (issue 15): the run takes the job's lock ({@link JobLocks}), so one node runs it and the others
 * skip that night's run; and it works in chunks of {@value #CHUNK} sites, each its own short transaction, so that a
 * long run neither holds one transaction over every site nor blocks users' edits for its duration. A chunk that
 * meets a user's edit of one of its sites (optimistic lock) is read again and redone.
 */
@Service
public class SiteStatusClock {

    static final String JOB = "site-status-clock";
    static final int CHUNK = 200;
    private static final int ATTEMPTS = 3;

    private final MineSites sites;
    private final StatusChanges history;
    private final Clock clock;
    private final JobLocks locks;
    private final TransactionTemplate transaction;

    public SiteStatusClock(MineSites sites, StatusChanges history, Clock clock, JobLocks locks,
            PlatformTransactionManager transactions) {
        this.sites = sites;
        this.history = history;
        this.clock = clock;
        this.locks = locks;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The number of sites whose status changed; 0 when another node is running the clock. */
    @Scheduled(cron = "${orepass.sites.status-clock-cron:0 15 0 * * *}", zone = "UTC")
    public int applyTime() {
        var changed = new AtomicInteger();
        locks.runAlone(JOB, () -> changed.set(applyInChunks()));
        return changed.get();
    }

    private int applyInChunks() {
        var today = LocalDate.now(clock);
        var ids = sites.idsWithStatusLimitPassed(today.minus(SiteStatusRules.GREEN_VALIDITY),
                today.minus(SiteStatusRules.BLUE_VALIDITY), today);
        int changed = 0;
        for (int from = 0; from < ids.size(); from += CHUNK) {
            changed += applyToChunk(ids.subList(from, Math.min(ids.size(), from + CHUNK)), today);
        }
        return changed;
    }

    private int applyToChunk(List<Long> chunk, LocalDate today) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> apply(sites.findAllById(chunk), today));
            } catch (OptimisticLockingFailureException editedMeanwhile) {
                if (attempt == ATTEMPTS) {
                    throw editedMeanwhile;
                }
            }
        }
    }

    private int apply(List<MineSite> chunk, LocalDate today) {
        int changed = 0;
        for (MineSite site : chunk) {
            var transitions = SiteStatusRules.transitions(site.getStatus(), site.getStatusSince(),
                    site.getCorrectionDeadline(), today);
            for (var transition : transitions) {
                history.add(new StatusChange(site.getId(), transition.on(), transition.from(), transition.to(),
                        transition.reason(), null, CurrentActor.SYSTEM, clock.instant()));
            }
            if (!transitions.isEmpty()) {
                var last = transitions.get(transitions.size() - 1);
                site.changeStatus(last.to(), last.on(), null, last.reason());
                changed++;
            }
        }
        return changed;
    }
}
