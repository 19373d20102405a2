package org.orepass.web.producer;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.orepass.producer.MercuryDetails;
import org.orepass.producer.ProcessingMethod;

/** Mercury used and recovered at one site over one period, gold produced, methods and annex C practices. */
public class MercuryForm {

    @NotNull
    private Long siteId;
    @NotNull
    private LocalDate periodStart;
    @NotNull
    private LocalDate periodEnd;
    @NotNull
    @DecimalMin("0")
    @DecimalMax("999999999.999")
    private BigDecimal mercuryUsedKg;
    @NotNull
    @DecimalMin("0")
    @DecimalMax("999999999.999")
    private BigDecimal mercuryRecoveredKg;
    @NotNull
    @DecimalMin("0")
    @DecimalMax("99999999999.999")
    private BigDecimal goldG;
    private Set<ProcessingMethod> methods = EnumSet.noneOf(ProcessingMethod.class);
    private boolean openBurning;
    private boolean residentialBurning;
    private boolean cyanideOnMercuryTailings;

    MercuryDetails toDetails() {
        return new MercuryDetails(periodStart, periodEnd, mercuryUsedKg, mercuryRecoveredKg, goldG,
                methods == null ? Set.of() : methods, openBurning, residentialBurning, cyanideOnMercuryTailings);
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    public BigDecimal getMercuryUsedKg() {
        return mercuryUsedKg;
    }

    public void setMercuryUsedKg(BigDecimal mercuryUsedKg) {
        this.mercuryUsedKg = mercuryUsedKg;
    }

    public BigDecimal getMercuryRecoveredKg() {
        return mercuryRecoveredKg;
    }

    public void setMercuryRecoveredKg(BigDecimal mercuryRecoveredKg) {
        this.mercuryRecoveredKg = mercuryRecoveredKg;
    }

    public BigDecimal getGoldG() {
        return goldG;
    }

    public void setGoldG(BigDecimal goldG) {
        this.goldG = goldG;
    }

    public Set<ProcessingMethod> getMethods() {
        return methods;
    }

    public void setMethods(Set<ProcessingMethod> methods) {
        this.methods = methods;
    }

    public boolean isOpenBurning() {
        return openBurning;
    }

    public void setOpenBurning(boolean openBurning) {
        this.openBurning = openBurning;
    }

    public boolean isResidentialBurning() {
        return residentialBurning;
    }

    public void setResidentialBurning(boolean residentialBurning) {
        this.residentialBurning = residentialBurning;
    }

    public boolean isCyanideOnMercuryTailings() {
        return cyanideOnMercuryTailings;
    }

    public void setCyanideOnMercuryTailings(boolean cyanideOnMercuryTailings) {
        this.cyanideOnMercuryTailings = cyanideOnMercuryTailings;
    }
}
