package org.orepass.risk;

import org.orepass.risk.internal.RedFlag;
import org.orepass.risk.internal.RedFlagQueries;
import org.orepass.risk.internal.RiskLevels;
import org.orepass.risk.internal.RiskQuestion;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.site.SiteStatus;
import org.orepass.site.StatusChangeReason;

/**
 * The rules of issue 12 on the aggregate, so every door meets them: red flags are a floor no typing lowers; a level
 * below the answers needs a reason, evidence for that risk and a second person, and counts only once signed off;
 * continuing is refused on the effective level; a "continue" lapses when the levels rise; a red site is HIGH for a
 * critical criterion and MEDIUM otherwise.
 */
class RiskAssessmentLevelRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private static final List<RiskQuestion> QUESTIONS = List.of(
            new RiskQuestion("SA1", AnnexIIRisk.SERIOUS_ABUSES, 1, RiskLevel.HIGH),
            new RiskQuestion("NS1", AnnexIIRisk.NON_STATE_ARMED_GROUPS, 1, RiskLevel.HIGH),
            new RiskQuestion("SF1", AnnexIIRisk.SECURITY_FORCES, 1, RiskLevel.HIGH),
            new RiskQuestion("TX1", AnnexIIRisk.TAXES_FEES_ROYALTIES, 1, RiskLevel.MEDIUM));

    private static RiskAssessment assessment() {
        return RiskAssessment.start(1L, SubjectKind.SUPPLIER, 2L, null, null, "assessor", NOW);
    }

    private static Map<AnnexIIRisk, RiskLevels.Computed> computed(Map<String, Answer> answers, RedFlag... flags) {
        return RiskLevels.compute(QUESTIONS, answers, List.of(flags));
    }

    private static Map<AnnexIIRisk, RiskLevel> typed(AnnexIIRisk risk, RiskLevel level) {
        var typed = new EnumMap<AnnexIIRisk, RiskLevel>(AnnexIIRisk.class);
        typed.put(risk, level);
        return typed;
    }

    private static void save(RiskAssessment a, Map<String, Answer> answers, Map<AnnexIIRisk, RiskLevel> typed,
            String why, Set<AnnexIIRisk> evidenced, String by, RedFlag... flags) {
        var previous = new EnumMap<AnnexIIRisk, RiskLevel>(AnnexIIRisk.class);
        RiskLevels.compute(QUESTIONS, a.answerMap(), List.of()).forEach((r, c) -> previous.put(r, c.level()));
        a.assess(answers, "", typed, why, computed(answers, flags), previous, evidenced, by, NOW);
    }

    private static RedFlag criticalRedSite(boolean armedGroups) {
        var site = new RedFlagQueries.SitePlace(7, "Pit", "CD", "CD-NK", SiteStatus.RED, TODAY.minusDays(3), null,
                StatusChangeReason.INSPECTION, armedGroups, false);
        return RedFlags.redSite(site, TODAY, "/sites/7");
    }

    private static String messageKey(Runnable action) {
        try {
            action.run();
        } catch (DomainRuleViolation violation) {
            return violation.messageKey();
        }
        return null;
    }

    @Test
    void aRedSiteIsHighForACriticalCriterionAndMediumWhenTimeMadeItRed() {
        var critical = criticalRedSite(true).raises();
        assertThat(critical).containsEntry(AnnexIIRisk.SERIOUS_ABUSES, RiskLevel.HIGH)
                .containsEntry(AnnexIIRisk.NON_STATE_ARMED_GROUPS, RiskLevel.HIGH)
                .containsEntry(AnnexIIRisk.SECURITY_FORCES, RiskLevel.MEDIUM);
        assertThat(criticalRedSite(false).raises()).containsEntry(AnnexIIRisk.NON_STATE_ARMED_GROUPS, RiskLevel.MEDIUM);
        // A yellow whose correction deadline passed: red by the clock, not for a finding.
        var overdue = new RedFlagQueries.SitePlace(8, "Pit", "CD", "CD-NK", SiteStatus.YELLOW, TODAY.minusMonths(4),
                TODAY.minusDays(2), StatusChangeReason.INSPECTION, false, false);
        var flag = RedFlags.redSite(overdue, TODAY, "/sites/8");
        assertThat(flag.detail()).isEqualTo("CORRECTION_OVERDUE");
        assertThat(flag.raises()).containsEntry(AnnexIIRisk.SERIOUS_ABUSES, RiskLevel.MEDIUM)
                .doesNotContainValue(RiskLevel.HIGH);
    }

    @Test
    void aLevelRaisedByARedFlagCannotBeTypedLowerEvenWithReasonAndEvidence() {
        var a = assessment();
        var key = messageKey(() -> save(a, Map.of(), typed(AnnexIIRisk.SERIOUS_ABUSES, RiskLevel.LOW), "It is fine",
                Set.of(AnnexIIRisk.SERIOUS_ABUSES), "assessor", criticalRedSite(false)));
        assertThat(key).isEqualTo("risk.level.flagged");
        assertThat(a.levelMap()).isEmpty();
        // Raising above the flag is free.
        save(a, Map.of(), typed(AnnexIIRisk.TAXES_FEES_ROYALTIES, RiskLevel.HIGH), null, Set.of(), "assessor",
                criticalRedSite(false));
        assertThat(a.levelMap()).containsEntry(AnnexIIRisk.TAXES_FEES_ROYALTIES, RiskLevel.HIGH)
                .containsEntry(AnnexIIRisk.SERIOUS_ABUSES, RiskLevel.HIGH);
        assertThat(a.loweringPending()).isFalse();
    }

    @Test
    void loweringAnAnswerLevelNeedsAReasonAndEvidenceForThatRisk() {
        var a = assessment();
        var answers = Map.of("SF1", Answer.YES);
        assertThat(messageKey(() -> save(a, answers, typed(AnnexIIRisk.SECURITY_FORCES, RiskLevel.LOW), " ",
                Set.of(AnnexIIRisk.SECURITY_FORCES), "assessor"))).isEqualTo("risk.justification.required");
        assertThat(messageKey(() -> save(a, answers, typed(AnnexIIRisk.SECURITY_FORCES, RiskLevel.LOW), "Left",
                Set.of(AnnexIIRisk.TAXES_FEES_ROYALTIES), "assessor"))).isEqualTo("risk.lowering.evidence");
        save(a, answers, typed(AnnexIIRisk.SECURITY_FORCES, RiskLevel.LOW), "Left in October",
                Set.of(AnnexIIRisk.SECURITY_FORCES), "assessor");
        var standing = a.standings(computed(answers)).get(AnnexIIRisk.SECURITY_FORCES);
        assertThat(standing.loweringPending()).isTrue();
        assertThat(standing.chosen()).isEqualTo(RiskLevel.LOW);
        // Until a second person signs off, the higher level counts.
        assertThat(standing.effective()).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void reAnsweringNoIsALoweringToo() {
        var a = assessment();
        save(a, Map.of("SA1", Answer.YES), Map.of(), null, Set.of(), "assessor");
        assertThat(messageKey(() -> save(a, Map.of("SA1", Answer.NO), Map.of(), null, Set.of(), "assessor")))
                .isEqualTo("risk.justification.required");
        assertThat(messageKey(() -> save(a, Map.of("SA1", Answer.NO), Map.of(), "Wrong report", Set.of(),
                "assessor"))).isEqualTo("risk.lowering.evidence");
        save(a, Map.of("SA1", Answer.NO), Map.of(), "Wrong report", Set.of(AnnexIIRisk.SERIOUS_ABUSES), "assessor");
        assertThat(a.standings(computed(Map.of("SA1", Answer.NO))).get(AnnexIIRisk.SERIOUS_ABUSES).effective())
                .isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void savingTheLoweredAnswersAgainKeepsTheLoweringWaitingForItsSignOff() {
        var a = assessment();
        save(a, Map.of("SA1", Answer.YES), Map.of(), null, Set.of(), "assessor");
        var no = Map.of("SA1", Answer.NO);
        save(a, no, Map.of(), "Wrong report", Set.of(AnnexIIRisk.SERIOUS_ABUSES), "assessor");
        assertThat(a.loweringPending()).isTrue();
        // The same answers saved once more (the last saved answers now give NONE): still a lowering from HIGH,
        // still waiting for a second person, with the reason given.
        save(a, no, Map.of(), null, Set.of(AnnexIIRisk.SERIOUS_ABUSES), "assessor");
        assertThat(a.loweringPending()).isTrue();
        assertThat(a.loweredFromMap()).containsEntry(AnnexIIRisk.SERIOUS_ABUSES, RiskLevel.HIGH);
        assertThat(a.getJustification()).isEqualTo("Wrong report");
        var standings = a.standings(computed(no));
        assertThat(standings.get(AnnexIIRisk.SERIOUS_ABUSES).effective()).isEqualTo(RiskLevel.HIGH);
        assertThat(messageKey(() -> a.decide(Decision.CONTINUE, standings, false, "assessor", NOW)))
                .isEqualTo("risk.decision.refused");
        // Once a second person signs it off, it counts; saving again then needs no new sign-off.
        a.signOffLowering("colleague", NOW);
        assertThat(a.standings(computed(no)).get(AnnexIIRisk.SERIOUS_ABUSES).effective()).isEqualTo(RiskLevel.NONE);
    }

    @Test
    void onlyASecondPersonSignsALoweringOffAndThenItCountsButNeverBelowTheFlags() {
        var a = assessment();
        var answers = Map.of("SA1", Answer.YES);
        save(a, answers, typed(AnnexIIRisk.SERIOUS_ABUSES, RiskLevel.LOW), "Report withdrawn",
                Set.of(AnnexIIRisk.SERIOUS_ABUSES), "lowerer");
        assertThat(messageKey(() -> a.signOffLowering("lowerer", NOW))).isEqualTo("risk.lowering.second-person");
        assertThat(messageKey(() -> a.signOffLowering("assessor", NOW))).isEqualTo("risk.lowering.second-person");
        assertThat(messageKey(() -> a.decide(Decision.CONTINUE, a.standings(computed(answers)), false, "lowerer", NOW)))
                .isEqualTo("risk.decision.refused");
        a.signOffLowering("colleague", NOW);
        assertThat(messageKey(() -> a.signOffLowering("third", NOW))).isEqualTo("risk.lowering.nothing");
        var standings = a.standings(computed(answers));
        assertThat(standings.get(AnnexIIRisk.SERIOUS_ABUSES).effective()).isEqualTo(RiskLevel.LOW);
        a.decide(Decision.CONTINUE, standings, false, "lowerer", NOW);
        assertThat(a.getDecisionStatus()).isEqualTo(DecisionStatus.EFFECTIVE);
        assertThat(a.decisionLapsed(standings)).isFalse();
        // The site turns red for a critical criterion: the flag is a floor above the signed-off lowering, and the
        // decision to continue no longer holds.
        var now = a.standings(computed(answers, criticalRedSite(false)));
        assertThat(now.get(AnnexIIRisk.SERIOUS_ABUSES).effective()).isEqualTo(RiskLevel.HIGH);
        assertThat(a.decisionLapsed(now)).isTrue();
    }

    @Test
    void continuingIsRefusedOnTheEffectiveLevelWhateverWasTypedAndASignOffRechecksIt() {
        var a = assessment();
        save(a, Map.of("TX1", Answer.YES), Map.of(), null, Set.of(), "assessor");
        var calm = a.standings(computed(Map.of("TX1", Answer.YES)));
        var red = a.standings(computed(Map.of("TX1", Answer.YES), criticalRedSite(true)));
        // Stored levels say MEDIUM at most; the red site of today says HIGH.
        assertThat(a.highestLevel()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(messageKey(() -> a.decide(Decision.CONTINUE_MITIGATING, red, false, "assessor", NOW)))
                .isEqualTo("risk.decision.refused");
        a.decide(Decision.SUSPEND_MITIGATING, red, false, "assessor", NOW);
        assertThat(a.getDecisionStatus()).isEqualTo(DecisionStatus.PENDING_SIGN_OFF);
        a.decide(Decision.CONTINUE, calm, false, "assessor", NOW);
        assertThat(a.getDecisionStatus()).isEqualTo(DecisionStatus.EFFECTIVE);
        // A pending "continue" (taken while some other risk was high) cannot be signed off once the site is red.
        var b = assessment();
        save(b, Map.of("SF1", Answer.YES), Map.of(), null, Set.of(), "assessor");
        b.decide(Decision.CONTINUE_MITIGATING, b.standings(computed(Map.of("SF1", Answer.YES))), false, "assessor", NOW);
        assertThat(b.getDecisionStatus()).isEqualTo(DecisionStatus.PENDING_SIGN_OFF);
        assertThat(messageKey(() -> b.signOff("colleague",
                b.standings(computed(Map.of("SF1", Answer.YES), criticalRedSite(false))), NOW)))
                .isEqualTo("risk.decision.lapsed");
        assertThat(messageKey(() -> b.signOff("assessor", b.standings(computed(Map.of("SF1", Answer.YES))), NOW)))
                .isEqualTo("risk.signoff.second-person");
        b.signOff("colleague", b.standings(computed(Map.of("SF1", Answer.YES))), NOW);
        assertThat(b.getDecisionStatus()).isEqualTo(DecisionStatus.EFFECTIVE);
    }
}
