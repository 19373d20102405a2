package org.orepass.custody;

import java.math.BigDecimal;

/**
 * A lot a split or processing makes: its mass in kilograms and, optionally, its grade (processing changes it; a
 * split keeps its input's unless a grade is typed) in percent of {@code gradeBasis} (null: the mineral's canonical
 * basis), and packaging.
 */
public record OutputLot(BigDecimal massKg, BigDecimal concentration, String packageType, Integer packageCount,
        GradeBasis gradeBasis) {

    public OutputLot(BigDecimal massKg, BigDecimal concentration, String packageType, Integer packageCount) {
        this(massKg, concentration, packageType, packageCount, null);
    }

    public static OutputLot of(BigDecimal massKg) {
        return new OutputLot(massKg, null, null, null);
    }
}
