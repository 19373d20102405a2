package org.orepass.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.orepass.geography.Countries;
import org.orepass.shared.CountryCode;
import org.orepass.shared.DomainRuleViolation;

/**
 * A business entity or agency taking part in the platform: a mining authority, cooperative, trader, exporter,
 * CSO or auditor. Users belong to exactly one organisation; later, lots, sites and assessments name them too.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    private OrganisationType type;

    /** ISO 3166-1 alpha-2, through {@link CountryCode.Column}. */
    private CountryCode country;
    private String division;
    private String taxId;
    private String address;
    private String contactName;
    private String contactEmail;
    private String contactPhone;
    private boolean active = true;

    @Version
    private long version;

    @Column(updatable = false)
    private Instant createdAt;

    private Instant updatedAt;

    protected Organisation() {
        // for JPA
    }

    public static Organisation register(OrganisationDetails details, Instant now) {
        var organisation = new Organisation();
        organisation.describe(details, now);
        organisation.createdAt = now;
        return organisation;
    }

    /** Replaces the descriptive fields after checking them; the organisation's identity and history stay. */
    public void describe(OrganisationDetails details, Instant now) {
        validate(details);
        this.name = details.name().strip();
        this.type = details.type();
        this.country = CountryCode.of(details.country());
        this.division = blankToNull(details.division());
        this.taxId = blankToNull(details.taxId());
        this.address = blankToNull(details.address());
        this.contactName = blankToNull(details.contactName());
        this.contactEmail = blankToNull(details.contactEmail());
        this.contactPhone = blankToNull(details.contactPhone());
        this.updatedAt = now;
    }

    public void deactivate(Instant now) {
        this.active = false;
        this.updatedAt = now;
    }

    public void reactivate(Instant now) {
        this.active = true;
        this.updatedAt = now;
    }

    private static void validate(OrganisationDetails details) {
        if (details.name() == null || details.name().isBlank()) {
            throw new DomainRuleViolation("name", "validation.required");
        }
        if (details.type() == null) {
            throw new DomainRuleViolation("type", "validation.required");
        }
        if (!CountryCode.isCountry(details.country())) {
            throw new DomainRuleViolation("country", "validation.country");
        }
        var division = blankToNull(details.division());
        if (division != null && !Countries.isDivisionOf(division, details.country())) {
            throw new DomainRuleViolation("division", "validation.division", details.country());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public OrganisationDetails details() {
        return new OrganisationDetails(name, type, country.alpha2(), division, taxId, address, contactName, contactEmail,
                contactPhone);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public OrganisationType getType() {
        return type;
    }

    public String getCountry() {
        return country.alpha2();
    }

    public CountryCode countryCode() {
        return country;
    }

    public String getDivision() {
        return division;
    }

    public String getTaxId() {
        return taxId;
    }

    public String getAddress() {
        return address;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
