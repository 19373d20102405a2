package org.orepass.risk;

import java.util.List;

/** The kept versions of assessments (a port; persistence implements it). Append-only. */
public interface RiskAssessmentVersions {

    RiskAssessmentVersion add(RiskAssessmentVersion version);

    /** Newest first. */
    List<RiskAssessmentVersion> of(Long assessmentId);

    int countOf(Long assessmentId);
}
