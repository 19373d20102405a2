package org.orepass.web.incident;

import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.orepass.incident.IncidentDetails;
import org.orepass.site.Mineral;

/**
 * The signed-in report form. The place is a site (when the report starts from a site page) or a country,
 * division and locality; lots are typed as their numbers, separated by commas or spaces.
 */
public class IncidentForm extends ReportFacts {

    private Long siteId;
    private String country;
    private Mineral mineral;
    private boolean sensitive;
    @Size(max = 500, message = "{validation.size}")
    private String lotNumbers;
    private Set<Long> organisationIds = new HashSet<>();

    IncidentDetails toDetails() {
        return new IncidentDetails(getCategoryId(), getSeverity(), getOccurredOn(), siteId, upper(country),
                upper(getDivision()), getLocality(), mineral, getDescription(), sensitive, affected(),
                lotNumberList(), organisationIds);
    }

    List<String> lotNumberList() {
        if (lotNumbers == null || lotNumbers.isBlank()) {
            return List.of();
        }
        return Arrays.stream(lotNumbers.split("[,;\\s]+")).filter(s -> !s.isBlank()).distinct().toList();
    }

    @Override
    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    @Override
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

    public boolean isSensitive() {
        return sensitive;
    }

    public void setSensitive(boolean sensitive) {
        this.sensitive = sensitive;
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
