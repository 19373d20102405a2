package org.orepass.risk.internal;

import org.orepass.risk.RiskAssessmentVersion;
import java.util.List;

/** The kept versions of assessments (a port; persistence implements it). Append-only. */
public interface RiskAssessmentVersions {

    RiskAssessmentVersion add(RiskAssessmentVersion version);

    /** Newest first. */
    List<RiskAssessmentVersion> of(Long assessmentId);

    int countOf(Long assessmentId);
}
