package org.orepass.incident.internal;

import org.orepass.incident.IncidentFigures;
import org.orepass.incident.IncidentSearch;
import java.time.LocalDate;

/** Dashboard figures in plain SQL aggregation (a port). */
public interface IncidentStatistics {

    /** {@code verifiedOnly}: the public dashboard counts verified incidents only. */
    IncidentFigures figures(IncidentSearch search, IncidentVisibility visibility, LocalDate today,
            boolean verifiedOnly);
}
