package org.orepass.site;

import java.time.Clock;
import java.time.LocalDate;
import org.orepass.audit.CurrentActor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the passing of time to recorded statuses every night (green -> blue after 12 months, blue -> red
 * after 3 years, overdue yellow -> red) and writes each change to the history. Pages do not wait for it: they
 * ask {@link MineSite#statusOn} and are right the moment a limit passes.
 */
@Service
public class SiteStatusClock {

    private final MineSites sites;
    private final StatusChanges history;
    private final Clock clock;

    public SiteStatusClock(MineSites sites, StatusChanges history, Clock clock) {
        this.sites = sites;
        this.history = history;
        this.clock = clock;
    }

    @Scheduled(cron = "${orepass.sites.status-clock-cron:0 15 0 * * *}", zone = "UTC")
    @Transactional
    public int applyTime() {
        var today = LocalDate.now(clock);
        int changed = 0;
        for (MineSite site : sites.withStatusLimitPassed(today.minus(SiteStatusRules.GREEN_VALIDITY),
                today.minus(SiteStatusRules.BLUE_VALIDITY), today)) {
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
