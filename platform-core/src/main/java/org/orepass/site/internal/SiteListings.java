package org.orepass.site.internal;

import org.orepass.site.SiteVisibility;
import org.orepass.site.SiteSummary;
import org.orepass.site.SiteSearch;
import java.time.LocalDate;
import org.orepass.shared.PageQuery;
import org.orepass.shared.ResultPage;

/**
 * The site list as rows (a port; persistence answers it with one SQL query per page plus a count). Lists are the
 * busiest pages of the registry, so they never load whole sites: see docs/performance.md.
 */
public interface SiteListings {

    ResultPage<SiteSummary> list(SiteSearch search, SiteVisibility visibility, LocalDate today, PageQuery page);

    /** Ids of the sites the ICGLR endpoints may publish ({@link IcglrExchange}), in ICGLR id order. */
    ResultPage<Long> exchangeable(SiteSearch search, SiteVisibility visibility, LocalDate today, PageQuery page);
}
