package org.orepass.contract;

import java.math.BigDecimal;
import java.math.MathContext;

/** The quantity a price is quoted for; prices are compared per kilogram. */
public enum PriceUnit {
    GRAM(new BigDecimal("1000")),
    KILOGRAM(BigDecimal.ONE),
    /** 31.1034768 g, the unit of the LBMA Gold Price. */
    TROY_OUNCE(new BigDecimal("1000").divide(new BigDecimal("31.1034768"), MathContext.DECIMAL64));

    private final BigDecimal perKilogram;

    PriceUnit(BigDecimal perKilogram) {
        this.perKilogram = perKilogram;
    }

    /** A price per this unit as a price per kilogram (unrounded to 16 digits). */
    public BigDecimal perKilogram(BigDecimal price) {
        return price.multiply(perKilogram, MathContext.DECIMAL64);
    }
}
