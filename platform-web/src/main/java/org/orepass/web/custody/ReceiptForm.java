package org.orepass.web.custody;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** The buyer's receipt: the mass it weighed, in kilograms. */
public class ReceiptForm {

    @NotNull(message = "{transfer.mass.positive}")
    private BigDecimal massKg;

    public BigDecimal getMassKg() {
        return massKg;
    }

    public void setMassKg(BigDecimal massKg) {
        this.massKg = massKg;
    }
}
