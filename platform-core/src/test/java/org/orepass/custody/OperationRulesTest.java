package org.orepass.custody;

import org.orepass.custody.internal.OperationKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.OrganisationType;
import org.orepass.shared.CountryCode;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.site.Mineral;

/** Combination, split and processing rules on the entities, without a database. */
class OperationRulesTest {

    static final Transformation.Recording RECORDING = new Transformation.Recording(TransferRulesTest.TODAY,
            "notes", "trader", Instant.EPOCH);

    static Organisation organisation(long id, OrganisationType type) {
        return TransferRulesTest.entity(Organisation.class, "id", id, "country", CountryCode.of("UG"),
                "name", "Org " + id, "type", type);
    }

    static Lot lot(Organisation custodian, String kg, String concentration, Mineral mineral, boolean uncertified) {
        return Lot.produced("UG-2026-" + kg, custodian, CustodyRole.MINER, null, null,
                new ProductionDetails("T-1", mineral, new BigDecimal(kg), MassUnit.KGM,
                        concentration == null ? null : new BigDecimal(concentration), null, null,
                        TransferRulesTest.TODAY),
                uncertified, "operator", Instant.EPOCH);
    }

    static Supplier<String> numbers() {
        var next = new AtomicInteger();
        return () -> "UG-2026-N" + next.incrementAndGet();
    }

    static Transformation.Taken take(Lot lot, String kg) {
        return new Transformation.Taken(lot, kg == null ? null : new BigDecimal(kg));
    }

    final Organisation trader = organisation(1, OrganisationType.TRADER);
    final Organisation other = organisation(2, OrganisationType.TRADER);

    @Test
    void aCombinationTakesAllOrPartOfEachInputIntoOneLotLinkedToThem() {
        var a = lot(trader, "100", "60", Mineral.CASSITERITE, false);
        var b = lot(trader, "50", "30", Mineral.CASSITERITE, false);
        var made = Transformation.combine(List.of(take(a, "60"), take(b, "50")), "Bag", 2, numbers(), RECORDING);
        var combined = made.outputs().get(0);
        assertThat(combined.getMassKg()).isEqualByComparingTo("110");
        assertThat(combined.getRemainingKg()).isEqualByComparingTo("110");
        assertThat(combined.getOriginatingOperation()).isEqualTo(OriginatingOperation.COMBINATION);
        assertThat(combined.getCreatorRole()).isEqualTo(CustodyRole.TRADER);
        assertThat(combined.getCustodian()).isSameAs(trader);
        assertThat(combined.getPackageType()).isEqualTo("Bag");
        // (60 × 60 + 30 × 50) / 110 = 46.3636..., rounded down: the combined lot never holds more metal than its inputs
        assertThat(combined.getConcentration()).isEqualByComparingTo("46.363");
        assertThat(combined.isUncertified()).isFalse();
        assertThat(a.getRemainingKg()).isEqualByComparingTo("40");
        assertThat(b.getRemainingKg()).isEqualByComparingTo("0");
        assertThat(made.inputs()).extracting(LotInput::getLot).containsOnly(combined);
        assertThat(made.inputs()).extracting(LotInput::getInputLot).containsExactly(a, b);
        assertThat(made.inputs()).extracting(LotInput::getMassKg).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("60"), new BigDecimal("50"));
        var operation = made.operation();
        assertThat(operation.getKind()).isEqualTo(OperationKind.COMBINATION);
        assertThat(operation.massKg(OperationLotRole.INPUT)).isEqualByComparingTo("110");
        assertThat(operation.massKg(OperationLotRole.OUTPUT)).isEqualByComparingTo("110");
        assertThat(operation.getNotes()).isEqualTo("notes");
    }

    @Test
    void nobodyCombinesMoreThanALotHoldsAndARefusalChangesNothing() {
        var a = lot(trader, "100", null, Mineral.CASSITERITE, false);
        var b = lot(trader, "50", null, Mineral.CASSITERITE, false);
        assertThatThrownBy(() -> Transformation.combine(List.of(take(a, "60"), take(b, "50.001")), null, null,
                numbers(), RECORDING)).isInstanceOfSatisfying(DomainRuleViolation.class, v -> {
                    assertThat(v.field()).isEqualTo("inputs[1].massKg");
                    assertThat(v.messageKey()).isEqualTo("operation.mass.too-much");
                    assertThat(v.arguments()).containsExactly(b.getLotNumber(), "50");
                });
        assertThat(a.getRemainingKg()).isEqualByComparingTo("100");
        assertThat(b.getRemainingKg()).isEqualByComparingTo("50");
        assertRefused(() -> Transformation.combine(List.of(take(a, "0"), take(b, "1")), null, null, numbers(),
                RECORDING), "inputs[0].massKg", "operation.mass.positive");
        assertRefused(() -> Transformation.combine(List.of(take(a, "10")), null, null, numbers(), RECORDING), null,
                "operation.inputs.at-least-two");
        assertRefused(() -> Transformation.combine(List.of(take(a, "10"), take(a, "10")), null, null, numbers(),
                RECORDING), null, "operation.inputs.twice");
        var wolframite = lot(trader, "10", null, Mineral.WOLFRAMITE, false);
        assertRefused(() -> Transformation.combine(List.of(take(a, "10"), take(wolframite, "10")), null, null,
                numbers(), RECORDING), null, "operation.mineral.mixed");
        var theirs = lot(other, "10", null, Mineral.CASSITERITE, false);
        assertRefused(() -> Transformation.combine(List.of(take(a, "10"), take(theirs, "10")), null, null,
                numbers(), RECORDING), null, "operation.inputs.other-custodian");
        assertThat(a.getRemainingKg()).isEqualByComparingTo("100");
        assertThat(wolframite.getRemainingKg()).isEqualByComparingTo("10");
    }

    @Test
    void anUncertifiedInputTaintsTheCombinationAndTheProcessingOutputs() {
        var clean = lot(trader, "100", null, Mineral.CASSITERITE, false);
        var blue = lot(trader, "1", null, Mineral.CASSITERITE, true);
        var combined = Transformation.combine(List.of(take(clean, "50"), take(blue, "1")), null, null, numbers(),
                RECORDING).outputs().get(0);
        assertThat(combined.isUncertified()).isTrue();
        assertThat(combined.getConcentration()).isNull();
        var processed = Transformation.process(List.of(take(combined, "51")),
                List.of(OutputLot.of(new BigDecimal("40"))), new BigDecimal("11"), numbers(), RECORDING);
        assertThat(processed.outputs().get(0).isUncertified()).isTrue();
        var parts = Transformation.split(clean, List.of(OutputLot.of(BigDecimal.TEN)), numbers(), RECORDING);
        assertThat(parts.outputs().get(0).isUncertified()).isFalse();
    }

    @Test
    void aSplitMakesPartsOfTheSameGradeAndLeavesTheRestInTheLot() {
        var lot = lot(trader, "100", "55.5", Mineral.COLTAN, false);
        // Finer than a gram is refused, not rounded (issue 15).
        assertRefused(() -> Transformation.split(lot, List.of(new OutputLot(new BigDecimal("30.0004"), null, "Drum",
                1)), numbers(), RECORDING), "parts[0].massKg", "mass.scale");
        var made = Transformation.split(lot, List.of(new OutputLot(new BigDecimal("30.000"), null, "Drum", 1),
                OutputLot.of(new BigDecimal("20"))), numbers(), RECORDING);
        assertThat(lot.getRemainingKg()).isEqualByComparingTo("50");
        assertThat(made.outputs()).hasSize(2).allSatisfy(part -> {
            assertThat(part.getOriginatingOperation()).isEqualTo(OriginatingOperation.COMBINATION);
            assertThat(part.getMineral()).isEqualTo(Mineral.COLTAN);
            assertThat(part.getConcentration()).isEqualByComparingTo("55.5");
        });
        assertThat(made.outputs().get(0).getMassKg()).isEqualByComparingTo("30");
        assertThat(made.outputs().get(0).getPackageType()).isEqualTo("Drum");
        assertThat(made.inputs()).extracting(LotInput::getInputLot).containsOnly(lot);
        assertThat(made.inputs()).extracting(LotInput::getLot).containsExactlyElementsOf(made.outputs());
        assertThat(made.operation().getKind()).isEqualTo(OperationKind.SPLIT);
        assertThat(made.operation().massKg(OperationLotRole.INPUT)).isEqualByComparingTo("50");
        assertThatThrownBy(() -> Transformation.split(lot, List.of(OutputLot.of(new BigDecimal("30")),
                OutputLot.of(new BigDecimal("20.001"))), numbers(), RECORDING))
                .isInstanceOfSatisfying(DomainRuleViolation.class, v -> {
                    assertThat(v.messageKey()).isEqualTo("operation.parts.too-much");
                    assertThat(v.arguments()).containsExactly("50.001", "50");
                });
        assertRefused(() -> Transformation.split(lot, List.of(OutputLot.of(new BigDecimal("-1"))), numbers(),
                RECORDING), "parts[0].massKg", "operation.mass.positive");
        assertRefused(() -> Transformation.split(lot, List.of(), numbers(), RECORDING), null,
                "operation.parts.none");
        assertThat(lot.getRemainingKg()).isEqualByComparingTo("50");
        Transformation.split(lot, List.of(OutputLot.of(new BigDecimal("50"))), numbers(), RECORDING);
        assertRefused(() -> Transformation.split(lot, List.of(OutputLot.of(BigDecimal.ONE)), numbers(), RECORDING),
                null, "operation.lot.empty");
    }

    @Test
    void processingOutputsPlusTheLossWeighExactlyWhatTheInputsGave() {
        var processor = organisation(3, OrganisationType.TRADER);
        // 80 kg of SnO2 in; 58.5 + 16 = 74.5 kg out: the grade rises, the metal does not.
        var a = lot(processor, "100", "50", Mineral.CASSITERITE, false);
        var b = lot(processor, "50", "60", Mineral.CASSITERITE, false);
        var outputs = List.of(new OutputLot(new BigDecimal("90"), new BigDecimal("65"), null, null),
                new OutputLot(new BigDecimal("40"), new BigDecimal("40"), null, null));
        assertRefused(() -> Transformation.process(List.of(take(a, "100"), take(b, "50")), outputs,
                new BigDecimal("19"), numbers(), RECORDING), "lossKg", "operation.loss.mismatch");
        assertRefused(() -> Transformation.process(List.of(take(a, "100"), take(b, "50")), outputs, null,
                numbers(), RECORDING), "lossKg", "operation.loss.required");
        assertRefused(() -> Transformation.process(List.of(take(a, "100"), take(b, "20")), outputs,
                BigDecimal.ZERO, numbers(), RECORDING), null, "operation.outputs.heavier");
        assertRefused(() -> Transformation.process(List.of(take(a, "100"), take(b, "50")),
                List.of(new OutputLot(BigDecimal.TEN, new BigDecimal("101"), null, null)), new BigDecimal("140"),
                numbers(), RECORDING), "outputs[0].concentration", "grade.range");
        assertThat(a.getRemainingKg()).isEqualByComparingTo("100");
        assertThat(b.getRemainingKg()).isEqualByComparingTo("50");

        var made = Transformation.process(List.of(take(a, "100"), take(b, "50")), outputs, new BigDecimal("20"),
                numbers(), RECORDING);
        assertThat(a.getRemainingKg()).isEqualByComparingTo("0");
        assertThat(b.getRemainingKg()).isEqualByComparingTo("0");
        assertThat(made.outputs()).extracting(Lot::getOriginatingOperation).containsOnly(OriginatingOperation.PROCESSING);
        assertThat(made.outputs()).extracting(Lot::getCreatorRole).containsOnly(CustodyRole.PROCESSOR);
        assertThat(made.outputs().get(0).getConcentration()).isEqualByComparingTo("65");
        assertThat(made.operation().getLossKg()).isEqualByComparingTo("20");
        // Every output is linked to every input; each input's links add up to what was taken from it.
        assertThat(made.inputs()).hasSize(4);
        assertThat(linked(made, a)).isEqualByComparingTo("100");
        assertThat(linked(made, b)).isEqualByComparingTo("50");
        var fromAIntoFirst = made.inputs().stream()
                .filter(i -> i.getInputLot() == a && i.getLot() == made.outputs().get(0)).findFirst().orElseThrow();
        // 100 × 90 / 130
        assertThat(fromAIntoFirst.getMassKg()).isEqualByComparingTo("69.231");
    }

    @Test
    void theCreatorRoleFollowsTheCustodianAndProcessingIsTheProcessors() {
        assertThat(Transformation.roleOf(organisation(1, OrganisationType.EXPORTER), OperationKind.COMBINATION))
                .isEqualTo(CustodyRole.EXPORTER);
        assertThat(Transformation.roleOf(organisation(1, OrganisationType.COOPERATIVE), OperationKind.SPLIT))
                .isEqualTo(CustodyRole.MINER);
        assertThat(Transformation.roleOf(organisation(1, OrganisationType.TRADER), OperationKind.COMBINATION))
                .isEqualTo(CustodyRole.TRADER);
        assertThat(Transformation.roleOf(organisation(1, OrganisationType.EXPORTER), OperationKind.PROCESSING))
                .isEqualTo(CustodyRole.PROCESSOR);
    }

    @Test
    void aSaleTakesFromTheLotItsReceiptMakesALotAndConcernsTheSoldOne() {
        var lot = lot(trader, "100", null, Mineral.CASSITERITE, false);
        var transfer = TransferRulesTest.sale(lot, other, "60");
        var sale = CustodyOperation.sale(transfer);
        assertThat(sale.getKind()).isEqualTo(OperationKind.SALE);
        assertThat(sale.getCounterpart()).isSameAs(other);
        assertThat(sale.massKg(OperationLotRole.INPUT)).isEqualByComparingTo("60");
        transfer.receive(new BigDecimal("59"), TransferRulesTest.TOLERANCE, "buyer", TransferRulesTest.TODAY);
        transfer.receivedAs(Lot.purchased("n", other, lot, new BigDecimal("59"), "buyer", Instant.EPOCH));
        var receipt = CustodyOperation.receipt(transfer, Instant.EPOCH);
        assertThat(receipt.getOrganisation()).isSameAs(other);
        assertThat(receipt.massKg(OperationLotRole.INPUT)).isEqualByComparingTo("0");
        assertThat(receipt.massKg(OperationLotRole.SUBJECT)).isEqualByComparingTo("60");
        assertThat(receipt.massKg(OperationLotRole.OUTPUT)).isEqualByComparingTo("59");
        assertThat(OperationKind.SPLIT.icglr()).isEqualTo(OriginatingOperation.COMBINATION);
        assertThat(OperationKind.RECEIPT.icglr().icglrCode()).isEqualTo(2);
    }

    private static BigDecimal linked(Transformation.Made made, Lot input) {
        return made.inputs().stream().filter(i -> i.getInputLot() == input).map(LotInput::getMassKg)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void assertRefused(Runnable operation, String field, String key) {
        assertThatThrownBy(operation::run).isInstanceOfSatisfying(DomainRuleViolation.class, v -> {
            assertThat(v.messageKey()).isEqualTo(key);
            assertThat(v.field()).isEqualTo(field);
        });
    }
}
