package org.orepass.risk;

import org.orepass.risk.internal.RedFlag;
import org.orepass.risk.internal.RedFlagKind;
import org.orepass.risk.internal.RiskLevels;
import org.orepass.risk.internal.RiskQuestion;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The level per Annex II risk is the highest any answer or red flag raises it to, with each reason kept. */
class RiskLevelsTest {

    private static final List<RiskQuestion> QUESTIONS = List.of(
            new RiskQuestion("SA1", AnnexIIRisk.SERIOUS_ABUSES, 1, RiskLevel.HIGH),
            new RiskQuestion("SA2", AnnexIIRisk.SERIOUS_ABUSES, 2, RiskLevel.MEDIUM),
            new RiskQuestion("TX1", AnnexIIRisk.TAXES_FEES_ROYALTIES, 1, RiskLevel.MEDIUM));

    @Test
    void noAnswerAndNoFlagIsNone() {
        var levels = RiskLevels.compute(QUESTIONS, Map.of(), List.of());
        assertThat(levels.values()).allSatisfy(c -> {
            assertThat(c.level()).isEqualTo(RiskLevel.NONE);
            assertThat(c.reasons()).isEmpty();
        });
    }

    @Test
    void yesRaisesToTheQuestionsLevelUnknownToLowNoToNothing() {
        var levels = RiskLevels.compute(QUESTIONS, Map.of("SA1", Answer.NO, "SA2", Answer.YES, "TX1", Answer.UNKNOWN),
                List.of());
        assertThat(levels.get(AnnexIIRisk.SERIOUS_ABUSES).level()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(levels.get(AnnexIIRisk.SERIOUS_ABUSES).reasons()).extracting(RiskLevels.Reason::questionCode)
                .containsExactly("SA2");
        assertThat(levels.get(AnnexIIRisk.TAXES_FEES_ROYALTIES).level()).isEqualTo(RiskLevel.LOW);
        assertThat(levels.get(AnnexIIRisk.MONEY_LAUNDERING).level()).isEqualTo(RiskLevel.NONE);
        var high = RiskLevels.compute(QUESTIONS, Map.of("SA1", Answer.YES, "SA2", Answer.YES), List.of());
        assertThat(high.get(AnnexIIRisk.SERIOUS_ABUSES).level()).isEqualTo(RiskLevel.HIGH);
        assertThat(high.get(AnnexIIRisk.SERIOUS_ABUSES).reasons()).hasSize(2);
    }

    @Test
    void flagsRaiseTheRisksTheyConcernAndTheHighestWins() {
        var cahra = RedFlag.of(RedFlagKind.CAHRA_ORIGIN, "Pit", "EU list (2026-01-01)", "/sites/1");
        var tags = RedFlag.of(RedFlagKind.TAG_ANOMALY, "Pit", "T-1", "/sites/1");
        var levels = RiskLevels.compute(QUESTIONS, Map.of("SA1", Answer.YES), List.of(cahra, tags));
        assertThat(levels.get(AnnexIIRisk.SERIOUS_ABUSES).level()).isEqualTo(RiskLevel.HIGH);
        assertThat(levels.get(AnnexIIRisk.NON_STATE_ARMED_GROUPS).level()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(levels.get(AnnexIIRisk.NON_STATE_ARMED_GROUPS).reasons()).extracting(RiskLevels.Reason::flag)
                .containsExactly(cahra);
        assertThat(levels.get(AnnexIIRisk.BRIBERY_MISREPRESENTATION).level()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(levels.get(AnnexIIRisk.MONEY_LAUNDERING).level()).isEqualTo(RiskLevel.NONE);
    }
}
