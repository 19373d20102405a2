package org.orepass.persistence.risk;

import java.util.Optional;
import org.orepass.risk.MitigationPlan;
import org.springframework.data.jpa.repository.JpaRepository;

interface MitigationPlanRows extends JpaRepository<MitigationPlan, Long> {

    Optional<MitigationPlan> findByAssessmentId(Long assessmentId);
}
