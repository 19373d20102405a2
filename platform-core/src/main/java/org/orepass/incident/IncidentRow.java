package org.orepass.incident;

import java.time.LocalDate;

/** One line of an incident list, read without loading the incident. */
public record IncidentRow(Long id, Long categoryId, int severity, LocalDate occurredOn, String country,
        String division, String siteName, IncidentStatus status, IncidentSource source, LocalDate reviewDue) {

    public boolean isOverdueOn(LocalDate today) {
        return reviewDue != null && reviewDue.isBefore(today) && !status.isClosed();
    }
}
