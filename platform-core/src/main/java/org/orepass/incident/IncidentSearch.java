package org.orepass.incident;

import java.time.LocalDate;
import org.orepass.site.Mineral;

/**
 * The filters of the incident lists and dashboards. {@code categoryId} matches the category and its
 * subcategories; the period is on the day the incident occurred; {@code overdue} keeps incidents whose review
 * date has passed.
 */
public record IncidentSearch(IncidentStatus status, Long categoryId, Integer severity, String country,
        String division, Mineral mineral, LocalDate from, LocalDate to, boolean overdue) {

    public static IncidentSearch everything() {
        return new IncidentSearch(null, null, null, null, null, null, null, null, false);
    }

    public static IncidentSearch overdueOnly() {
        return new IncidentSearch(null, null, null, null, null, null, null, null, true);
    }
}
