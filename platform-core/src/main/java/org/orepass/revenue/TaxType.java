package org.orepass.revenue;

/**
 * The taxes a schedule can levy. The ICGLR standard (MD.13) describes a tax's type in free text and has no code
 * list, so these are the platform's own: each says how it is computed and what it is charged on, so that a lot
 * is never charged a royalty twice (once produced, again exported). A country that collects its royalty at export
 * keeps an {@link #EXPORT_TAX} schedule instead.
 */
public enum TaxType {
    /** A percentage of the value, on production lots: the gazetted reference value per kg, since lots have no price. */
    ROYALTY(true, TaxSource.PRODUCTION_LOT),
    /** An amount per kilogram produced (mining fees, levies). */
    FEE_PER_KG(false, TaxSource.PRODUCTION_LOT),
    /** A percentage of the declared export value. */
    EXPORT_TAX(true, TaxSource.EXPORT),
    /** An amount per kilogram exported. */
    EXPORT_FEE_PER_KG(false, TaxSource.EXPORT);

    private final boolean percentage;
    private final TaxSource chargedOn;

    TaxType(boolean percentage, TaxSource chargedOn) {
        this.percentage = percentage;
        this.chargedOn = chargedOn;
    }

    /** A percentage of a value; otherwise an amount per kilogram. */
    public boolean isPercentage() {
        return percentage;
    }

    public TaxSource chargedOn() {
        return chargedOn;
    }
}
