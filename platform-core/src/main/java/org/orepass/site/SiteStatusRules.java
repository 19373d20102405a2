package org.orepass.site;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * The RCM status rules over time, as a pure function of the last recorded status and a date:
 * green lasts 12 months, then blue; blue lasts up to 3 years, then red; a yellow whose correction deadline has
 * passed turns red; red stays until a later inspection clears it. Pages ask {@link #asOf} so a status is never
 * stale; the daily job records the same transitions in the history.
 */
public final class SiteStatusRules {

    public static final Period GREEN_VALIDITY = Period.ofMonths(12);
    public static final Period BLUE_VALIDITY = Period.ofYears(3);
    public static final Period YELLOW_CORRECTION = Period.ofMonths(3);

    private SiteStatusRules() {
    }

    /** One change the passing of time makes. */
    public record Transition(LocalDate on, SiteStatus from, SiteStatus to, StatusChangeReason reason) {
    }

    /** The transitions time makes after {@code since} up to and including {@code today}, in order. */
    public static List<Transition> transitions(SiteStatus status, LocalDate since, LocalDate correctionDeadline,
            LocalDate today) {
        var result = new ArrayList<Transition>();
        var current = status;
        var from = since;
        while (true) {
            Transition next = switch (current) {
                case GREEN -> new Transition(from.plus(GREEN_VALIDITY), SiteStatus.GREEN, SiteStatus.BLUE,
                        StatusChangeReason.GREEN_EXPIRED);
                case BLUE -> new Transition(from.plus(BLUE_VALIDITY), SiteStatus.BLUE, SiteStatus.RED,
                        StatusChangeReason.BLUE_EXPIRED);
                case YELLOW -> new Transition(
                        (correctionDeadline == null ? from.plus(YELLOW_CORRECTION) : correctionDeadline).plusDays(1),
                        SiteStatus.YELLOW, SiteStatus.RED, StatusChangeReason.YELLOW_OVERDUE);
                case RED -> null;
            };
            if (next == null || next.on().isAfter(today)) {
                return result;
            }
            result.add(next);
            current = next.to();
            from = next.on();
        }
    }

    /** The status on {@code today}. */
    public static SiteStatus asOf(SiteStatus status, LocalDate since, LocalDate correctionDeadline, LocalDate today) {
        var changes = transitions(status, since, correctionDeadline, today);
        return changes.isEmpty() ? status : changes.get(changes.size() - 1).to();
    }

    /** The date the current status started, as of {@code today}. */
    public static LocalDate sinceAsOf(SiteStatus status, LocalDate since, LocalDate correctionDeadline,
            LocalDate today) {
        var changes = transitions(status, since, correctionDeadline, today);
        return changes.isEmpty() ? since : changes.get(changes.size() - 1).on();
    }
}
