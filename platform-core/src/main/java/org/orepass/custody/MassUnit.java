package org.orepass.custody;

import java.math.BigDecimal;

/** Units of mass from UN/ECE Recommendation 20 (ICGLR MDC.07) the forms offer; balances are kept in kilograms. */
public enum MassUnit {
    KGM(BigDecimal.ONE),
    TNE(BigDecimal.valueOf(1000));

    private final BigDecimal kilograms;

    MassUnit(BigDecimal kilograms) {
        this.kilograms = kilograms;
    }

    public BigDecimal toKilograms(BigDecimal mass) {
        return mass.multiply(kilograms);
    }
}
