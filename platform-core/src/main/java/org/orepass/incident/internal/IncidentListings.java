package org.orepass.incident.internal;

import org.orepass.incident.IncidentRow;
import org.orepass.incident.IncidentSearch;
import org.orepass.incident.PublicIncidentRow;
import java.time.LocalDate;
import org.orepass.shared.PageQuery;
import org.orepass.shared.ResultPage;

/** The incident lists in SQL (a port). */
public interface IncidentListings {

    ResultPage<IncidentRow> list(IncidentSearch search, IncidentVisibility visibility, LocalDate today,
            PageQuery page);

    /** Verified incidents only, redacted for the public. */
    ResultPage<PublicIncidentRow> publicList(IncidentSearch search, PageQuery page);

    /** Every incident the filters select, in the list's order, one row at a time (the CSV exports). */
    void each(IncidentSearch search, IncidentVisibility visibility, LocalDate today,
            java.util.function.Consumer<IncidentRow> row);

    /** Every verified incident the filters select, redacted for the public, in the list's order. */
    void eachPublic(IncidentSearch search, java.util.function.Consumer<PublicIncidentRow> row);
}
