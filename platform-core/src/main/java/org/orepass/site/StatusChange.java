package org.orepass.site;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** ICGLR MD.10: one entry of a site's status history, with why it changed. Never edited. */
@Entity
@Table(name = "site_status_change")
public class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long siteId;
    private LocalDate changedOn;

    @Enumerated(EnumType.STRING)
    private SiteStatus fromStatus;

    @Enumerated(EnumType.STRING)
    private SiteStatus toStatus;

    @Enumerated(EnumType.STRING)
    private StatusChangeReason reason;

    private String note;
    private String recordedBy;
    private Instant recordedAt;

    protected StatusChange() {
        // for JPA
    }

    public StatusChange(Long siteId, LocalDate changedOn, SiteStatus fromStatus, SiteStatus toStatus,
            StatusChangeReason reason, String note, String recordedBy, Instant recordedAt) {
        this.siteId = siteId;
        this.changedOn = changedOn;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.reason = reason;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getSiteId() {
        return siteId;
    }

    public LocalDate getChangedOn() {
        return changedOn;
    }

    public SiteStatus getFromStatus() {
        return fromStatus;
    }

    public SiteStatus getToStatus() {
        return toStatus;
    }

    public StatusChangeReason getReason() {
        return reason;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
