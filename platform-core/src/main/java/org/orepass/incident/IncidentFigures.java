package org.orepass.incident;

import java.util.List;

/**
 * The dashboard's figures for one filter: counts by category (top level), severity, status, division and month,
 * open and overdue counts, and the median days from report to verification and to resolution (null when
 * nothing has got that far).
 */
public record IncidentFigures(long total, long open, long overdue, List<Count> byCategory, List<Count> bySeverity,
        List<Count> byStatus, List<Count> byDivision, List<Count> byMonth, Double medianDaysToVerification,
        Double medianDaysToResolution) {

    public IncidentFigures {
        byCategory = List.copyOf(byCategory);
        bySeverity = List.copyOf(bySeverity);
        byStatus = List.copyOf(byStatus);
        byDivision = List.copyOf(byDivision);
        byMonth = List.copyOf(byMonth);
    }

    /** One bar: its key (a category id, a level, a status, a division code or a month yyyy-MM) and count. */
    public record Count(String key, long count) {
    }

    /** The largest count of a list, for scaling its bars (at least 1). */
    public static long max(List<Count> counts) {
        return Math.max(1, counts.stream().mapToLong(Count::count).max().orElse(1));
    }
}
