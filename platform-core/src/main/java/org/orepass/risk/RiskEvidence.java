package org.orepass.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.orepass.attachment.AttachmentType;
import org.orepass.audit.NotAudited;

/**
 * A report or photo supporting a risk assessment, for one Annex II risk or (no risk) the whole assessment. Stored
 * like incident files: checksum kept, never changed, bytes read for downloads only.
 */
@Entity
@Table(name = "risk_evidence")
public class RiskEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private Long assessmentId;
    @Enumerated(EnumType.STRING)
    @Column(name = "annex_ii_risk", updatable = false)
    private AnnexIIRisk risk;
    @Column(updatable = false)
    private String fileName;
    @Column(updatable = false)
    private String contentType;
    @Column(updatable = false)
    private long sizeBytes;
    @Column(updatable = false)
    private String sha256;

    /** The audit trail keeps the checksum, not megabytes of file. */
    @NotAudited
    @Column(updatable = false)
    private byte[] content;

    @Column(updatable = false)
    private String uploadedBy;
    @Column(updatable = false)
    private Instant uploadedAt;

    protected RiskEvidence() {
        // for JPA
    }

    RiskEvidence(Long assessmentId, AnnexIIRisk risk, String fileName, AttachmentType type, byte[] content,
            String sha256, String uploadedBy, Instant uploadedAt) {
        this.assessmentId = assessmentId;
        this.risk = risk;
        this.fileName = fileName;
        this.contentType = type.contentType();
        this.sizeBytes = content.length;
        this.sha256 = sha256;
        this.content = content.clone();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getAssessmentId() {
        return assessmentId;
    }

    public AnnexIIRisk getRisk() {
        return risk;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
