package org.orepass.web.incident;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.orepass.incident.AffectedPeople;
import org.orepass.incident.IncidentDetails;
import org.orepass.site.Mineral;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The signed-in report form. The place is a site (when the report starts from a site page) or a country,
 * division and locality; lots are typed as their numbers, separated by commas or spaces.
 */
public class IncidentForm {

    @NotNull(message = "{validation.required}")
    private Long categoryId;
    @NotNull(message = "{validation.required}")
    @Min(value = 1, message = "{incident.severity.range}")
    @Max(value = 3, message = "{incident.severity.range}")
    private Integer severity;
    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate occurredOn;
    private Long siteId;
    private String country;
    @Size(max = 6, message = "{validation.size}")
    private String division;
    @Size(max = 120, message = "{validation.size}")
    private String locality;
    private Mineral mineral;
    @NotBlank(message = "{validation.required}")
    @Size(max = 4000, message = "{validation.size}")
    private String description;
    private boolean sensitive;
    @PositiveOrZero(message = "{incident.affected.negative}")
    private int affectedWomen;
    @PositiveOrZero(message = "{incident.affected.negative}")
    private int affectedMen;
    @PositiveOrZero(message = "{incident.affected.negative}")
    private int affectedGirls;
    @PositiveOrZero(message = "{incident.affected.negative}")
    private int affectedBoys;
    @Size(max = 500, message = "{validation.size}")
    private String lotNumbers;
    private Set<Long> organisationIds = new HashSet<>();

    IncidentDetails toDetails() {
        return new IncidentDetails(categoryId, severity, occurredOn, siteId, upper(country), upper(division),
                locality, mineral, description, sensitive,
                new AffectedPeople(affectedWomen, affectedMen, affectedGirls, affectedBoys), lotNumberList(),
                organisationIds);
    }

    List<String> lotNumberList() {
        if (lotNumbers == null || lotNumbers.isBlank()) {
            return List.of();
        }
        return Arrays.stream(lotNumbers.split("[,;\\s]+")).filter(s -> !s.isBlank()).distinct().toList();
    }

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

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
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

    public Mineral getMineral() {
        return mineral;
    }

    public void setMineral(Mineral mineral) {
        this.mineral = mineral;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isSensitive() {
        return sensitive;
    }

    public void setSensitive(boolean sensitive) {
        this.sensitive = sensitive;
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

    public String getLotNumbers() {
        return lotNumbers;
    }

    public void setLotNumbers(String lotNumbers) {
        this.lotNumbers = lotNumbers;
    }

    public Set<Long> getOrganisationIds() {
        return organisationIds;
    }

    public void setOrganisationIds(Set<Long> organisationIds) {
        this.organisationIds = organisationIds == null ? new HashSet<>() : organisationIds;
    }
}
