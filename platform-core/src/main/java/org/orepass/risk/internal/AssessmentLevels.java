package org.orepass.risk.internal;

import org.orepass.risk.AnnexIIRisk;
import org.orepass.risk.RedFlags;
import org.orepass.risk.RiskAssessment;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An assessment's levels as they stand now: today's red flags, the computed level per risk, and the effective level
 * decisions are checked against ({@link RiskAssessment#standings}). One place, so that the page, the decision, the
 * purchase and export checks and the yearly report all read the same levels.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentLevels {

    private final RedFlags redFlags;
    private final RiskQuestions questions;

    public AssessmentLevels(RedFlags redFlags, RiskQuestions questions) {
        this.redFlags = redFlags;
        this.questions = questions;
    }

    public record Now(List<RedFlag> flags, List<RiskQuestion> questions,
            Map<AnnexIIRisk, RiskLevels.Computed> computed, Map<AnnexIIRisk, RiskLevels.Standing> standings) {
    }

    public Now of(RiskAssessment assessment) {
        var flags = redFlags.of(assessment);
        var ordered = questions.ordered();
        var computed = RiskLevels.compute(ordered, assessment.answerMap(), flags);
        return new Now(flags, ordered, computed, assessment.standings(computed));
    }
}
