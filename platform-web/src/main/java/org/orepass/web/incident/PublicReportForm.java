package org.orepass.web.incident;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.orepass.incident.AffectedPeople;
import org.orepass.incident.IncidentDetails;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The short public form: what happened, how grave, when, where, who was hurt. No name, no contact, no file.
 * {@code website} is the honeypot: hidden from people, filled in by bots that fill in every field.
 */
public class PublicReportForm {

    @NotNull(message = "{validation.required}")
    private Long categoryId;
    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{incident.severity.range}")
    @Max(value = 3, message = "{incident.severity.range}")
    private Integer severity;
    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate occurredOn;
    @NotBlank(message = "{validation.required}")
    private String country;
    @Size(max = 6, message = "{validation.size}")
    private String division;
    @Size(max = 120, message = "{validation.size}")
    private String locality;
    @NotBlank(message = "{validation.required}")
    @Size(max = 4000, message = "{validation.size}")
    private String description;
    @PositiveOrZero(message = "{incident.affected.negative}")
    private int affectedWomen;
    @PositiveOrZero(message = "{incident.affected.negative}")
    private int affectedMen;
    @PositiveOrZero(message = "{incident.affected.negative}")
    private int affectedGirls;
    @PositiveOrZero(message = "{incident.affected.negative}")
    private int affectedBoys;
    private String website;

    IncidentDetails toDetails() {
        return new IncidentDetails(categoryId, severity, occurredOn, null, IncidentForm.upper(country),
                IncidentForm.upper(division), locality, null, description, true,
                new AffectedPeople(affectedWomen, affectedMen, affectedGirls, affectedBoys), null, null);
    }

    boolean caughtInHoneypot() {
        return website != null && !website.isEmpty();
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

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
