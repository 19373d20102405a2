package org.orepass.persistence.risk;

import java.util.List;
import org.orepass.risk.RiskEvidence;
import org.orepass.risk.internal.RiskEvidenceFiles;
import org.orepass.risk.internal.RiskEvidenceSummary;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaRiskEvidenceFiles extends JpaRepository<RiskEvidence, Long>, RiskEvidenceFiles {

    @Override
    default RiskEvidence add(RiskEvidence evidence) {
        return save(evidence);
    }

    /** A projection: the content column is not read for a list. */
    @Override
    @Query("""
            select new org.orepass.risk.internal.RiskEvidenceSummary(e.id, e.risk, e.fileName, e.contentType, e.sizeBytes,
                e.uploadedBy, e.uploadedAt)
            from RiskEvidence e where e.assessmentId = :assessmentId order by e.id""")
    List<RiskEvidenceSummary> summariesOf(@Param("assessmentId") Long assessmentId);
}
