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

    /** RMI smelter identifier (smelters and refiners only), unique across organisations. */
    private SmelterId smelterId;

    @Enumerated(EnumType.STRING)
    private SmelterAuditStatus smelterAuditStatus;

    private java.time.LocalDate smelterAuditDate;
    private String smelterAuditSource;
    private String street;
    private String city;
    private String stateProvince;

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

    /**
     * Records a smelter's or refiner's RMI identifier, audit status and CMRT address. Only organisations of a
     * smelting type carry them; the status is required, and its date (when a programme assessed or enrolled it,
     * not in the future) unless it is not enrolled. Every problem is refused at once. Uniqueness of the identifier
     * is the administration's check (and the database's).
     */
    public void profileSmelter(SmelterProfile profile, java.time.LocalDate today, Instant now) {
        if (type == null || !type.smelts()) {
            throw new DomainRuleViolation("smelterId", "smelter.not-smelter");
        }
        var checks = new org.orepass.shared.RuleChecks();
        var id = checks.value(() -> SmelterId.typed("smelterId", profile.smelterId()));
        checks.refuseIf(profile.auditStatus() == null, "auditStatus", "validation.required");
        checks.refuseIf(profile.auditStatus() != null && profile.auditStatus() != SmelterAuditStatus.NOT_ENROLLED
                && profile.auditDate() == null, "auditDate", "smelter.auditDate.required");
        var date = checks.value(() -> org.orepass.shared.Dates.requirePast("auditDate", profile.auditDate(), today));
        var source = checks.value(() -> bounded("auditSource", profile.auditSource(), 200));
        var street = checks.value(() -> bounded("street", profile.street(), 200));
        var city = checks.value(() -> bounded("city", profile.city(), 120));
        var stateProvince = checks.value(() -> bounded("stateProvince", profile.stateProvince(), 120));
        checks.throwIfAny();
        this.smelterId = id;
        this.smelterAuditStatus = profile.auditStatus();
        this.smelterAuditDate = date;
        this.smelterAuditSource = source;
        this.street = street;
        this.city = city;
        this.stateProvince = stateProvince;
        this.updatedAt = now;
    }

    private static String bounded(String field, String value, int max) {
        var clean = blankToNull(value);
        if (clean != null && clean.length() > max) {
            throw new DomainRuleViolation(field, "smelter.text.too-long", max);
        }
        return clean;
    }

    public SmelterProfile smelterProfile() {
        return new SmelterProfile(smelterId == null ? null : smelterId.value(), smelterAuditStatus, smelterAuditDate,
                smelterAuditSource, street, city, stateProvince);
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

    public SmelterId getSmelterId() {
        return smelterId;
    }

    public SmelterAuditStatus getSmelterAuditStatus() {
        return smelterAuditStatus;
    }

    public java.time.LocalDate getSmelterAuditDate() {
        return smelterAuditDate;
    }

    public String getSmelterAuditSource() {
        return smelterAuditSource;
    }

    public String getStreet() {
        return street;
    }

    public String getCity() {
        return city;
    }

    public String getStateProvince() {
        return stateProvince;
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
