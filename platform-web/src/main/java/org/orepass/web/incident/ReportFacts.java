package org.orepass.web.incident;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Locale;
import org.orepass.incident.AffectedPeople;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What both report forms ask, with the same names and rules: the kind of incident, how grave, when, the place
 * below the country, what happened and the people affected by sex and age. The signed-in form
 * ({@link IncidentForm}) and the public one ({@link PublicReportForm}) add what only they ask.
 */
public abstract class ReportFacts {

    @NotNull(message = "{validation.required}")
    private Long categoryId;
    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{incident.severity.range}")
    @Max(value = 3, message = "{incident.severity.range}")
    private Integer severity;
    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate occurredOn;
    @Size(max = 6, message = "{validation.size}")
    private String division;
    @Size(max = 120, message = "{validation.size}")
    private String locality;
    @NotBlank(message = "{validation.required}")
    @Size(max = 4000, message = "{validation.size}")
    private String description;
    /** What the reporter typed to find the site (not stored): a name, a village, a division code. */
    @Size(max = 100, message = "{validation.size}")
    private String siteQuery;
    @PositiveOrZero(message = "{incident.affected.negative}")
    private int affectedWomen;
    @PositiveOrZero(message = "{incident.affected.negative}")
    private int affectedMen;
    @PositiveOrZero(message = "{incident.affected.negative}")
    private int affectedGirls;
    @PositiveOrZero(message = "{incident.affected.negative}")
    private int affectedBoys;

    AffectedPeople affected() {
        return new AffectedPeople(affectedWomen, affectedMen, affectedGirls, affectedBoys);
    }

    /** A code as stored: trimmed and upper-case, or null when left empty. */
    static String upper(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public Integer getSeverity() {
        return severity;
    }

    public void setSeverity(Integer severity) {
        this.severity = severity;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public String getDivision() {
        return division;
    }

    public void setDivision(String division) {
        this.division = division;
    }

    public String getLocality() {
        return locality;
    }

    public void setLocality(String locality) {
        this.locality = locality;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getSiteQuery() {
        return siteQuery;
    }

    public void setSiteQuery(String siteQuery) {
        this.siteQuery = siteQuery;
    }

    /** The site the reporter picked; null for none. */
    public abstract Long getSiteId();

    /** The country the reporter chose, which the site must lie in. */
    public abstract String getCountry();

    public int getAffectedWomen() {
        return affectedWomen;
    }

    public void setAffectedWomen(int affectedWomen) {
        this.affectedWomen = affectedWomen;
    }

    public int getAffectedMen() {
        return affectedMen;
    }

    public void setAffectedMen(int affectedMen) {
        this.affectedMen = affectedMen;
    }

    public int getAffectedGirls() {
        return affectedGirls;
    }

    public void setAffectedGirls(int affectedGirls) {
        this.affectedGirls = affectedGirls;
    }

    public int getAffectedBoys() {
        return affectedBoys;
    }

    public void setAffectedBoys(int affectedBoys) {
        this.affectedBoys = affectedBoys;
    }
}
