package org.orepass.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.site.Mineral;

class GradeTest {

    @Test
    void eachMineralHasOneCanonicalBasisAndCassiteriteAlsoAcceptsTin() {
        assertThat(GradeBasis.canonicalFor(Mineral.CASSITERITE)).isEqualTo(GradeBasis.SNO2);
        assertThat(GradeBasis.canonicalFor(Mineral.COLTAN)).isEqualTo(GradeBasis.TA2O5);
        assertThat(GradeBasis.canonicalFor(Mineral.WOLFRAMITE)).isEqualTo(GradeBasis.WO3);
        assertThat(GradeBasis.canonicalFor(Mineral.GOLD)).isEqualTo(GradeBasis.AU);
        assertThat(GradeBasis.canonicalFor(Mineral.GOLD_ORE)).isEqualTo(GradeBasis.AU);
        assertThat(GradeBasis.acceptedFor(Mineral.CASSITERITE)).containsExactly(GradeBasis.SNO2, GradeBasis.SN);
        assertThat(GradeBasis.acceptedFor(Mineral.COLTAN)).containsExactly(GradeBasis.TA2O5);
    }

    @Test
    void theStatedFactorsAreTheMolarMassRatios() {
        // Sn 118.71, Ta 180.948, W 183.84, O 15.999
        assertThat(GradeBasis.SNO2.metalFactor().doubleValue()).isCloseTo(118.71 / (118.71 + 2 * 15.999),
                org.assertj.core.data.Offset.offset(0.0001));
        assertThat(GradeBasis.TA2O5.metalFactor().doubleValue()).isCloseTo(2 * 180.948 / (2 * 180.948 + 5 * 15.999),
                org.assertj.core.data.Offset.offset(0.0001));
        assertThat(GradeBasis.WO3.metalFactor().doubleValue()).isCloseTo(183.84 / (183.84 + 3 * 15.999),
                org.assertj.core.data.Offset.offset(0.0001));
        assertThat(GradeBasis.AU.metalFactor()).isEqualByComparingTo("1");
    }

    @Test
    void aTinGradeIsConvertedToTinDioxide() {
        var grade = Grade.typed("concentration", Mineral.CASSITERITE, new BigDecimal("55"), GradeBasis.SN);
        // 55 / 0.7877
        assertThat(grade.percent()).isEqualByComparingTo("69.824");
        assertThat(grade.basis()).isEqualTo(GradeBasis.SNO2);
        assertThat(grade.in(GradeBasis.SN)).isEqualByComparingTo("55.000");
        // No cassiterite is more than 78.77 % tin.
        assertRefused(() -> Grade.typed("concentration", Mineral.CASSITERITE, new BigDecimal("80"), GradeBasis.SN),
                "grade.range");
    }

    @Test
    void containedMetalIsMassTimesGradeTimesTheFactor() {
        var grade = Grade.of(Mineral.CASSITERITE, new BigDecimal("70"));
        assertThat(grade.compoundKg(new BigDecimal("100"))).isEqualByComparingTo("70");
        assertThat(grade.metalKg(new BigDecimal("100"))).isEqualByComparingTo("55.139");
        assertThat(Grade.of(Mineral.GOLD, new BigDecimal("99.5")).metalKg(new BigDecimal("2")))
                .isEqualByComparingTo("1.99");
        assertThat(grade).hasToString("70 % SnO2");
    }

    @Test
    void aGradeIsAboveZeroAndAtMostAHundred() {
        for (var hostile : new String[] {"0", "-5", "100.001", "1e30", "0.0004", "1e999999999", "1e-999999999",
                "-1e999999999"}) {
            assertRefused(() -> Grade.typed("concentration", Mineral.COLTAN, new BigDecimal(hostile), null),
                    "grade.range");
        }
        assertThat(Grade.typed("concentration", Mineral.COLTAN, new BigDecimal("100"), null).percent())
                .isEqualByComparingTo("100");
        assertThat(Grade.typed("concentration", Mineral.COLTAN, null, null)).isNull();
        assertThatThrownBy(() -> new Grade(BigDecimal.ZERO, GradeBasis.AU)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void absurdMassesAreRefusedByComparisonNotRoundedDigitByDigit() {
        for (var absurd : new String[] {"1e999999999", "1e-999999999", "-1e999999999", "12.3456", "0"}) {
            assertThatThrownBy(() -> Transfer.kilograms("massKg", new BigDecimal(absurd), "transfer.mass.positive"))
                    .as(absurd).isInstanceOfSatisfying(org.orepass.shared.DomainRuleViolation.class,
                            refused -> assertThat(refused.field()).isEqualTo("massKg"));
        }
        assertThat(Transfer.kilograms("massKg", new BigDecimal("12.345"), "transfer.mass.positive"))
                .isEqualByComparingTo("12.345");
    }

    @Test
    void aBasisTheMineralIsNotAssayedOnIsRefused() {
        assertRefused(() -> Grade.typed("concentration", Mineral.COLTAN, BigDecimal.TEN, GradeBasis.SN),
                "grade.basis.other");
    }

    private static void assertRefused(Runnable typing, String key) {
        assertThatThrownBy(typing::run).isInstanceOfSatisfying(DomainRuleViolation.class, v -> {
            assertThat(v.messageKey()).isEqualTo(key);
            assertThat(v.field()).isEqualTo("concentration");
        });
    }
}
