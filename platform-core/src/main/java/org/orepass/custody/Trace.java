package org.orepass.custody;

import java.math.BigDecimal;
import java.util.List;
import org.orepass.site.SiteStatus;

/**
 * Everything upstream of one or more lots: the mine sites of origin with each one's share by mass, the lots on the
 * way, and what would stop an export certificate (see {@link Genealogy}).
 */
public record Trace(List<OriginShare> origins, List<TraceLot> lots, List<TraceProblem> problems,
        List<TraceProblem> warnings, List<ImportedOrigin> imported) {

    /** A trace with no import from outside the platform. */
    public Trace(List<OriginShare> origins, List<TraceLot> lots, List<TraceProblem> problems,
            List<TraceProblem> warnings) {
        this(origins, lots, problems, warnings, List.of());
    }

    /** A trace with no warnings. */
    public Trace(List<OriginShare> origins, List<TraceLot> lots, List<TraceProblem> problems) {
        this(origins, lots, problems, List.of());
    }

    /**
     * The origin countries with their kilograms and shares (issue 14, docs/borders.md): the mine sites' countries,
     * and the origin of every import whose chain starts outside the platform, largest first (then by code).
     */
    public List<CountryShare> countries() {
        var kg = new java.util.TreeMap<String, BigDecimal>();
        var share = new java.util.TreeMap<String, BigDecimal>();
        origins.forEach(o -> {
            kg.merge(o.country(), o.massKg(), BigDecimal::add);
            share.merge(o.country(), o.share(), BigDecimal::add);
        });
        imported.forEach(o -> {
            kg.merge(o.country(), o.massKg(), BigDecimal::add);
            share.merge(o.country(), o.share(), BigDecimal::add);
        });
        return kg.entrySet().stream().map(e -> new CountryShare(e.getKey(), e.getValue(), share.get(e.getKey())))
                .sorted(java.util.Comparator.comparing(CountryShare::massKg).reversed()
                        .thenComparing(CountryShare::country))
                .toList();
    }

    /** An origin country: the kilograms of the traced lots mined there and that as a share (0-1). */
    public record CountryShare(String country, BigDecimal massKg, BigDecimal share) {
    }

    /**
     * An import lot whose chain starts outside the platform (a certificate of another system, a non-ICGLR export
     * document): the origin its document states, with the kilograms and share of the traced lots it stands for.
     */
    public record ImportedOrigin(long lotId, String lotNumber, String country, BigDecimal massKg, BigDecimal share) {
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
            MISSING_GRADE,
            /**
             * Material changed country without an import (issue 14): a lot held in one country made from a lot held in
             * another, or a production lot held outside its site's country.
             */
            UNRECORDED_CROSSING,
            /** An import recorded without a valid certificate of the country it came from. */
            SUSPECT_IMPORT
        }
    }
}
