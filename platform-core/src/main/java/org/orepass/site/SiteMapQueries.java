package org.orepass.site;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.orepass.account.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sites a map shows, through the same filters and visibility rules as the list. A map must stay light with
 * 100,000 sites: up to {@code pointLimit} sites come as points (id, name, place, status), beyond that they are
 * counted per grid cell in the database.
 */
@Service
@Transactional(readOnly = true)
public class SiteMapQueries {

    /** Most serious first: red (no trade), yellow (to correct), blue (not yet inspected), green. */
    static final List<SiteStatus> SEVERITY = List.of(SiteStatus.RED, SiteStatus.YELLOW, SiteStatus.BLUE,
            SiteStatus.GREEN);

    /** About this many cells across the sites' box when they are aggregated. */
    static final int GRID_CELLS_ACROSS = 12;

    private final MineSites sites;
    private final Clock clock;

    public SiteMapQueries(MineSites sites, Clock clock) {
        this.sites = sites;
        this.clock = clock;
    }

    /** What a map draws: either every site as a point, or clusters (then {@code points} is empty). */
    public record SiteMap(SiteExtent extent, List<SitePoint> points, List<SiteCluster> clusters) {

        public boolean aggregated() {
            return !clusters.isEmpty();
        }
    }

    public SiteMap map(Actor actor, SiteSearch search, int pointLimit) {
        var visibility = SiteVisibility.of(actor);
        var today = LocalDate.now(clock);
        var extent = sites.mapExtent(search, visibility, today);
        if (extent.count() == 0) {
            return new SiteMap(extent, List.of(), List.of());
        }
        if (extent.count() <= pointLimit) {
            return new SiteMap(extent, sites.mapPoints(search, visibility, today, pointLimit), List.of());
        }
        var box = extent.box();
        var span = Math.max(box.north() - box.south(), box.east() - box.west());
        // A floor on the cell size keeps thousands of sites at one spot from becoming thousands of cells.
        var cellDegrees = Math.max(span / GRID_CELLS_ACROSS, 0.001);
        return new SiteMap(extent, List.of(), sites.mapClusters(search, visibility, today, cellDegrees));
    }
}
