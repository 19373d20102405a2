package org.orepass.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.orepass.site.SiteStatus;
import org.orepass.web.site.SiteMapController.ClusterMark;
import org.orepass.web.site.SiteMapController.Dot;

/** Issue 16: no two marks of the site map cover each other, and no site is lost on the way. */
class MapMarksTest {

    private static Dot dot(long id, SiteStatus status, long x, long y) {
        return new Dot(id, "Site " + id, status, x, y);
    }

    @Test
    void dotsOnTheSameSpotBecomeOneNumberedCircleInTheWorstColour() {
        var marks = MapMarks.separate(List.of(dot(1, SiteStatus.GREEN, 500, 400), dot(2, SiteStatus.RED, 504, 402),
                dot(3, SiteStatus.BLUE, 100, 100)), List.of());
        assertThat(marks.dots()).extracting(Dot::id).containsExactly(3L);
        assertThat(marks.clusters()).singleElement().satisfies(cluster -> {
            assertThat(cluster.total()).isEqualTo(2);
            assertThat(cluster.worst()).isEqualTo(SiteStatus.RED);
            assertThat(cluster.red()).isEqualTo(1);
            assertThat(cluster.green()).isEqualTo(1);
            assertThat(cluster.x()).isEqualTo(502);
            assertThat(cluster.radius()).isEqualTo(MapMarks.radius(2));
        });
    }

    @Test
    void dotsThatOnlyComeNearStayLinks() {
        long apart = 2 * MapMarks.DOT_RADIUS + 3;
        var marks = MapMarks.separate(List.of(dot(1, SiteStatus.GREEN, 500, 400),
                dot(2, SiteStatus.GREEN, 500 + apart, 400)), List.of());
        assertThat(marks.dots()).hasSize(2);
        assertThat(marks.clusters()).isEmpty();
    }

    @Test
    void neighbouringCellsThatOverlapMergeAndTheGrownCircleTakesInWhatItNowCovers() {
        var big = new ClusterMark(500, 500, MapMarks.radius(40), SiteStatus.YELLOW, 40, 0, 40, 0, 0);
        var near = new ClusterMark(530, 500, MapMarks.radius(3), SiteStatus.GREEN, 3, 0, 0, 0, 3);
        var marks = MapMarks.separate(List.of(dot(9, SiteStatus.RED, 470, 500)), List.of(big, near));
        assertThat(marks.dots()).isEmpty();
        assertThat(marks.clusters()).singleElement().satisfies(cluster -> {
            assertThat(cluster.total()).isEqualTo(44);
            assertThat(cluster.worst()).isEqualTo(SiteStatus.RED);
            assertThat(cluster.yellow() + cluster.green() + cluster.red()).isEqualTo(44);
        });
    }

    @Test
    void anyScatterEndsWithNoTwoMarksTouchingAndEverySiteCounted() {
        var random = new Random(7);
        for (int round = 0; round < 50; round++) {
            var dots = new ArrayList<Dot>();
            int n = 1 + random.nextInt(200);
            for (int i = 0; i < n; i++) {
                dots.add(dot(i, SiteStatus.values()[random.nextInt(4)], random.nextInt(1000), random.nextInt(700)));
            }
            var marks = MapMarks.separate(dots, List.of());
            var circles = new ArrayList<long[]>();
            marks.dots().forEach(d -> circles.add(new long[] {d.x(), d.y(), MapMarks.DOT_RADIUS}));
            marks.clusters().forEach(c -> circles.add(
                    new long[] {c.x(), c.y(), c.radius() * MapMarks.CLUSTER_SCALE}));
            for (int i = 0; i < circles.size(); i++) {
                for (int j = i + 1; j < circles.size(); j++) {
                    long dx = circles.get(i)[0] - circles.get(j)[0];
                    long dy = circles.get(i)[1] - circles.get(j)[1];
                    long reach = circles.get(i)[2] + circles.get(j)[2];
                    assertThat(dx * dx + dy * dy).as("marks %d and %d apart", i, j).isGreaterThanOrEqualTo(reach * reach);
                }
            }
            long counted = marks.dots().size() + marks.clusters().stream().mapToLong(ClusterMark::total).sum();
            assertThat(counted).isEqualTo(n);
        }
    }
}
