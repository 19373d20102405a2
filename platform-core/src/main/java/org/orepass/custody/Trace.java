package org.orepass.custody;

import java.math.BigDecimal;
import java.util.List;
import org.orepass.site.SiteStatus;

/**
 * Everything upstream of one or more lots: the mine sites of origin with each one's share by mass, the lots on the
 * way, and what would stop an export certificate (see {@link Genealogy}).
 */
public record Trace(List<OriginShare> origins, List<TraceLot> lots, List<TraceProblem> problems,
        List<TraceProblem> warnings) {

    /** A trace with no warnings. */
    public Trace(List<OriginShare> origins, List<TraceLot> lots, List<TraceProblem> problems) {
        this(origins, lots, problems, List.of());
    }

    /** Nothing in the chain stops certification. */
    public boolean clean() {
        return problems.isEmpty();
    }

    /** A mine site of origin: the kilograms of the traced lots that came from it and that as a share (0-1). */
    public record OriginShare(long siteId, String siteName, String country, SiteStatus statusToday,
            BigDecimal massKg, BigDecimal share) {
    }

    /**
     * A lot of the chain, {@code depth} links from the traced lots (0 = a traced lot itself), with the links that
     * make it the graph: its inputs (upstream) and the kilograms each gave.
     */
    public record TraceLot(long lotId, String lotNumber, OriginatingOperation operation, String custodian,
            BigDecimal massKg, int depth, Long siteId, String tagNumber, List<LotGraph.Input> inputs) {
    }

    public record TraceProblem(Kind kind, long lotId, String lotNumber, Long siteId) {

        /**
         * What can be wrong in a chain; each of {@link Trace#problems()} blocks an export certificate. A warning
         * ({@link Trace#warnings()}: MISSING_GRADE, a lot whose grade is unknown, so its metal cannot be balanced)
         * does not; it raises a low red flag.
         */
        public enum Kind {
            RED_SITE,
            VOIDED_TAG,
            UNCERTIFIED_LOT,
            WEIGHT_DIFFERENCE,
            MASS_BALANCE,
            UNKNOWN_ORIGIN,
            /** A processing's assayed outputs hold more metal than its inputs, beyond the tolerance. */
            METAL_BALANCE,
            MISSING_GRADE
        }
    }
}
