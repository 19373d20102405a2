package org.orepass.risk.internal;

import org.orepass.risk.MitigationPlan;
import org.orepass.risk.MitigationUpdate;
import java.util.List;
import java.util.Optional;

/** Mitigation plans and their history (a port; persistence implements it). */
public interface MitigationPlans {

    MitigationPlan add(MitigationPlan plan);

    Optional<MitigationPlan> ofAssessment(Long assessmentId);

    MitigationUpdate append(MitigationUpdate update);

    /** Newest first. */
    List<MitigationUpdate> history(Long planId);
}
