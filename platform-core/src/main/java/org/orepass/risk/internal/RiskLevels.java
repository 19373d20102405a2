package org.orepass.risk.internal;

import org.orepass.risk.AnnexIIRisk;
import org.orepass.risk.Answer;
import org.orepass.risk.RiskLevel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The level of each Annex II risk computed from the answers and the red flags: the highest level any of them
 * raises it to, with every reason that raised it above NONE, so the assessor sees why.
 */
public final class RiskLevels {

    private RiskLevels() {
    }

    /** Why a risk is at least at {@code level}: an answer to a question, or a red flag. */
    public record Reason(String questionCode, Answer answer, RedFlag flag, RiskLevel level) {
    }

    public record Computed(RiskLevel level, List<Reason> reasons) {

        /** The part of the level that comes from data (red flags): typing cannot lower the level below it. */
        public RiskLevel fromFlags() {
            return reasons.stream().filter(r -> r.flag() != null).map(Reason::level)
                    .reduce(RiskLevel.NONE, RiskLevel::max);
        }

        /** The part that comes from the assessor's own answers. */
        public RiskLevel fromAnswers() {
            return reasons.stream().filter(r -> r.questionCode() != null).map(Reason::level)
                    .reduce(RiskLevel.NONE, RiskLevel::max);
        }
    }

    /**
     * Where one risk stands for decisions. {@code computed} is today's level from answers and red flags;
     * {@code chosen} what the assessor saved (null before the first save); {@code loweredFrom} the level a lowering
     * started from (null: not lowered); {@code effective} the level decisions are checked against: never below the
     * red flags, and below the answers only once a second person signed the lowering off.
     */
    public record Standing(RiskLevel computed, RiskLevel fromFlags, RiskLevel chosen, RiskLevel loweredFrom,
            boolean loweringSignedOff, RiskLevel effective) {

        public boolean lowered() {
            return loweredFrom != null;
        }

        public boolean loweringPending() {
            return loweredFrom != null && !loweringSignedOff;
        }
    }

    public static Map<AnnexIIRisk, Computed> compute(List<RiskQuestion> questions, Map<String, Answer> answers,
            List<RedFlag> flags) {
        var levels = new EnumMap<AnnexIIRisk, RiskLevel>(AnnexIIRisk.class);
        var reasons = new EnumMap<AnnexIIRisk, List<Reason>>(AnnexIIRisk.class);
        for (var risk : AnnexIIRisk.values()) {
            levels.put(risk, RiskLevel.NONE);
            reasons.put(risk, new ArrayList<>());
        }
        for (var question : questions) {
            var answer = answers.get(question.getCode());
            var level = question.levelFor(answer);
            if (level != RiskLevel.NONE) {
                levels.merge(question.getRisk(), level, RiskLevel::max);
                reasons.get(question.getRisk()).add(new Reason(question.getCode(), answer, null, level));
            }
        }
        for (var flag : flags) {
            flag.raises().forEach((risk, level) -> {
                levels.merge(risk, level, RiskLevel::max);
                reasons.get(risk).add(new Reason(null, null, flag, level));
            });
        }
        var result = new EnumMap<AnnexIIRisk, Computed>(AnnexIIRisk.class);
        levels.forEach((risk, level) -> result.put(risk, new Computed(level, List.copyOf(reasons.get(risk)))));
        return result;
    }
}
