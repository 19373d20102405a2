package org.orepass.web.incident;

import jakarta.validation.constraints.NotBlank;
import org.orepass.incident.IncidentDetails;

/**
 * The short public form: what happened, how grave, when, where, who was hurt. No name, no contact, no file.
 * {@code website} is the honeypot: hidden from people, filled in by bots that fill in every field.
 */
public class PublicReportForm extends ReportFacts {

    @NotBlank(message = "{validation.required}")
    private String country;
    /** A registered site picked by its name or place (the public sees no coordinates nor identifiers). */
    private Long siteId;
    private String website;

    IncidentDetails toDetails() {
        return new IncidentDetails(getCategoryId(), getSeverity(), getOccurredOn(), siteId, upper(country),
                upper(getDivision()), getLocality(), null, getDescription(), true, affected(), null, null);
    }

    boolean caughtInHoneypot() {
        return website != null && !website.isEmpty();
    }

    @Override
    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    @Override
    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
