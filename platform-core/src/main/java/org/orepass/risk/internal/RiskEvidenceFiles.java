package org.orepass.risk.internal;

import org.orepass.risk.RiskEvidence;
import java.util.List;
import java.util.Optional;

/** Evidence files of risk assessments (a port; persistence implements it). */
public interface RiskEvidenceFiles {

    RiskEvidence add(RiskEvidence evidence);

    /** The file with its bytes, for a download. */
    Optional<RiskEvidence> findById(Long id);

    /** The files of an assessment without their bytes, oldest first. */
    List<RiskEvidenceSummary> summariesOf(Long assessmentId);
}
