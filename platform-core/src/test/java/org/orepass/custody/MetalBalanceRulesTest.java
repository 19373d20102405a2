package org.orepass.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.orepass.custody.OperationRulesTest.RECORDING;
import static org.orepass.custody.OperationRulesTest.lot;
import static org.orepass.custody.OperationRulesTest.numbers;
import static org.orepass.custody.OperationRulesTest.organisation;
import static org.orepass.custody.OperationRulesTest.take;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.OrganisationType;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.site.Mineral;

/** Contained metal (mass × grade) in combination, split and processing: it may fall, never grow beyond 2 %. */
class MetalBalanceRulesTest {

    final Organisation trader = organisation(1, OrganisationType.PROCESSOR);
    final MetalBalance balance = MetalBalance.standard();

    private static OutputLot out(String kg, String grade) {
        return new OutputLot(new BigDecimal(kg), grade == null ? null : new BigDecimal(grade), null, null);
    }

    @Test
    void processingMayRaiseTheGradeAndLoseMassButNotMakeMetal() {
        // 100 kg at 40 % SnO2 = 40 kg SnO2 (31.508 kg Sn).
        var ore = lot(trader, "100", "40", Mineral.CASSITERITE, false);
        // 60 kg at 70 % = 42 kg: 5 % more than went in.
        assertThatThrownBy(() -> Transformation.process(List.of(take(ore, "100")), List.of(out("60", "70")),
                new BigDecimal("40"), false, balance, numbers(), RECORDING))
                .isInstanceOfSatisfying(DomainRuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("outputs[0].concentration");
                    assertThat(v.messageKey()).isEqualTo("operation.metal.more");
                    // in, out (kg Sn), metal, tolerance
                    assertThat(v.arguments()).containsExactly("31.508", "33.083", "Sn", "2");
                });
        assertThat(ore.getRemainingKg()).isEqualByComparingTo("100");

        // 55 kg at 72 % = 39.6 kg: the grade rose from 40 to 72 %, the metal fell by 1 %.
        var made = Transformation.process(List.of(take(ore, "100")), List.of(out("55", "72")), new BigDecimal("45"),
                false, balance, numbers(), RECORDING);
        assertThat(made.breach()).isNull();
        var concentrate = made.outputs().get(0);
        assertThat(concentrate.getGrade()).isEqualTo(new Grade(new BigDecimal("72"), GradeBasis.SNO2));
        assertThat(concentrate.getContainedMetalKg()).isEqualByComparingTo("31.193");
        assertThat(concentrate.isMetalGain()).isFalse();
    }

    @Test
    void withinTheToleranceIsAcceptedAndTheToleranceIsConfigurable() {
        var ore = lot(trader, "100", "40", Mineral.CASSITERITE, false);
        // 40.8 kg of SnO2 out of 40: exactly 2 % more, the assay's uncertainty.
        var made = Transformation.process(List.of(take(ore, "60")), List.of(out("40", "61.2")), new BigDecimal("20"),
                false, balance, numbers(), RECORDING);
        assertThat(made.outputs()).hasSize(1);
        var strict = new MetalBalance(BigDecimal.ZERO);
        assertThatThrownBy(() -> Transformation.process(List.of(take(ore, "40")), List.of(out("20", "80.1")),
                new BigDecimal("20"), false, strict, numbers(), RECORDING))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("operation.metal.more"));
    }

    @Test
    void anAssayedBreachIsAcceptedAndMarkedOnTheOutputs() {
        var ore = lot(trader, "100", "40", Mineral.CASSITERITE, false);
        var made = Transformation.process(List.of(take(ore, "100")), List.of(out("60", "70"), out("30", "5")),
                new BigDecimal("10"), true, balance, numbers(), RECORDING);
        assertThat(made.breach()).isNotNull();
        assertThat(made.breach().describe()).contains("31.508 kg Sn in", "kg out");
        assertThat(made.outputs()).allMatch(Lot::isMetalGain);
        assertThat(ore.getRemainingKg()).isEqualByComparingTo("0");
    }

    @Test
    void aCombinationTypedWithAHigherGradeIsRefused() {
        var a = lot(trader, "60", "50", Mineral.COLTAN, false);
        var b = lot(trader, "40", "30", Mineral.COLTAN, false);
        // 30 + 12 = 42 kg Ta2O5 in; 100 kg at 45 % = 45 kg out.
        assertThatThrownBy(() -> Transformation.combine(List.of(take(a, "60"), take(b, "40")), null, null,
                new BigDecimal("45"), null, balance, numbers(), RECORDING))
                .isInstanceOfSatisfying(DomainRuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("concentration");
                    assertThat(v.messageKey()).isEqualTo("operation.metal.more");
                    assertThat(v.arguments()[2]).isEqualTo("Ta");
                });
        assertThat(a.getRemainingKg()).isEqualByComparingTo("60");
        var made = Transformation.combine(List.of(take(a, "60"), take(b, "40")), null, null, new BigDecimal("41.5"),
                null, balance, numbers(), RECORDING);
        assertThat(made.outputs().get(0).getConcentration()).isEqualByComparingTo("41.5");
    }

    @Test
    void aSplitThatAddsMetalIsRefusedAndPartsKeepTheLotsGradeByDefault() {
        var lot = lot(trader, "100", "60", Mineral.WOLFRAMITE, false);
        assertThatThrownBy(() -> Transformation.split(lot, List.of(out("50", null), out("50", "70")), balance,
                numbers(), RECORDING))
                .isInstanceOfSatisfying(DomainRuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("parts[1].concentration");
                    assertThat(v.messageKey()).isEqualTo("operation.metal.more");
                });
        // Sorted into a richer and a poorer part: the same metal.
        var made = Transformation.split(lot, List.of(out("50", "70"), out("30", "45"), out("20", null)), balance,
                numbers(), RECORDING);
        assertThat(made.outputs()).extracting(Lot::getConcentration).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("70"), new BigDecimal("45"), new BigDecimal("60"));
    }

    @Test
    void anInputWithoutAGradeIsAllowedButItsMetalIsNotChecked() {
        var unknown = lot(trader, "100", null, Mineral.CASSITERITE, false);
        var graded = lot(trader, "100", "40", Mineral.CASSITERITE, false);
        var made = Transformation.process(List.of(take(unknown, "100"), take(graded, "100")),
                List.of(out("100", "75")), new BigDecimal("100"), false, balance, numbers(), RECORDING);
        assertThat(made.breach()).isNull();
        // A combination with an ungraded input has no grade either, unless one is typed.
        var other = lot(trader, "10", null, Mineral.CASSITERITE, false);
        var last = lot(trader, "10", "30", Mineral.CASSITERITE, false);
        assertThat(Transformation.combine(List.of(take(other, "10"), take(last, "10")), null, null, null, null,
                balance, numbers(), RECORDING).outputs().get(0).getGrade()).isNull();
    }

    @Test
    void aPinchOfUngradedOreDoesNotLetATypedGradeCreateMetal() {
        // 100 kg at 10 % SnO2 hold 10 kg; a gram of ungraded ore can add at most a gram, never 60 kg.
        var poor = lot(trader, "100", "10", Mineral.CASSITERITE, false);
        var pinch = lot(trader, "0.001", null, Mineral.CASSITERITE, false);
        assertThatThrownBy(() -> Transformation.combine(List.of(take(poor, "100"), take(pinch, "0.001")), null, null,
                new BigDecimal("70"), null, balance, numbers(), RECORDING))
                .isInstanceOfSatisfying(DomainRuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("concentration");
                    assertThat(v.messageKey()).isEqualTo("operation.metal.more");
                });
        var ore = lot(trader, "100", "10", Mineral.CASSITERITE, false);
        var grain = lot(trader, "0.001", null, Mineral.CASSITERITE, false);
        var made = Transformation.process(List.of(take(ore, "100"), take(grain, "0.001")), List.of(out("20", "70")),
                new BigDecimal("80.001"), true, balance, numbers(), RECORDING);
        assertThat(made.breach()).isNotNull();
    }

    @Test
    void aGradeTypedAsTinIsBalancedAsTinDioxide() {
        var ore = lot(trader, "100", "40", Mineral.CASSITERITE, false);
        // 55 % Sn = 69.824 % SnO2; 57 kg of it = 39.8 kg SnO2, within 40.
        var made = Transformation.process(List.of(take(ore, "100")),
                List.of(new OutputLot(new BigDecimal("57"), new BigDecimal("55"), null, null, GradeBasis.SN)),
                new BigDecimal("43"), false, balance, numbers(), RECORDING);
        assertThat(made.outputs().get(0).getGrade().basis()).isEqualTo(GradeBasis.SNO2);
        assertThat(made.outputs().get(0).getConcentration()).isEqualByComparingTo("69.824");
    }
}
