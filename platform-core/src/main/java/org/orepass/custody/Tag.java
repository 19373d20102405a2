package org.orepass.custody;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.orepass.organisation.Organisation;
import org.orepass.site.MineSite;

/**
 * ICGLR MD.11: a numbered tag the government agent at the mine issues to one site, to be sealed on exactly one
 * lot. The number is unique in its country (tags are printed nationally), and a tag never comes back to ISSUED.
 */
@Entity
@Table(name = "custody_tag")
public class Tag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private String country;

    @Column(updatable = false)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "site_id", updatable = false)
    private MineSite site;

    /** The batch the tag was issued in, as "first number – last number". */
    @Column(updatable = false)
    private String batch;

    @Enumerated(EnumType.STRING)
    private TagStatus status;

    /** MD.04 issuer: the inspector's organisation. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "issuer_id", updatable = false)
    private Organisation issuer;

    @Column(updatable = false)
    private String issuedBy;

    @Column(updatable = false)
    private Instant issuedAt;

    @Version
    private long version;

    protected Tag() {
    }

    Tag(MineSite site, String number, String batch, Organisation issuer, String issuedBy, Instant issuedAt) {
        this.country = site.getCountry();
        this.site = site;
        this.number = number;
        this.batch = batch;
        this.issuer = issuer;
        this.issuedBy = issuedBy;
        this.issuedAt = issuedAt;
        this.status = TagStatus.ISSUED;
    }

    /** Why this tag may not seal a new lot from {@code producingSite}, or null when it may. */
    AnomalyKind refusalFor(MineSite producingSite) {
        return switch (status) {
            case USED -> AnomalyKind.TAG_REUSED;
            case VOIDED -> AnomalyKind.TAG_VOIDED;
            case ISSUED -> site.getId().equals(producingSite.getId()) ? null : AnomalyKind.TAG_FROM_OTHER_SITE;
        };
    }

    void use() {
        if (status != TagStatus.ISSUED) {
            throw new IllegalStateException("tag " + number + " is " + status);
        }
        status = TagStatus.USED;
    }

    void voidTag() {
        if (status == TagStatus.USED) {
            throw new org.orepass.shared.DomainRuleViolation(null, "tag.void.used");
        }
        status = TagStatus.VOIDED;
    }

    public Long getId() {
        return id;
    }

    public String getCountry() {
        return country;
    }

    public String getNumber() {
        return number;
    }

    public MineSite getSite() {
        return site;
    }

    public String getBatch() {
        return batch;
    }

    public TagStatus getStatus() {
        return status;
    }

    public Organisation getIssuer() {
        return issuer;
    }

    public String getIssuedBy() {
        return issuedBy;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public long getVersion() {
        return version;
    }
}
