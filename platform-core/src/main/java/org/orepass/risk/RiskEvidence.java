package org.orepass.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.orepass.attachment.AttachmentType;
import org.orepass.attachment.StoredFile;

/**
 * A report or photo supporting a risk assessment, for one Annex II risk or (no risk) the whole assessment. Stored
 * like incident files (see {@link StoredFile}).
 */
@Entity
@Table(name = "risk_evidence")
public class RiskEvidence extends StoredFile {

    @Column(updatable = false)
    private Long assessmentId;
    @Enumerated(EnumType.STRING)
    @Column(name = "annex_ii_risk", updatable = false)
    private AnnexIIRisk risk;

    protected RiskEvidence() {
        // for JPA
    }

    RiskEvidence(Long assessmentId, AnnexIIRisk risk, String fileName, AttachmentType type, byte[] content,
            String sha256, String uploadedBy, Instant uploadedAt) {
        super(fileName, type, content, sha256, uploadedBy, uploadedAt);
        this.assessmentId = assessmentId;
        this.risk = risk;
    }

    public Long getAssessmentId() {
        return assessmentId;
    }

    public AnnexIIRisk getRisk() {
        return risk;
    }
}
