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
import org.orepass.custody.Trace.TraceProblem;
import org.orepass.custody.Trace.TraceProblem.Kind;
import org.orepass.site.Mineral;
import org.orepass.site.SiteStatus;

/** What the trace says about grades: a metal gain blocks certification, an unknown grade is only a warning. */
class GenealogyMetalTest {

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

    private void produced(long id, String grade) {
        rows.add(new LotGraph.Node(id, "L" + id, OriginatingOperation.PRODUCTION, Mineral.CASSITERITE,
                new BigDecimal("100"), false, 1L, "Coop", 10L, "Site", "UG", SiteStatus.GREEN, TODAY.minusMonths(1),
                null, "T" + id, TagStatus.USED, List.of(), grade == null ? null : new BigDecimal(grade), false));
    }

    private void processed(long id, String grade, boolean metalGain, long input) {
        rows.add(new LotGraph.Node(id, "L" + id, OriginatingOperation.PROCESSING, Mineral.CASSITERITE,
                new BigDecimal("50"), false, 2L, "Processor", null, null, null, null, null, null, null, null,
                List.of(new LotGraph.Input(input, new BigDecimal("100"))), new BigDecimal(grade), metalGain));
    }

    @Test
    void aProcessingMarkedWithAMetalGainBlocksTheChain() {
        produced(1, "40");
        processed(2, "90", true, 1);
        var trace = genealogy.analyse(rows, List.of(2L));
        assertThat(trace.clean()).isFalse();
        assertThat(trace.problems()).extracting(TraceProblem::kind).containsExactly(Kind.METAL_BALANCE);
        assertThat(trace.warnings()).isEmpty();
    }

    @Test
    void aLotWithoutAGradeIsAWarningThatDoesNotBlock() {
        produced(1, null);
        processed(2, "70", false, 1);
        var trace = genealogy.analyse(rows, List.of(2L));
        assertThat(trace.clean()).isTrue();
        assertThat(trace.warnings()).extracting(TraceProblem::kind, TraceProblem::lotNumber)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.MISSING_GRADE, "L1"));
    }
}
