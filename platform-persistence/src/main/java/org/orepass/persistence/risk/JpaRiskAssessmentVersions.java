package org.orepass.persistence.risk;

import java.util.List;
import org.orepass.risk.RiskAssessmentVersion;
import org.orepass.risk.internal.RiskAssessmentVersions;
import org.springframework.data.jpa.repository.JpaRepository;

interface JpaRiskAssessmentVersions extends JpaRepository<RiskAssessmentVersion, Long>, RiskAssessmentVersions {

    @Override
    default RiskAssessmentVersion add(RiskAssessmentVersion version) {
        return save(version);
    }

    @Override
    default List<RiskAssessmentVersion> of(Long assessmentId) {
        return findByAssessmentIdOrderByNumberDesc(assessmentId);
    }

    @Override
    default int countOf(Long assessmentId) {
        return (int) countByAssessmentId(assessmentId);
    }

    List<RiskAssessmentVersion> findByAssessmentIdOrderByNumberDesc(Long assessmentId);

    long countByAssessmentId(Long assessmentId);
}
