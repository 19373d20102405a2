package org.orepass.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orepass.custody.Trace.OriginShare;
import org.orepass.custody.Trace.TraceProblem.Kind;
import org.orepass.site.Mineral;
import org.orepass.site.SiteStatus;

/** Shares by mass, depths and problems computed from graph rows (the recursive SQL is tested against PostgreSQL). */
class GenealogyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    final List<LotGraph.Node> rows = new ArrayList<>();
    final Genealogy genealogy = new Genealogy(new LotGraph() {
        @Override
        public List<Node> upstream(Collection<Long> lotIds) {
            return rows;
        }

        @Override
        public List<Node> downstream(long lotId) {
            return rows;
        }
    }, null, Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), new BigDecimal("2"));

    static BigDecimal kg(String value) {
        return new BigDecimal(value);
    }

    LotGraph.Node produced(long id, long siteId, String massKg, SiteStatus status) {
        var node = new LotGraph.Node(id, "L" + id, OriginatingOperation.PRODUCTION, Mineral.CASSITERITE, kg(massKg),
                false, 1L, "Coop", siteId, "Site " + siteId, "UG", status, TODAY.minusMonths(1), null, "T" + id,
                TagStatus.USED, List.of());
        rows.add(node);
        return node;
    }

    LotGraph.Node made(long id, OriginatingOperation operation, String massKg, LotGraph.Input... inputs) {
        var node = new LotGraph.Node(id, "L" + id, operation, Mineral.CASSITERITE, kg(massKg), false, 2L, "Trader",
                null, null, null, null, null, null, null, null, List.of(inputs));
        rows.add(node);
        return node;
    }

    static LotGraph.Input in(long lotId, String massKg) {
        return new LotGraph.Input(lotId, kg(massKg));
    }

    @Test
    void sharesFollowTheKilogramsEachInputGaveWhateverWasLostLater() {
        produced(1, 10, "60", SiteStatus.GREEN);
        produced(2, 20, "40", SiteStatus.GREEN);
        made(3, OriginatingOperation.COMBINATION, "100", in(1, "60"), in(2, "40"));
        made(4, OriginatingOperation.PROCESSING, "50", in(3, "100"));

        var trace = genealogy.analyse(rows, List.of(4L));

        assertThat(trace.origins()).extracting(OriginShare::siteId, OriginShare::massKg, OriginShare::share)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(10L, kg("30.000"), kg("0.6000")),
                        org.assertj.core.groups.Tuple.tuple(20L, kg("20.000"), kg("0.4000")));
        assertThat(trace.lots()).extracting(Trace.TraceLot::lotId, Trace.TraceLot::depth)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(4L, 0),
                        org.assertj.core.groups.Tuple.tuple(3L, 1), org.assertj.core.groups.Tuple.tuple(1L, 2),
                        org.assertj.core.groups.Tuple.tuple(2L, 2));
        assertThat(trace.clean()).isTrue();
    }

    @Test
    void aLotReachedByTwoPathsCountsBoth() {
        // Lot 1 split into 2 and 3 (with lot 9 from another site joining 3), then 2 and 3 combined again into 4.
        produced(1, 10, "100", SiteStatus.GREEN);
        produced(9, 90, "50", SiteStatus.GREEN);
        made(2, OriginatingOperation.COMBINATION, "30", in(1, "30"));
        made(3, OriginatingOperation.COMBINATION, "120", in(1, "70"), in(9, "50"));
        made(4, OriginatingOperation.COMBINATION, "150", in(2, "30"), in(3, "120"));

        var trace = genealogy.analyse(rows, List.of(4L));

        assertThat(trace.origins()).extracting(OriginShare::siteId, OriginShare::massKg)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(10L, kg("100.000")),
                        org.assertj.core.groups.Tuple.tuple(90L, kg("50.000")));
        assertThat(trace.origins().get(0).share()).isEqualByComparingTo("0.6667");
    }

    @Test
    void severalTracedLotsShareByTheirOwnMass() {
        produced(1, 10, "30", SiteStatus.GREEN);
        produced(2, 20, "10", SiteStatus.GREEN);

        var trace = genealogy.analyse(rows, List.of(1L, 2L));

        assertThat(trace.origins()).extracting(OriginShare::share).containsExactly(kg("0.7500"), kg("0.2500"));
    }

    @Test
    void everyProblemThatBlocksCertificationIsNamedWithItsLot() {
        produced(1, 10, "60", SiteStatus.RED);
        rows.add(new LotGraph.Node(2, "L2", OriginatingOperation.PRODUCTION, Mineral.CASSITERITE, kg("40"), true,
                1L, "Coop", 20L, "Site 20", "UG", SiteStatus.GREEN, TODAY, null, "T2", TagStatus.VOIDED, List.of()));
        // Sent 20 kg, weighed 25 on receipt: beyond the 2 % tolerance.
        made(5, OriginatingOperation.PURCHASE, "25", in(1, "20"));
        // Processing that gives out more than went in.
        made(7, OriginatingOperation.PROCESSING, "31", in(5, "25"));
        made(6, OriginatingOperation.COMBINATION, "71", in(7, "31"), in(2, "40"));
        var trace = genealogy.analyse(rows, List.of(6L));

        assertThat(trace.clean()).isFalse();
        assertThat(trace.problems()).extracting(p -> p.kind() + ":" + p.lotNumber())
                .containsExactlyInAnyOrder("RED_SITE:L1", "VOIDED_TAG:L2", "UNCERTIFIED_LOT:L2",
                        "WEIGHT_DIFFERENCE:L5", "MASS_BALANCE:L7");
    }

    @Test
    void weightDifferencesWithinTheToleranceAreNotProblems() {
        produced(1, 10, "100", SiteStatus.GREEN);
        made(2, OriginatingOperation.PURCHASE, "98.1", in(1, "100"));
        made(3, OriginatingOperation.PROCESSING, "100", in(2, "98.1"));
        assertThat(genealogy.analyse(rows, List.of(3L)).clean()).as("1.9 %% lighter, 1.9 %% heavier").isTrue();

        rows.clear();
        produced(1, 10, "100", SiteStatus.GREEN);
        made(2, OriginatingOperation.PURCHASE, "97.9", in(1, "100"));
        assertThat(genealogy.analyse(rows, List.of(2L)).problems()).extracting(Trace.TraceProblem::kind)
                .as("lighter beyond the tolerance: ore swapped on the road").containsExactly(Kind.WEIGHT_DIFFERENCE);
    }

    @Test
    void aLotWithNeitherInputsNorSiteHasNoKnownOrigin() {
        made(1, OriginatingOperation.IMPORT, "10");
        assertThat(genealogy.analyse(rows, List.of(1L)).problems()).extracting(Trace.TraceProblem::kind)
                .containsExactly(Kind.UNKNOWN_ORIGIN);
    }

    @Test
    void aYellowSitePastItsCorrectionDeadlineCountsAsRed() {
        rows.add(new LotGraph.Node(1, "L1", OriginatingOperation.PRODUCTION, Mineral.GOLD, kg("1"), false, 1L, "Coop",
                10L, "Site", "UG", SiteStatus.YELLOW, TODAY.minusMonths(4), TODAY.minusDays(1), "T1",
                TagStatus.USED, List.of()));
        var trace = genealogy.analyse(rows, List.of(1L));
        assertThat(trace.origins().get(0).statusToday()).isEqualTo(SiteStatus.RED);
        assertThat(trace.problems()).extracting(Trace.TraceProblem::kind).containsExactly(Kind.RED_SITE);
    }

    @Test
    void theTreeStopsAtItsLimitAndShowsRepeatedLotsOnce() {
        produced(1, 10, "100", SiteStatus.GREEN);
        made(2, OriginatingOperation.COMBINATION, "30", in(1, "30"));
        made(3, OriginatingOperation.COMBINATION, "70", in(1, "70"));
        made(4, OriginatingOperation.COMBINATION, "100", in(2, "30"), in(3, "70"));

        var tree = LotTree.build(rows, 4, 100, true);
        assertThat(tree.children()).extracting(LotTree::lotId).containsExactly(2L, 3L);
        assertThat(tree.children().get(0).children().get(0).repeated()).isFalse();
        assertThat(tree.children().get(1).children().get(0).repeated()).isTrue();
        assertThat(tree.truncated()).isFalse();

        var cut = LotTree.build(rows, 4, 3, true);
        assertThat(cut.truncated()).isTrue();
        assertThat(cut.children()).hasSize(2);
        assertThat(cut.children().get(0).children()).isEmpty();

        var forward = LotTree.build(rows, 1, 100, false);
        assertThat(forward.children()).extracting(LotTree::lotId, LotTree::linkKg)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, kg("30")),
                        org.assertj.core.groups.Tuple.tuple(3L, kg("70")));
    }
}
