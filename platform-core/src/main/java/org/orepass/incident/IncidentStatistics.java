package org.orepass.incident;

import java.time.LocalDate;

/** Dashboard figures in plain SQL aggregation (a port). */
public interface IncidentStatistics {

    /** {@code verifiedOnly}: the public dashboard counts verified incidents only. */
    IncidentFigures figures(IncidentSearch search, IncidentVisibility visibility, LocalDate today,
            boolean verifiedOnly);
}
