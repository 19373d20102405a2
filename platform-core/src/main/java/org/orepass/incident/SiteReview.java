package org.orepass.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A site under review because a level-1 incident under an Annex II category was verified there. The site's
 * inspector clears it with a note once the risk is dealt with; lots from the site are held for export review
 * while it is open ({@link SiteReviews#lotsOnHold}).
 */
@Entity
@Table(name = "site_review")
public class SiteReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private Long siteId;
    @Column(updatable = false)
    private Long incidentId;
    @Column(updatable = false)
    private Instant openedAt;
    private Instant clearedAt;
    private String clearedBy;
    private String clearingNote;
    /** Ended because the incident was linked to another site, not cleared by the site's inspector. */
    private boolean relinked;

    @Version
    private long version;

    protected SiteReview() {
        // for JPA
    }

    SiteReview(Long siteId, Long incidentId, Instant openedAt) {
        this.siteId = siteId;
        this.incidentId = incidentId;
        this.openedAt = openedAt;
    }

    void clear(String by, String note, Instant at) {
        this.clearedBy = by;
        this.clearingNote = note;
        this.clearedAt = at;
    }

    /** The incident now concerns another site: this review ends without a note (nobody checked this site). */
    void endBecauseRelinked(String by, Instant at) {
        this.clearedBy = by;
        this.clearedAt = at;
        this.relinked = true;
    }

    public boolean isRelinked() {
        return relinked;
    }

    public boolean isOpen() {
        return clearedAt == null;
    }

    public Long getId() {
        return id;
    }

    public Long getSiteId() {
        return siteId;
    }

    public Long getIncidentId() {
        return incidentId;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClearedAt() {
        return clearedAt;
    }

    public String getClearedBy() {
        return clearedBy;
    }

    public String getClearingNote() {
        return clearingNote;
    }

    public long getVersion() {
        return version;
    }
}
