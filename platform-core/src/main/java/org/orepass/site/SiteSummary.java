package org.orepass.site;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of a site list: what the list page and the API's paging need, read without loading the whole site.
 * The recorded status is kept with its dates so the status as of any day follows {@link SiteStatusRules}.
 */
public record SiteSummary(Long id, String icglrId, String nationalId, String name, String country,
        String division, SiteStatus recordedStatus, LocalDate statusSince, LocalDate correctionDeadline,
        List<Mineral> minerals) {

    public SiteSummary {
        minerals = List.copyOf(minerals);
    }

    public SiteStatus statusOn(LocalDate today) {
        return SiteStatusRules.asOf(recordedStatus, statusSince, correctionDeadline, today);
    }
}
