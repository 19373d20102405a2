package org.orepass.web.custody;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** The sell form on a lot page: to whom, how many kilograms, and the lot's version the seller saw. */
public class SaleForm {

    @NotNull(message = "{transfer.buyer.required}")
    private Long buyerId;
    @NotNull(message = "{transfer.mass.positive}")
    private BigDecimal massKg;
    private Long version;

    public SaleForm() {
    }

    SaleForm(long version) {
        this.version = version;
    }

    public Long getBuyerId() {
        return buyerId;
    }

    public void setBuyerId(Long buyerId) {
        this.buyerId = buyerId;
    }

    public BigDecimal getMassKg() {
        return massKg;
    }

    public void setMassKg(BigDecimal massKg) {
        this.massKg = massKg;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
