package org.orepass.web.savings;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.orepass.savings.ChargeMethod;
import org.orepass.savings.Constitution;
import org.orepass.savings.Cycle;
import org.springframework.format.annotation.DateTimeFormat;

/** The constitution of a cycle and the day it starts, as the group agreed it. */
public class ConstitutionForm {

    private BigDecimal shareValue;
    private Integer minShares = 1;
    private Integer maxShares = 5;
    private BigDecimal serviceChargePercent = BigDecimal.TEN;
    private ChargeMethod chargeMethod = ChargeMethod.FLAT;
    private Integer maxLoanMultiple = 3;
    private BigDecimal socialFundContribution;
    private BigDecimal fine;
    private Integer cycleMonths = 12;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startOn;

    static ConstitutionForm of(Cycle cycle) {
        var form = new ConstitutionForm();
        var c = cycle.constitution();
        form.shareValue = c.shareValue();
        form.minShares = c.minShares();
        form.maxShares = c.maxShares();
        form.serviceChargePercent = c.serviceChargePercent();
        form.chargeMethod = c.chargeMethod();
        form.maxLoanMultiple = c.maxLoanMultiple();
        form.socialFundContribution = c.socialFundContribution();
        form.fine = c.fine();
        form.cycleMonths = c.cycleMonths();
        form.startOn = cycle.startedOn();
        return form;
    }

    Constitution toConstitution(String currency) {
        return Constitution.typed(shareValue, minShares, maxShares, serviceChargePercent, chargeMethod,
                maxLoanMultiple, socialFundContribution, fine, cycleMonths, currency);
    }

    public BigDecimal getShareValue() {
        return shareValue;
    }

    public void setShareValue(BigDecimal shareValue) {
        this.shareValue = shareValue;
    }

    public Integer getMinShares() {
        return minShares;
    }

    public void setMinShares(Integer minShares) {
        this.minShares = minShares;
    }

    public Integer getMaxShares() {
        return maxShares;
    }

    public void setMaxShares(Integer maxShares) {
        this.maxShares = maxShares;
    }

    public BigDecimal getServiceChargePercent() {
        return serviceChargePercent;
    }

    public void setServiceChargePercent(BigDecimal serviceChargePercent) {
        this.serviceChargePercent = serviceChargePercent;
    }

    public ChargeMethod getChargeMethod() {
        return chargeMethod;
    }

    public void setChargeMethod(ChargeMethod chargeMethod) {
        this.chargeMethod = chargeMethod;
    }

    public Integer getMaxLoanMultiple() {
        return maxLoanMultiple;
    }

    public void setMaxLoanMultiple(Integer maxLoanMultiple) {
        this.maxLoanMultiple = maxLoanMultiple;
    }

    public BigDecimal getSocialFundContribution() {
        return socialFundContribution;
    }

    public void setSocialFundContribution(BigDecimal socialFundContribution) {
        this.socialFundContribution = socialFundContribution;
    }

    public BigDecimal getFine() {
        return fine;
    }

    public void setFine(BigDecimal fine) {
        this.fine = fine;
    }

    public Integer getCycleMonths() {
        return cycleMonths;
    }

    public void setCycleMonths(Integer cycleMonths) {
        this.cycleMonths = cycleMonths;
    }

    public LocalDate getStartOn() {
        return startOn;
    }

    public void setStartOn(LocalDate startOn) {
        this.startOn = startOn;
    }
}
