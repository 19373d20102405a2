package org.orepass.incident;

import java.time.LocalDate;

/**
 * A verified incident as the public sees it: the place cut to the division, no site, no locality, no names, and
 * the description only when nobody marked it sensitive (null otherwise).
 */
public record PublicIncidentRow(Long id, Long categoryId, int severity, LocalDate occurredOn, String country,
        String division, IncidentStatus status, String description) {
}
