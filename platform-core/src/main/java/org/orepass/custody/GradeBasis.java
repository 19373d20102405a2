package org.orepass.custody;

import java.math.BigDecimal;
import java.util.List;
import org.orepass.site.Mineral;

/**
 * What a grade is a percentage of: the compound an assay reports for each mineral, and the share of that compound
 * that is the metal. Every stated conversion factor of the platform is here (docs/custody-operations.md, "Grade and
 * contained metal"): molar masses Sn 118.71, Ta 180.948, W 183.84, O 15.999.
 *
 * <p>One basis is canonical per mineral (the one lots store and the ICGLR {@code concentration} carries):
 * cassiterite SnO2, coltan Ta2O5, wolframite WO3, gold Au (fineness in percent: 995 per mille is 99.5 %). Cassiterite
 * is also traded on its tin content, so a grade typed as Sn is accepted and converted (SnO2 = Sn / 0.7877).
 */
public enum GradeBasis {
    /** Tin dioxide, the cassiterite concentrate's assay basis: Sn = SnO2 × 0.7877. */
    SNO2("SnO2", "Sn", new BigDecimal("0.7877")),
    /** Tin metal content, accepted for cassiterite and converted to SnO2. */
    SN("Sn", "Sn", BigDecimal.ONE),
    /** Tantalum pentoxide, coltan's basis: Ta = Ta2O5 × 0.8190. */
    TA2O5("Ta2O5", "Ta", new BigDecimal("0.8190")),
    /** Tungsten trioxide, wolframite's basis: W = WO3 × 0.7930. */
    WO3("WO3", "W", new BigDecimal("0.7930")),
    /** Gold: fineness in percent (doré 70-95 %; ore grades are small percentages, 10 g/t = 0.001 %). */
    AU("Au", "Au", BigDecimal.ONE);

    private final String compound;
    private final String metal;
    private final BigDecimal metalFactor;

    GradeBasis(String compound, String metal, BigDecimal metalFactor) {
        this.compound = compound;
        this.metal = metal;
        this.metalFactor = metalFactor;
    }

    /** The basis lots of this mineral are stored and exchanged on. */
    public static GradeBasis canonicalFor(Mineral mineral) {
        return switch (mineral) {
            case CASSITERITE -> SNO2;
            case COLTAN -> TA2O5;
            case WOLFRAMITE -> WO3;
            case GOLD, GOLD_ORE -> AU;
        };
    }

    /** The bases a grade of this mineral may be typed in: the canonical one first. */
    public static List<GradeBasis> acceptedFor(Mineral mineral) {
        return mineral == Mineral.CASSITERITE ? List.of(SNO2, SN) : List.of(canonicalFor(mineral));
    }

    /** The chemical formula the percentage is of ("SnO2"). */
    public String compound() {
        return compound;
    }

    /** The metal's symbol ("Sn"). */
    public String metal() {
        return metal;
    }

    /** Kilograms of metal in a kilogram of the compound. */
    public BigDecimal metalFactor() {
        return metalFactor;
    }
}
