package org.orepass.producer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Only verified levels count. Which answer counts, criterion by criterion (docs/producers.md, "Verification"):
 * <ul>
 * <li>each verifier's newest verdict on an answer is the one that counts (asking for evidence, then agreeing);</li>
 * <li>an answer at a level that clears a criterion counts when at least one verifier agrees and none disagrees or
 * still asks for evidence: two verifiers who disagree leave it unverified;</li>
 * <li>an answer that says a <b>serious-risk</b> criterion is not met counts as soon as one verifier agrees: a
 * finding of forced labour is not cancelled by a second opinion, only by a later verified "met";</li>
 * <li>per criterion, the newest counting answer (by assessment date, then by entry) is the producer's verified
 * level; a later self-assessed answer that no verifier agreed to changes nothing.</li>
 * </ul>
 */
public final class VerifiedLevels {

    /** One answer with what the rule needs: its criterion, level, assessment date and verdicts (oldest first). */
    public record Fact(long answerId, long criterionId, boolean seriousRisk, ProgressLevel level,
            LocalDate assessedOn, List<Verification> verifications) {
    }

    /** A criterion's verified level: from which answer, assessed when, agreed by whom and when (the newest agree). */
    public record Verified(long criterionId, ProgressLevel level, long answerId, LocalDate assessedOn,
            String verifiedBy, Long verifierOrgId, Instant verifiedAt, boolean seriousRisk) {

        /** A verified "not met" on a serious-risk criterion: the producer's sites are held from trade. */
        public boolean finding() {
            return seriousRisk && level != ProgressLevel.MET;
        }
    }

    private VerifiedLevels() {
    }

    /** Each verifier's newest verdict, by verifier. */
    static Map<String, Verification> newestByVerifier(List<Verification> verifications) {
        var newest = new LinkedHashMap<String, Verification>();
        verifications.stream().sorted(Comparator.comparing(Verification::getVerifiedAt)
                .thenComparing(v -> v.getId() == null ? Long.MAX_VALUE : v.getId()))
                .forEach(v -> newest.put(v.getVerifier(), v));
        return newest;
    }

    /** Whether this answer counts (the rule above). */
    public static boolean counts(Fact fact) {
        var verdicts = newestByVerifier(fact.verifications()).values();
        boolean agreed = verdicts.stream().anyMatch(v -> v.getVerdict() == Verdict.AGREE);
        if (!agreed) {
            return false;
        }
        if (fact.seriousRisk() && fact.level() != ProgressLevel.MET) {
            return true;
        }
        return verdicts.stream().allMatch(v -> v.getVerdict() == Verdict.AGREE);
    }

    /** The verified level of each criterion that has one. */
    public static Map<Long, Verified> of(List<Fact> facts) {
        var result = new LinkedHashMap<Long, Verified>();
        facts.stream().filter(VerifiedLevels::counts)
                .sorted(Comparator.comparing(Fact::assessedOn).thenComparingLong(Fact::answerId))
                .forEach(fact -> {
                    var agree = newestByVerifier(fact.verifications()).values().stream()
                            .filter(v -> v.getVerdict() == Verdict.AGREE)
                            .max(Comparator.comparing(Verification::getVerifiedAt)).orElseThrow();
                    result.put(fact.criterionId(), new Verified(fact.criterionId(), fact.level(), fact.answerId(),
                            fact.assessedOn(), agree.getVerifier(), agree.getVerifierOrgId(), agree.getVerifiedAt(),
                            fact.seriousRisk()));
                });
        return result;
    }
}
