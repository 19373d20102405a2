package org.orepass.site;

import java.util.Map;

/**
 * The sites of one grid cell when there are too many to draw one by one: where they are on average and how
 * many have each status as of today.
 */
public record SiteCluster(double latitude, double longitude, Map<SiteStatus, Long> counts) {

    public SiteCluster {
        counts = Map.copyOf(counts);
    }

    public long count() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public long count(SiteStatus status) {
        return counts.getOrDefault(status, 0L);
    }

    /** The most serious status present: what a cell must not hide. */
    public SiteStatus worst() {
        for (var status : SiteMapQueries.SEVERITY) {
            if (count(status) > 0) {
                return status;
            }
        }
        return SiteStatus.BLUE;
    }
}
