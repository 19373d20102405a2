package org.orepass.web.savings;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** An equipment loan as the lender records it. */
public class EquipmentLoanForm {

    private Long lenderId;
    private Long producerId;
    private String equipment;
    private BigDecimal principal;
    private String currency = "UGX";
    private BigDecimal annualRatePercent;
    private Integer termMonths = 12;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate givenOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate firstDueOn;

    public Long getLenderId() {
        return lenderId;
    }

    public void setLenderId(Long lenderId) {
        this.lenderId = lenderId;
    }

    public Long getProducerId() {
        return producerId;
    }

    public void setProducerId(Long producerId) {
        this.producerId = producerId;
    }

    public String getEquipment() {
        return equipment;
    }

    public void setEquipment(String equipment) {
        this.equipment = equipment;
    }

    public BigDecimal getPrincipal() {
        return principal;
    }

    public void setPrincipal(BigDecimal principal) {
        this.principal = principal;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public BigDecimal getAnnualRatePercent() {
        return annualRatePercent;
    }

    public void setAnnualRatePercent(BigDecimal annualRatePercent) {
        this.annualRatePercent = annualRatePercent;
    }

    public Integer getTermMonths() {
        return termMonths;
    }

    public void setTermMonths(Integer termMonths) {
        this.termMonths = termMonths;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public void setGivenOn(LocalDate givenOn) {
        this.givenOn = givenOn;
    }

    public LocalDate getFirstDueOn() {
        return firstDueOn;
    }

    public void setFirstDueOn(LocalDate firstDueOn) {
        this.firstDueOn = firstDueOn;
    }
}
