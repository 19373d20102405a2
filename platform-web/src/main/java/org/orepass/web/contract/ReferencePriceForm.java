package org.orepass.web.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.orepass.contract.PriceUnit;
import org.orepass.site.Mineral;
import org.springframework.format.annotation.DateTimeFormat;

/** A reference price as an administrator types it. */
public class ReferencePriceForm {

    private Mineral mineral;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate pricedOn;
    private BigDecimal amount;
    private String currency;
    private PriceUnit unit;
    private String source;

    public Mineral getMineral() {
        return mineral;
    }

    public void setMineral(Mineral mineral) {
        this.mineral = mineral;
    }

    public LocalDate getPricedOn() {
        return pricedOn;
    }

    public void setPricedOn(LocalDate pricedOn) {
        this.pricedOn = pricedOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public PriceUnit getUnit() {
        return unit;
    }

    public void setUnit(PriceUnit unit) {
        this.unit = unit;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }
}
