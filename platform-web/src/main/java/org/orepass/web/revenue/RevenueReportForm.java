package org.orepass.web.revenue;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Locale;
import org.orepass.revenue.ReportLevel;
import org.orepass.revenue.ReportPeriod;
import org.orepass.revenue.RevenueReportQuery;
import org.orepass.revenue.TaxType;
import org.orepass.site.Mineral;
import org.springframework.format.annotation.DateTimeFormat;

/** The report's filters, bound from the query string so a report is a link (and its CSV the same link). */
public class RevenueReportForm {

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;
    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;
    @NotNull(message = "{validation.required}")
    private ReportPeriod period = ReportPeriod.MONTH;
    @NotNull(message = "{validation.required}")
    private ReportLevel level = ReportLevel.DIVISION;
    private String country;
    @Pattern(regexp = "^$|^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$", message = "{validation.division.format}")
    private String division;
    @Size(max = 300, message = "{validation.size}")
    private String district;
    private Mineral mineral;
    private TaxType taxType;

    /** This year so far, by month and division, in the user's own country if they have one. */
    static RevenueReportForm thisYear(LocalDate today, String country) {
        var form = new RevenueReportForm();
        form.from = today.withDayOfYear(1);
        form.to = today;
        form.country = country;
        return form;
    }

    RevenueReportQuery toQuery() {
        return new RevenueReportQuery(from, to, period, level, blankToNull(country, true),
                blankToNull(division, true), blankToNull(district, false), mineral, taxType);
    }

    private static String blankToNull(String value, boolean code) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return code ? value.strip().toUpperCase(Locale.ROOT) : value.strip();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public ReportPeriod getPeriod() {
        return period;
    }

    public void setPeriod(ReportPeriod period) {
        this.period = period;
    }

    public ReportLevel getLevel() {
        return level;
    }

    public void setLevel(ReportLevel level) {
        this.level = level;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getDivision() {
        return division;
    }

    public void setDivision(String division) {
        this.division = division;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
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
}
