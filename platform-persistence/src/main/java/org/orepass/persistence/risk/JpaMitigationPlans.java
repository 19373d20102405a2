package org.orepass.persistence.risk;

import java.util.List;
import java.util.Optional;
import org.orepass.risk.MitigationPlan;
import org.orepass.risk.internal.MitigationPlans;
import org.orepass.risk.MitigationUpdate;
import org.springframework.stereotype.Repository;

/** Plans and their append-only history, behind one port. */
@Repository
class JpaMitigationPlans implements MitigationPlans {

    private final MitigationPlanRows plans;
    private final MitigationUpdateRows updates;

    JpaMitigationPlans(MitigationPlanRows plans, MitigationUpdateRows updates) {
        this.plans = plans;
        this.updates = updates;
    }

    @Override
    public MitigationPlan add(MitigationPlan plan) {
        return plans.save(plan);
    }

    @Override
    public Optional<MitigationPlan> ofAssessment(Long assessmentId) {
        return plans.findByAssessmentId(assessmentId);
    }

    @Override
    public MitigationUpdate append(MitigationUpdate update) {
        return updates.save(update);
    }

    @Override
    public List<MitigationUpdate> history(Long planId) {
        return updates.findByPlanIdOrderByIdDesc(planId);
    }
}
