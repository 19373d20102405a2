package org.orepass.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Only verified levels count (docs/producers.md, "Verification"), and the plan's review clock. */
class VerifiedLevelsTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 10);
    private static final LocalDate JUN = LocalDate.of(2026, 6, 10);

    private static Verification verdict(String who, Verdict verdict, int minute) {
        return new Verification(1L, verdict, verdict == Verdict.AGREE ? null : "because", who, 9L,
                Instant.parse("2026-06-20T10:00:00Z").plusSeconds(60L * minute));
    }

    private static VerifiedLevels.Fact fact(long id, boolean serious, ProgressLevel level, LocalDate on,
            Verification... verdicts) {
        return new VerifiedLevels.Fact(id, 7L, serious, level, on, List.of(verdicts));
    }

    @Test
    void anAnswerNoVerifierAgreedToDoesNotCount() {
        assertThat(VerifiedLevels.counts(fact(1, false, ProgressLevel.MET, JAN))).isFalse();
        assertThat(VerifiedLevels.counts(fact(1, false, ProgressLevel.MET, JAN,
                verdict("ana", Verdict.ASK_EVIDENCE, 0)))).isFalse();
        assertThat(VerifiedLevels.of(List.of(fact(1, true, ProgressLevel.NOT_STARTED, JAN)))).isEmpty();
    }

    @Test
    void aVerifiersNewestVerdictCounts() {
        assertThat(VerifiedLevels.counts(fact(1, false, ProgressLevel.MET, JAN,
                verdict("ana", Verdict.ASK_EVIDENCE, 0), verdict("ana", Verdict.AGREE, 5)))).isTrue();
        assertThat(VerifiedLevels.counts(fact(1, false, ProgressLevel.MET, JAN,
                verdict("ana", Verdict.AGREE, 0), verdict("ana", Verdict.DISAGREE, 5)))).isFalse();
    }

    @Test
    void aDisputedLevelDoesNotCountButADisputedSeriousRiskFindingDoes() {
        var disputedMet = fact(2, true, ProgressLevel.MET, JUN, verdict("ana", Verdict.AGREE, 0),
                verdict("ben", Verdict.DISAGREE, 1));
        var disputedNotMet = fact(1, true, ProgressLevel.NOT_STARTED, JAN, verdict("ana", Verdict.AGREE, 0),
                verdict("ben", Verdict.DISAGREE, 1));
        assertThat(VerifiedLevels.counts(disputedMet)).isFalse();
        assertThat(VerifiedLevels.counts(disputedNotMet)).isTrue();
        var levels = VerifiedLevels.of(List.of(disputedNotMet, disputedMet));
        assertThat(levels.get(7L).level()).isEqualTo(ProgressLevel.NOT_STARTED);
        assertThat(levels.get(7L).finding()).isTrue();
    }

    @Test
    void theNewestCountingAnswerIsTheLevelAndALaterUnverifiedMetChangesNothing() {
        var verifiedNotMet = fact(1, true, ProgressLevel.STARTED, JAN, verdict("ana", Verdict.AGREE, 0));
        var selfMet = fact(2, true, ProgressLevel.MET, JUN);
        assertThat(VerifiedLevels.of(List.of(selfMet, verifiedNotMet)).get(7L).finding()).isTrue();
        var verifiedMet = fact(3, true, ProgressLevel.MET, JUN, verdict("ben", Verdict.AGREE, 3));
        var levels = VerifiedLevels.of(List.of(verifiedMet, selfMet, verifiedNotMet));
        assertThat(levels.get(7L).level()).isEqualTo(ProgressLevel.MET);
        assertThat(levels.get(7L).verifiedBy()).isEqualTo("ben");
        assertThat(levels.get(7L).finding()).isFalse();
    }

    @Test
    void aNotMetOnAnOrdinaryCriterionIsNoFinding() {
        var levels = VerifiedLevels.of(List.of(fact(1, false, ProgressLevel.NOT_STARTED, JAN,
                verdict("ana", Verdict.AGREE, 0))));
        assertThat(levels.get(7L).finding()).isFalse();
    }

    @Test
    void thePlanIsDueForReviewSixMonthsAfterTheLastReview() {
        var profile = new ProducerProfile(1L, new ProducerDetails(1, 1, 0, 0, 0, 0, null, null, null, false),
                Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(profile.reviewOverdue(JAN)).isTrue();
        profile.planReviewed(JAN);
        assertThat(profile.nextReviewOn(JAN)).isEqualTo(LocalDate.of(2026, 7, 10));
        assertThat(profile.reviewOverdue(LocalDate.of(2026, 7, 10))).isFalse();
        assertThat(profile.reviewOverdue(LocalDate.of(2026, 7, 11))).isTrue();
    }
}
