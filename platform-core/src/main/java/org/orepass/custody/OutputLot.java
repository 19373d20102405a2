package org.orepass.custody;

import java.math.BigDecimal;

/**
 * A lot a split or processing makes: its mass in kilograms and, optionally, its grade (processing changes it; a
 * split keeps its input's) and packaging.
 */
public record OutputLot(BigDecimal massKg, BigDecimal concentration, String packageType, Integer packageCount) {

    public static OutputLot of(BigDecimal massKg) {
        return new OutputLot(massKg, null, null, null);
    }
}
