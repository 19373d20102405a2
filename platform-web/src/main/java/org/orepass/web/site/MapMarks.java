package org.orepass.web.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.orepass.site.SiteStatus;
import org.orepass.web.site.SiteMapController.ClusterMark;
import org.orepass.web.site.SiteMapController.Dot;

/**
 * Keeps the map's marks apart. Sites a few hundred metres apart, or the centres of two neighbouring grid cells,
 * land on the same spot of a country-wide map: their circles cover each other, the colour underneath is hidden and
 * the number on a cluster cannot be read. Marks whose circles touch become one numbered circle, coloured by the
 * worst status of what it holds, until no two marks touch. Touching is judged at the sizes a phone draws (the
 * stylesheet enlarges dots to a 24 px tap target and clusters threefold below 40 rem): marks apart on a phone are
 * apart on a wide screen too.
 */
final class MapMarks {

    /** A site's dot radius in SVG units as a phone draws it ({@code .site-map a circle { r: 36px }}). */
    static final long DOT_RADIUS = 36;
    /** How much larger a phone draws a cluster than its radius ({@code transform: scale(3)}). */
    static final long CLUSTER_SCALE = 3;
    /** Room left between two marks, in SVG units. */
    private static final long GAP = 2;

    private MapMarks() {
    }

    record Separated(List<Dot> dots, List<ClusterMark> clusters) {
    }

    /** A cluster's radius: grows with the count (room for its number inside), at most 30 units of a 1000-unit map. */
    static long radius(long count) {
        return Math.round(Math.min(30, 9 + 3 * Math.log(count) / Math.log(2)));
    }

    static Separated separate(List<Dot> dots, List<ClusterMark> clusters) {
        var marks = new ArrayList<Mark>();
        dots.forEach(dot -> marks.add(Mark.of(dot)));
        clusters.forEach(cluster -> marks.add(Mark.of(cluster)));
        boolean merged = true;
        while (merged) {
            merged = false;
            // The biggest first, so a lone dot joins the cluster beside it rather than the other way round.
            marks.sort(Comparator.comparingLong(Mark::count).reversed().thenComparingLong(Mark::x)
                    .thenComparingLong(Mark::y));
            var kept = new ArrayList<Mark>();
            for (var mark : marks) {
                var touched = kept.stream().filter(other -> other.touches(mark)).findFirst();
                if (touched.isPresent()) {
                    kept.set(kept.indexOf(touched.get()), touched.get().with(mark));
                    merged = true;
                } else {
                    kept.add(mark);
                }
            }
            marks.clear();
            marks.addAll(kept);
        }
        var separatedDots = new ArrayList<Dot>();
        var separatedClusters = new ArrayList<ClusterMark>();
        for (var mark : marks) {
            if (mark.dot() != null) {
                separatedDots.add(mark.dot());
            } else {
                separatedClusters.add(mark.cluster());
            }
        }
        return new Separated(separatedDots, separatedClusters);
    }

    /** A dot (a single site, still a link) or a cluster, with its counts by status. */
    private record Mark(long x, long y, long r, long count, Map<SiteStatus, Long> counts, Dot dot) {

        static Mark of(Dot dot) {
            var counts = new EnumMap<SiteStatus, Long>(SiteStatus.class);
            counts.put(dot.status(), 1L);
            return new Mark(dot.x(), dot.y(), DOT_RADIUS, 1, counts, dot);
        }

        static Mark of(ClusterMark cluster) {
            var counts = new EnumMap<SiteStatus, Long>(SiteStatus.class);
            counts.put(SiteStatus.RED, cluster.red());
            counts.put(SiteStatus.YELLOW, cluster.yellow());
            counts.put(SiteStatus.BLUE, cluster.blue());
            counts.put(SiteStatus.GREEN, cluster.green());
            return new Mark(cluster.x(), cluster.y(), cluster.radius(), cluster.total(), counts, null);
        }

        /** The radius a phone draws. */
        long drawn() {
            return dot != null ? DOT_RADIUS : r * CLUSTER_SCALE;
        }

        boolean touches(Mark other) {
            long dx = x - other.x;
            long dy = y - other.y;
            long reach = drawn() + other.drawn() + GAP;
            return dx * dx + dy * dy < reach * reach;
        }

        /** One circle at the two marks' centre weighted by their counts. */
        Mark with(Mark other) {
            long total = count + other.count;
            var sum = new EnumMap<SiteStatus, Long>(SiteStatus.class);
            sum.putAll(counts);
            other.counts.forEach((status, n) -> sum.merge(status, n, Long::sum));
            return new Mark(Math.round((x * (double) count + other.x * (double) other.count) / total),
                    Math.round((y * (double) count + other.y * (double) other.count) / total), radius(total), total,
                    sum, null);
        }

        ClusterMark cluster() {
            return new ClusterMark(x, y, r, worst(), count, n(SiteStatus.RED), n(SiteStatus.YELLOW),
                    n(SiteStatus.BLUE), n(SiteStatus.GREEN));
        }

        private long n(SiteStatus status) {
            return counts.getOrDefault(status, 0L);
        }

        private SiteStatus worst() {
            for (var status : List.of(SiteStatus.RED, SiteStatus.YELLOW, SiteStatus.BLUE, SiteStatus.GREEN)) {
                if (n(status) > 0) {
                    return status;
                }
            }
            return SiteStatus.GREEN;
        }
    }
}
