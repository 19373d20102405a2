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
    private String website;

    IncidentDetails toDetails() {
        return new IncidentDetails(getCategoryId(), getSeverity(), getOccurredOn(), null, upper(country),
                upper(getDivision()), getLocality(), null, getDescription(), true, affected(), null, null);
    }

    boolean caughtInHoneypot() {
        return website != null && !website.isEmpty();
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }
}
