package org.orepass.incident;

import java.time.LocalDate;
import org.orepass.shared.PageQuery;
import org.orepass.shared.ResultPage;

/** The incident lists in SQL (a port). */
public interface IncidentListings {

    ResultPage<IncidentRow> list(IncidentSearch search, IncidentVisibility visibility, LocalDate today,
            PageQuery page);

    /** Verified incidents only, redacted for the public. */
    ResultPage<PublicIncidentRow> publicList(IncidentSearch search, PageQuery page);
}
