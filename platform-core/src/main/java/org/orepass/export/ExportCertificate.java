package org.orepass.export;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.orepass.shared.Dates;
import org.orepass.shared.DomainRuleViolation;

/**
 * ICGLR MD.03: the certificate an inspector issues for a shipment whose papers and origin were checked. The
 * shipment supplies exporter, importer, lot, ore, weight, grade and value; this holds what the issuing
 * authority adds. Never changed once issued.
 */
@Entity
@Table(name = "export_certificate")
public class ExportCertificate {

    /** The standard: no more than 90 days between issuance and expiry. */
    public static final int MAX_VALIDITY_DAYS = 90;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "shipment_id", updatable = false)
    private ExportShipment shipment;

    @Column(updatable = false)
    private String issuingCountry;
    @Column(updatable = false)
    private String serialNumber;
    @Column(updatable = false)
    private String issuingAuthority;
    @Column(updatable = false)
    private String verifierName;
    @Column(updatable = false)
    private String verifierPosition;
    @Column(updatable = false)
    private String verifierId;
    @Column(updatable = false)
    private LocalDate verifiedOn;
    @Column(updatable = false)
    private String validatorName;
    /** The countries the mineral comes from, as the standard writes them: CD;RW. */
    @Column(updatable = false)
    private String mineralOrigin;
    @Column(updatable = false)
    private LocalDate issuedOn;
    @Column(updatable = false)
    private LocalDate expiresOn;
    @Column(updatable = false)
    private String issuedBy;
    @Column(updatable = false)
    private Instant issuedAt;
    /**
     * For material of foreign origin, the certificates it was imported with ({@code UG:UG-2026-00012;...}): a
     * re-export certificate cites them (issue 14, docs/borders.md). Null for domestic material.
     */
    @Column(updatable = false)
    private String originCertificates;
    /** When and by whom the certificate was withdrawn (its verification code withdrawn, issue 18); null if not. */
    private Instant withdrawnAt;
    private String withdrawnBy;

    protected ExportCertificate() {
    }

    static ExportCertificate issue(ExportShipment shipment, String serialNumber, CertificateDetails details,
            String mineralOrigin, LocalDate today, String issuedBy, Instant issuedAt) {
        var certificate = new ExportCertificate();
        certificate.shipment = shipment;
        certificate.issuingCountry = shipment.getExporter().getCountry();
        certificate.serialNumber = serialNumber;
        certificate.issuingAuthority = required("issuingAuthority", details.issuingAuthority());
        certificate.verifierName = required("verifierName", details.verifierName());
        certificate.verifierPosition = required("verifierPosition", details.verifierPosition());
        certificate.verifierId = details.verifierId() == null || details.verifierId().isBlank() ? null
                : limited("verifierId", details.verifierId(), 60);
        certificate.validatorName = required("validatorName", details.validatorName());
        if (details.verifiedOn() == null) {
            throw new DomainRuleViolation("verifiedOn", "validation.required");
        }
        if (details.verifiedOn().isAfter(today)) {
            throw new DomainRuleViolation("verifiedOn", "certificate.verifiedOn.future");
        }
        Dates.requirePast("verifiedOn", details.verifiedOn(), today);
        if (details.expiresOn() == null) {
            throw new DomainRuleViolation("expiresOn", "validation.required");
        }
        if (!details.expiresOn().isAfter(today) || details.expiresOn().isAfter(today.plusDays(MAX_VALIDITY_DAYS))) {
            throw new DomainRuleViolation("expiresOn", "certificate.expiresOn.range", MAX_VALIDITY_DAYS);
        }
        certificate.verifiedOn = details.verifiedOn();
        certificate.expiresOn = details.expiresOn();
        certificate.issuedOn = today;
        certificate.mineralOrigin = mineralOrigin;
        certificate.issuedBy = issuedBy;
        certificate.issuedAt = issuedAt;
        return certificate;
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new DomainRuleViolation(field, "validation.required");
        }
        return limited(field, value, 200);
    }

    private static String limited(String field, String value, int max) {
        if (value.strip().length() > max) {
            throw new DomainRuleViolation(field, "export.text.too-long", max);
        }
        return value.strip();
    }

    /** Set once, before the certificate is stored. */
    void citeOrigin(String citations) {
        this.originCertificates = citations;
    }

    public String getOriginCertificates() {
        return originCertificates;
    }

    public boolean isValidOn(LocalDate day) {
        return withdrawnAt == null && !day.isBefore(issuedOn) && !day.isAfter(expiresOn);
    }

    /** Withdrawn: no longer valid, whatever its dates (issue 18). Once. */
    void withdraw(String by, Instant at) {
        if (withdrawnAt != null) {
            throw new DomainRuleViolation("code", "provenance.withdraw.already");
        }
        this.withdrawnAt = at;
        this.withdrawnBy = by;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public Long getId() {
        return id;
    }

    public ExportShipment getShipment() {
        return shipment;
    }

    public String getIssuingCountry() {
        return issuingCountry;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public String getIssuingAuthority() {
        return issuingAuthority;
    }

    public String getVerifierName() {
        return verifierName;
    }

    public String getVerifierPosition() {
        return verifierPosition;
    }

    public String getVerifierId() {
        return verifierId;
    }

    public LocalDate getVerifiedOn() {
        return verifiedOn;
    }

    public String getValidatorName() {
        return validatorName;
    }

    public String getMineralOrigin() {
        return mineralOrigin;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }
}
