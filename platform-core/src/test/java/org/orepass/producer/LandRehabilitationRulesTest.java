package org.orepass.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orepass.shared.DomainRuleViolation;

/** The area's bounds as typed, and which rehabilitation progress counts (docs/producers.md, "Land rehabilitation"). */
class LandRehabilitationRulesTest {

    private static final Instant T0 = Instant.parse("2026-06-01T08:00:00Z");

    private static String refusal(String value, boolean positive) {
        try {
            Hectares.typed("areaHa", value == null ? null : new BigDecimal(value), positive);
            return null;
        } catch (DomainRuleViolation refused) {
            return refused.messageKey();
        }
    }

    @Test
    void anAreaIsMoreThanZeroHectaresWhenPromisedAtMostAMillionAndKeptToTheHundredth() {
        assertThat(refusal("0.01", true)).isNull();
        assertThat(refusal("1000000", true)).isNull();
        assertThat(refusal("2.50", true)).isNull();
        assertThat(refusal("0", false)).isNull();
        assertThat(refusal("0", true)).isEqualTo("producer.area.positive");
        assertThat(refusal("0.00", true)).isEqualTo("producer.area.positive");
        assertThat(refusal("-0.01", false)).isEqualTo("producer.area.range");
        assertThat(refusal("-1e-30", false)).isEqualTo("producer.area.range");
        assertThat(refusal("1000000.01", true)).isEqualTo("producer.area.range");
        // Hostile values are compared, never rounded or expanded: a billion-digit number is refused at once.
        assertThat(refusal("1e999999999", true)).isEqualTo("producer.area.range");
        assertThat(refusal("12345678901234567890123456789", true)).isEqualTo("producer.area.range");
        assertThat(refusal("0.005", true)).isEqualTo("producer.area.scale");
        assertThat(refusal("1.001", true)).isEqualTo("producer.area.scale");
        assertThat(refusal(null, true)).isEqualTo("producer.field.required");
        // Trailing zeros are not decimals: 1.5000 is 1.50 ha.
        assertThat(Hectares.typed("areaHa", new BigDecimal("1.5000"), true).value()).isEqualByComparingTo("1.5");
        assertThat(Hectares.of("1.5").value().scale()).isEqualTo(2);
        assertThatThrownBy(() -> new Hectares(new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aShareIsAWholePercentageRoundedHalfUp() {
        assertThat(Hectares.of("1.5").percentOf(Hectares.of("4"))).isEqualTo(38);
        assertThat(Hectares.of("1").percentOf(Hectares.of("3"))).isEqualTo(33);
        assertThat(Hectares.of("4").percentOf(Hectares.of("4"))).isEqualTo(100);
        assertThat(Hectares.ZERO.percentOf(Hectares.of("4"))).isZero();
        assertThat(Hectares.of("1").percentOf(Hectares.ZERO)).isZero();
    }

    private static RehabilitationVerification verdict(String verifier, Verdict verdict, int minutes) {
        return new RehabilitationVerification(1L, verdict, verdict == Verdict.AGREE ? null : "why", verifier, 9L,
                T0.plusSeconds(60L * minutes));
    }

    @Test
    void aRecordCountsWhenAVerifierAgreesAndNoVerifiersNewestVerdictSaysOtherwise() {
        assertThat(LandRehabilitation.counts(List.of())).isFalse();
        assertThat(LandRehabilitation.counts(List.of(verdict("inspector", Verdict.AGREE, 0)))).isTrue();
        assertThat(LandRehabilitation.counts(List.of(verdict("inspector", Verdict.ASK_EVIDENCE, 0)))).isFalse();
        // Asked for evidence, then agreed: the newest verdict counts.
        assertThat(LandRehabilitation.counts(List.of(verdict("inspector", Verdict.ASK_EVIDENCE, 0),
                verdict("inspector", Verdict.AGREE, 5)))).isTrue();
        // Agreed, then changed its mind.
        assertThat(LandRehabilitation.counts(List.of(verdict("inspector", Verdict.AGREE, 0),
                verdict("inspector", Verdict.DISAGREE, 5)))).isFalse();
        // Two verifiers who disagree leave it unverified, in whichever order they answered.
        assertThat(LandRehabilitation.counts(List.of(verdict("cso", Verdict.DISAGREE, 9),
                verdict("inspector", Verdict.AGREE, 1)))).isFalse();
        assertThat(LandRehabilitation.counts(List.of(verdict("inspector", Verdict.AGREE, 1),
                verdict("cso", Verdict.AGREE, 9)))).isTrue();
    }
}
