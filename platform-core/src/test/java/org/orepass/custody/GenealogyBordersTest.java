package org.orepass.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orepass.custody.Trace.TraceProblem.Kind;
import org.orepass.site.Mineral;
import org.orepass.site.SiteStatus;

/** Issue 14 in the genealogy: origin countries with shares, and crossings that were not imports (docs/borders.md). */
class GenealogyBordersTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
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

    void produced(long id, String siteCountry, String heldIn, String kg) {
        rows.add(new LotGraph.Node(id, "L" + id, OriginatingOperation.PRODUCTION, Mineral.CASSITERITE, new BigDecimal(kg),
                false, id, "Coop " + id, 100 + id, "Site " + id, siteCountry, SiteStatus.GREEN, TODAY.minusMonths(1),
                null, "T" + id, TagStatus.USED, List.of(), new BigDecimal("60"), false, heldIn, null));
    }

    void made(long id, OriginatingOperation operation, String heldIn, String kg, String origin, boolean uncertified,
            LotGraph.Input... inputs) {
        rows.add(new LotGraph.Node(id, "L" + id, operation, Mineral.CASSITERITE, new BigDecimal(kg), uncertified, id,
                "Holder " + id, null, null, null, null, null, null, null, null, List.of(inputs), new BigDecimal("60"),
                false, heldIn, origin));
    }

    static LotGraph.Input in(long id, String kg) {
        return new LotGraph.Input(id, new BigDecimal(kg));
    }

    @Test
    void aDomesticPurchaseAcrossTheBorderIsACrossingNobodyRecorded() {
        // The path: a Ugandan cooperative "sold" to a Congolese comptoir as a domestic purchase.
        produced(1, "UG", "UG", "100");
        made(2, OriginatingOperation.PURCHASE, "CD", "100", null, false, in(1, "100"));

        var trace = genealogy.analyse(rows, List.of(2L));

        assertThat(trace.problems()).extracting(Trace.TraceProblem::kind, Trace.TraceProblem::lotId)
                .containsExactly(tuple(Kind.UNRECORDED_CROSSING, 2L));
        assertThat(trace.countries()).extracting(Trace.CountryShare::country).containsExactly("UG");
    }

    @Test
    void exportThenImportCrossesLawfullyAndAMixKeepsBothOriginsWithTheirShares() {
        produced(1, "UG", "UG", "60");
        made(2, OriginatingOperation.EXPORT, "UG", "60", null, false, in(1, "60"));
        made(3, OriginatingOperation.IMPORT, "CD", "60", "UG", false, in(2, "60"));
        produced(4, "CD", "CD", "40");
        made(5, OriginatingOperation.COMBINATION, "CD", "100", null, false, in(3, "60"), in(4, "40"));
        made(6, OriginatingOperation.PROCESSING, "CD", "70", null, false, in(5, "100"));

        var trace = genealogy.analyse(rows, List.of(6L));

        assertThat(trace.clean()).as("problems %s", trace.problems()).isTrue();
        assertThat(trace.countries()).extracting(Trace.CountryShare::country, Trace.CountryShare::share)
                .containsExactly(tuple("UG", new BigDecimal("0.6000")), tuple("CD", new BigDecimal("0.4000")));
    }

    @Test
    void anImportFromOutsideThePlatformStartsTheChainWithTheOriginItsDocumentStates() {
        made(1, OriginatingOperation.IMPORT, "UG", "30", "CO", false);
        produced(2, "UG", "UG", "70");
        made(3, OriginatingOperation.COMBINATION, "UG", "100", null, false, in(1, "30"), in(2, "70"));

        var trace = genealogy.analyse(rows, List.of(3L));

        assertThat(trace.clean()).isTrue();
        assertThat(trace.imported()).extracting(Trace.ImportedOrigin::country, Trace.ImportedOrigin::share)
                .containsExactly(tuple("CO", new BigDecimal("0.3000")));
        assertThat(trace.countries()).extracting(Trace.CountryShare::country).containsExactly("UG", "CO");
    }

    @Test
    void aSuspectImportAndAProductionHeldAbroadBlockTheCertificate() {
        made(1, OriginatingOperation.IMPORT, "CD", "30", "RW", true);
        produced(2, "UG", "CD", "70");
        made(3, OriginatingOperation.COMBINATION, "CD", "100", null, false, in(1, "30"), in(2, "70"));

        var trace = genealogy.analyse(rows, List.of(3L));

        assertThat(trace.problems()).extracting(Trace.TraceProblem::kind, Trace.TraceProblem::lotId)
                .contains(tuple(Kind.SUSPECT_IMPORT, 1L), tuple(Kind.UNCERTIFIED_LOT, 1L),
                        tuple(Kind.UNRECORDED_CROSSING, 2L));
        // Its origin is still the one its holder claimed: nothing becomes Congolese.
        assertThat(trace.countries()).extracting(Trace.CountryShare::country).containsExactly("UG", "RW");
    }
}
