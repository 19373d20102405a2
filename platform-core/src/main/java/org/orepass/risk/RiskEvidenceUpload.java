package org.orepass.risk;

import org.orepass.risk.internal.RiskAccessDenied;
import org.orepass.risk.internal.RiskEvidenceFiles;
import org.orepass.risk.internal.RiskEvidenceSummary;
import java.time.Clock;
import java.util.List;
import org.orepass.account.Actor;
import org.orepass.attachment.UploadedFile;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence on a risk assessment, checked as every upload is ({@link UploadedFile}: type read from the content,
 * the attachments' size limit). Who may change the assessment adds files; whoever may read it downloads them;
 * anyone else is told the assessment does not exist, as on its page.
 */
@Service
@Transactional
public class RiskEvidenceUpload {

    private final RiskAssessments assessments;
    private final RiskEvidenceFiles files;
    private final Clock clock;
    private final long maxBytes;

    public RiskEvidenceUpload(RiskAssessments assessments, RiskEvidenceFiles files, Clock clock,
            @Value("${orepass.attachments.max-bytes:10485760}") long maxBytes) {
        this.assessments = assessments;
        this.files = files;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** @param risk the Annex II risk the file supports, blank for the whole assessment */
    public RiskEvidence attach(Actor actor, Long assessmentId, String risk, String fileName, byte[] content) {
        var assessment = visible(actor, assessmentId);
        if (!RiskAccess.mayAssessFor(actor, assessment)) {
            throw new RiskAccessDenied("add evidence to risk assessment " + assessmentId);
        }
        var annexRisk = annexRisk(risk);
        var file = UploadedFile.check(fileName, content, maxBytes, "risk.evidence");
        return files.add(new RiskEvidence(assessmentId, annexRisk, file.name(), file.type(), content,
                file.sha256(), actor.username(), clock.instant()));
    }

    /** For the assessment page, which has already checked that the actor may read the assessment. */
    @Transactional(readOnly = true)
    public List<RiskEvidenceSummary> of(Long assessmentId) {
        return files.summariesOf(assessmentId);
    }

    /** The file, if it belongs to the assessment and the actor may read the assessment; otherwise "not found". */
    @Transactional(readOnly = true)
    public RiskEvidence download(Actor actor, Long assessmentId, Long fileId) {
        // Checked before the bytes are read: a refused request costs no file load.
        visible(actor, assessmentId);
        return files.findById(fileId).filter(found -> found.getAssessmentId().equals(assessmentId))
                .orElseThrow(() -> new NotFoundException("RiskEvidence", fileId));
    }

    public long maxMegabytes() {
        return UploadedFile.megabytes(maxBytes);
    }

    private RiskAssessment visible(Actor actor, Long id) {
        var assessment = assessments.findById(id).orElseThrow(() -> new NotFoundException("RiskAssessment", id));
        if (!RiskAccess.maySee(actor, assessment)) {
            throw new NotFoundException("RiskAssessment", id);
        }
        return assessment;
    }

    private static AnnexIIRisk annexRisk(String risk) {
        if (risk == null || risk.isBlank()) {
            return null;
        }
        try {
            return AnnexIIRisk.valueOf(risk.strip());
        } catch (IllegalArgumentException unknown) {
            throw new DomainRuleViolation("risk", "risk.value.unknown");
        }
    }
}
