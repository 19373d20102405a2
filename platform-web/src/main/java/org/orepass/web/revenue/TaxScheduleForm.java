package org.orepass.web.revenue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.orepass.revenue.ScheduleDetails;
import org.orepass.revenue.TaxSchedule;
import org.orepass.revenue.TaxType;
import org.orepass.site.Mineral;
import org.springframework.format.annotation.DateTimeFormat;

/** The tax schedule form as typed; never the entity. */
public class TaxScheduleForm {

    @NotBlank(message = "{validation.required}")
    private String country;
    @NotNull(message = "{validation.required}")
    private Mineral mineral;
    @NotNull(message = "{validation.required}")
    private TaxType taxType;
    @NotNull(message = "{validation.required}")
    private BigDecimal rate;
    @NotBlank(message = "{validation.required}")
    private String currency;
    private BigDecimal referenceValuePerKg;
    @Size(max = 200, message = "{validation.size}")
    private String taxAuthority;
    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validFrom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validTo;
    private long version;

    static TaxScheduleForm of(TaxSchedule schedule) {
        var form = new TaxScheduleForm();
        form.country = schedule.getCountry();
        form.mineral = schedule.getMineral();
        form.taxType = schedule.getTaxType();
        form.rate = schedule.getRate();
        form.currency = schedule.getCurrency();
        form.referenceValuePerKg = schedule.getReferenceValuePerKg();
        form.taxAuthority = schedule.getTaxAuthority();
        form.validFrom = schedule.getValidFrom();
        form.validTo = schedule.getValidTo();
        form.version = schedule.getVersion();
        return form;
    }

    ScheduleDetails toDetails() {
        return new ScheduleDetails(upper(country), mineral, taxType, rate, upper(currency), referenceValuePerKg,
                taxAuthority, validFrom, validTo);
    }

    private static String upper(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public Mineral getMineral() {
        return mineral;
    }

    public void setMineral(Mineral mineral) {
        this.mineral = mineral;
    }

    public TaxType getTaxType() {
        return taxType;
    }

    public void setTaxType(TaxType taxType) {
        this.taxType = taxType;
    }

    public BigDecimal getRate() {
        return rate;
    }

    public void setRate(BigDecimal rate) {
        this.rate = rate;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public BigDecimal getReferenceValuePerKg() {
        return referenceValuePerKg;
    }

    public void setReferenceValuePerKg(BigDecimal referenceValuePerKg) {
        this.referenceValuePerKg = referenceValuePerKg;
    }

    public String getTaxAuthority() {
        return taxAuthority;
    }

    public void setTaxAuthority(String taxAuthority) {
        this.taxAuthority = taxAuthority;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
