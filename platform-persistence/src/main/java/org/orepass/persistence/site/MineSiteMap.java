package org.orepass.persistence.site;

import java.time.LocalDate;
import java.util.List;
import org.orepass.site.SiteCluster;
import org.orepass.site.SiteExtent;
import org.orepass.site.SitePoint;
import org.orepass.site.SiteSearch;
import org.orepass.site.SiteVisibility;

/** The map's queries of {@link org.orepass.site.MineSites}: a Spring Data fragment, see {@link MineSiteMapImpl}. */
interface MineSiteMap {

    SiteExtent mapExtent(SiteSearch search, SiteVisibility visibility, LocalDate today);

    List<SitePoint> mapPoints(SiteSearch search, SiteVisibility visibility, LocalDate today, int limit);

    List<SiteCluster> mapClusters(SiteSearch search, SiteVisibility visibility, LocalDate today, double cellDegrees);
}
