package org.orepass.custody.internal;

import org.orepass.custody.AnomalyKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A sign of laundering seen while recording custody (a reused or foreign tag, production beyond capacity), kept
 * for inspectors even when the step itself was refused. Never edited.
 */
@Entity
@Table(name = "custody_anomaly")
public class CustodyAnomaly {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private AnomalyKind kind;

    private String tagNumber;

    private Long siteId;

    private String recordedBy;

    private Instant recordedAt;

    private String details;

    protected CustodyAnomaly() {
    }

    public CustodyAnomaly(AnomalyKind kind, String tagNumber, Long siteId, String recordedBy, Instant recordedAt,
            String details) {
        this.kind = kind;
        this.tagNumber = tagNumber;
        this.siteId = siteId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.details = details;
    }

    public Long getId() {
        return id;
    }

    public AnomalyKind getKind() {
        return kind;
    }

    public String getTagNumber() {
        return tagNumber;
    }

    public Long getSiteId() {
        return siteId;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getDetails() {
        return details;
    }
}
