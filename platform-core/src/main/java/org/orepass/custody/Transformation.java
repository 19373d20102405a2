package org.orepass.custody;

import org.orepass.custody.internal.OperationKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.function.Supplier;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.OrganisationType;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.Mass;

/**
 * Combination, split and processing: the mass and metal balance rules, on lots already loaded and authorised. Pure
 * (no ports), so the property test runs the very rules the pages use. Every rule is checked before any lot changes:
 * a refused operation leaves every lot as it was, even in memory.
 *
 * <p>Mass balance: nothing takes more than a lot still holds; a combination weighs exactly what it took; the parts
 * of a split weigh exactly what left the split lot; processing outputs plus the recorded loss weigh exactly what
 * the inputs gave. No tolerance: one custodian weighs both sides on its own scale and records the loss itself, so
 * an output heavier than its inputs can only be ore from elsewhere (the tolerance is for two-sided transfers,
 * where two scales meet). Masses are kept to the gram, as stored.
 *
 * <p>Metal balance ({@link MetalBalance}): the outputs' contained metal (mass × grade) may not exceed the inputs'
 * beyond the metal tolerance. A breach is refused by the grade field, except for processing whose output grades
 * were measured by an assay: that is recorded ({@link Made#breach()}, the outputs marked {@code metalGain}) for the
 * inspectors, as a weighing difference on receipt is.
 */
final class Transformation {

    private Transformation() {
    }

    /** What an operation takes out of one input lot. */
    record Taken(Lot lot, BigDecimal kg) {
    }

    /** When the operation happened, the custodian's notes, and who recorded it when. */
    record Recording(LocalDate on, String notes, String by, Instant at) {
    }

    /** The operation to record, the lots it made and their links to the lots they were made of (genealogy). */
    record Made(CustodyOperation operation, List<Lot> outputs, List<LotInput> inputs, MetalBalance.Breach breach) {
    }

    /** An output checked: mass to the gram, grade on the mineral's canonical basis (or none). */
    private record Making(BigDecimal massKg, Grade grade, String packageType, Integer packageCount, boolean typed) {

        OutputLot output() {
            return new OutputLot(massKg, grade == null ? null : grade.percent(), packageType, packageCount);
        }

        MetalBalance.Portion portion() {
            return new MetalBalance.Portion(massKg, grade);
        }
    }

    /** Several lots of one mineral and custodian, each all or part of what it holds, into one new lot. */
    static Made combine(List<Taken> taken, String packageType, Integer packageCount, Supplier<String> numbers,
            Recording recording) {
        return combine(taken, packageType, packageCount, null, null, MetalBalance.standard(), numbers, recording);
    }

    /**
     * The same, with the combined lot's grade as typed (an assay of the combined lot), else the inputs' grades
     * weighted by mass. Regrouping does not change the material: a typed grade that gives more metal than the
     * inputs held, beyond the tolerance, is refused.
     */
    static Made combine(List<Taken> taken, String packageType, Integer packageCount, BigDecimal concentration,
            GradeBasis basis, MetalBalance balance, Supplier<String> numbers, Recording recording) {
        var inputs = checkedInputs(taken);
        if (inputs.size() < 2) {
            throw new DomainRuleViolation(null, "operation.inputs.at-least-two");
        }
        var total = sum(inputs.stream().map(Taken::kg).toList());
        var first = inputs.get(0).lot();
        var mineral = first.getMineral();
        var grade = Grade.typed("concentration", mineral, concentration, basis);
        if (grade == null) {
            grade = weightedGrade(inputs);
        } else {
            var breach = balance.check("concentration", mineral, portions(inputs),
                    List.of(new MetalBalance.Portion(total, grade)));
            if (breach != null) {
                throw breach.violation();
            }
        }
        var output = Lot.made(numbers.get(), first.getCustodian(),
                roleOf(first.getCustodian(), OperationKind.COMBINATION), OriginatingOperation.COMBINATION,
                mineral, new OutputLot(total, null, packageType, packageCount), grade, anyUncertified(inputs), false,
                recording.by(), recording.at());
        var operation = operation(OperationKind.COMBINATION, first.getCustodian(), recording);
        var links = new ArrayList<LotInput>();
        for (var input : inputs) {
            input.lot().take(new Mass(input.kg()));
            operation.touching(input.lot(), OperationLotRole.INPUT, input.kg());
            links.add(new LotInput(output, input.lot(), input.kg()));
        }
        operation.touching(output, OperationLotRole.OUTPUT, total);
        return new Made(operation, List.of(output), links, null);
    }

    /**
     * One lot into parts, each a new lot of the same mineral and grade; what the parts do not take stays in the
     * lot. The ICGLR list has no split: the parts are COMBINATION lots (a regrouping that does not change the
     * material, here one to many) whose input lot is the split one.
     */
    static Made split(Lot lot, List<OutputLot> parts, Supplier<String> numbers, Recording recording) {
        return split(lot, parts, MetalBalance.standard(), numbers, recording);
    }

    /**
     * The same, checking the metal: a part keeps the lot's grade unless one is typed (the parts of a sorted lot may
     * differ), and the parts together may not hold more metal than they took from the lot, beyond the tolerance.
     */
    static Made split(Lot lot, List<OutputLot> parts, MetalBalance balance, Supplier<String> numbers,
            Recording recording) {
        if (lot.getRemainingKg().signum() <= 0) {
            throw new DomainRuleViolation(null, "operation.lot.empty");
        }
        var rounded = checkedOutputs(parts, "parts", lot.getMineral(), lot.getGrade());
        var total = sum(rounded.stream().map(Making::massKg).toList());
        if (total.compareTo(lot.getRemainingKg()) > 0) {
            throw new DomainRuleViolation(null, "operation.parts.too-much", plain(total),
                    plain(lot.getRemainingKg()));
        }
        var breach = balance.check(gradeField("parts", rounded), lot.getMineral(),
                List.of(new MetalBalance.Portion(total, lot.getGrade())),
                rounded.stream().map(Making::portion).toList());
        if (breach != null) {
            throw breach.violation();
        }
        var custodian = lot.getCustodian();
        var operation = operation(OperationKind.SPLIT, custodian, recording);
        var outputs = new ArrayList<Lot>();
        var links = new ArrayList<LotInput>();
        for (var part : rounded) {
            var output = Lot.made(numbers.get(), custodian, roleOf(custodian, OperationKind.SPLIT),
                    OriginatingOperation.COMBINATION, lot.getMineral(), part.output(), part.grade(),
                    lot.isUncertified(), false, recording.by(), recording.at());
            outputs.add(output);
            links.add(new LotInput(output, lot, part.massKg()));
        }
        lot.take(new Mass(total));
        operation.touching(lot, OperationLotRole.INPUT, total);
        outputs.forEach(o -> operation.touching(o, OperationLotRole.OUTPUT, o.getMassKg()));
        return new Made(operation, outputs, links, null);
    }

    /**
     * Inputs of one mineral into one or more outputs of that mineral (another grade, another form), with the loss
     * recorded: outputs + loss = inputs, to the gram. Each output is linked to every input with the input's mass
     * that went into it, in proportion to the outputs' masses (the loss shared alike): so an output's share of
     * each input, hence of each mine site, is what genealogy reads from {@code lot_input}.
     */
    static Made process(List<Taken> taken, List<OutputLot> outputs, BigDecimal lossKg, Supplier<String> numbers,
            Recording recording) {
        return process(taken, outputs, lossKg, false, MetalBalance.standard(), numbers, recording);
    }

    /**
     * The same, checking the metal: the outputs' grades may raise the grade, not the metal. With {@code assayed}
     * (the output grades were measured by an assay) a breach is accepted and returned, the outputs marked; without,
     * it is refused by the first typed grade.
     */
    static Made process(List<Taken> taken, List<OutputLot> outputs, BigDecimal lossKg, boolean assayed,
            MetalBalance balance, Supplier<String> numbers, Recording recording) {
        var inputs = checkedInputs(taken);
        var mineral = inputs.get(0).lot().getMineral();
        var made = checkedOutputs(outputs, "outputs", mineral, null);
        var in = sum(inputs.stream().map(Taken::kg).toList());
        var out = sum(made.stream().map(Making::massKg).toList());
        if (out.compareTo(in) > 0) {
            throw new DomainRuleViolation(null, "operation.outputs.heavier", plain(out), plain(in));
        }
        if (lossKg == null) {
            throw new DomainRuleViolation("lossKg", "operation.loss.required", plain(in.subtract(out)));
        }
        if (lossKg.signum() < 0) {
            throw new DomainRuleViolation("lossKg", "operation.loss.negative");
        }
        var loss = Mass.typed("lossKg", lossKg, false).kilograms();
        if (out.add(loss).compareTo(in) != 0) {
            throw new DomainRuleViolation("lossKg", "operation.loss.mismatch", plain(in), plain(out),
                    plain(in.subtract(out)));
        }
        var breach = balance.check(gradeField("outputs", made), mineral, portions(inputs),
                made.stream().map(Making::portion).toList());
        if (breach != null && !assayed) {
            throw breach.violation();
        }
        var first = inputs.get(0).lot();
        var custodian = first.getCustodian();
        var operation = operation(OperationKind.PROCESSING, custodian, recording).withLoss(loss);
        var lots = new ArrayList<Lot>();
        for (var output : made) {
            lots.add(Lot.made(numbers.get(), custodian, roleOf(custodian, OperationKind.PROCESSING),
                    OriginatingOperation.PROCESSING, first.getMineral(), output.output(), output.grade(),
                    anyUncertified(inputs), breach != null, recording.by(), recording.at()));
        }
        var links = new ArrayList<LotInput>();
        for (var input : inputs) {
            input.lot().take(new Mass(input.kg()));
            operation.touching(input.lot(), OperationLotRole.INPUT, input.kg());
            var shares = shares(input.kg(), made.stream().map(Making::massKg).toList(), out);
            for (int j = 0; j < lots.size(); j++) {
                links.add(new LotInput(lots.get(j), input.lot(), shares.get(j)));
            }
        }
        lots.forEach(o -> operation.touching(o, OperationLotRole.OUTPUT, o.getMassKg()));
        return new Made(operation, lots, links, breach);
    }

    /** ICGLR MDC.05: processing is the processor's; otherwise the role the custodian plays in the chain. */
    static CustodyRole roleOf(Organisation custodian, OperationKind kind) {
        if (kind == OperationKind.PROCESSING) {
            return CustodyRole.PROCESSOR;
        }
        var type = custodian.getType();
        if (type == OrganisationType.EXPORTER) {
            return CustodyRole.EXPORTER;
        }
        if (type == OrganisationType.PROCESSOR) {
            return CustodyRole.PROCESSOR;
        }
        if (type == OrganisationType.MINE_OPERATOR || type == OrganisationType.COOPERATIVE) {
            return CustodyRole.MINER;
        }
        return CustodyRole.TRADER;
    }

    private static List<Taken> checkedInputs(List<Taken> taken) {
        if (taken == null || taken.isEmpty()) {
            throw new DomainRuleViolation(null, "operation.inputs.none");
        }
        var seen = Collections.newSetFromMap(new IdentityHashMap<Lot, Boolean>());
        var first = taken.get(0).lot();
        var checked = new ArrayList<Taken>();
        for (int i = 0; i < taken.size(); i++) {
            var lot = taken.get(i).lot();
            var field = "inputs[" + i + "].massKg";
            if (!seen.add(lot)) {
                throw new DomainRuleViolation(null, "operation.inputs.twice", lot.getLotNumber());
            }
            if (lot.getMineral() != first.getMineral()) {
                throw new DomainRuleViolation(null, "operation.mineral.mixed");
            }
            if (!lot.getCustodian().getId().equals(first.getCustodian().getId())) {
                throw new DomainRuleViolation(null, "operation.inputs.other-custodian", lot.getLotNumber());
            }
            var kg = Transfer.kilograms(field, taken.get(i).kg(), "operation.mass.positive");
            if (kg.compareTo(lot.getRemainingKg()) > 0) {
                throw new DomainRuleViolation(field, "operation.mass.too-much", lot.getLotNumber(),
                        plain(lot.getRemainingKg()));
            }
            checked.add(new Taken(lot, kg));
        }
        return checked;
    }

    /**
     * The outputs with their masses to the gram and their grades on the mineral's canonical basis; an output with
     * no grade typed takes {@code inherited} (a split part: the lot's), else none.
     */
    private static List<Making> checkedOutputs(List<OutputLot> outputs, String list, org.orepass.site.Mineral mineral,
            Grade inherited) {
        if (outputs == null || outputs.isEmpty()) {
            throw new DomainRuleViolation(null, "operation." + list + ".none");
        }
        var checked = new ArrayList<Making>();
        for (int i = 0; i < outputs.size(); i++) {
            var output = outputs.get(i);
            var kg = Transfer.kilograms(list + "[" + i + "].massKg", output.massKg(), "operation.mass.positive");
            var grade = Grade.typed(list + "[" + i + "].concentration", mineral, output.concentration(),
                    output.gradeBasis());
            if (output.packageCount() != null && output.packageCount() <= 0) {
                throw new DomainRuleViolation(list + "[" + i + "].packageCount", "operation.packageCount.positive");
            }
            checked.add(new Making(kg, grade == null ? inherited : grade, output.packageType(), output.packageCount(),
                    grade != null));
        }
        return checked;
    }

    /** The grade field a metal breach is shown by: the first output whose grade was typed. */
    private static String gradeField(String list, List<Making> outputs) {
        for (int i = 0; i < outputs.size(); i++) {
            if (outputs.get(i).typed()) {
                return list + "[" + i + "].concentration";
            }
        }
        return null;
    }

    private static List<MetalBalance.Portion> portions(List<Taken> inputs) {
        return inputs.stream().map(i -> new MetalBalance.Portion(i.kg(), i.lot().getGrade())).toList();
    }

    /**
     * The input's kilograms that went into each output, in proportion to the outputs' masses, to the gram; the
     * last output takes the rounding remainder so the shares add up to what was taken. A link weighs at least a
     * gram (the table refuses empty links), which only matters for outputs of a few grams.
     */
    private static List<BigDecimal> shares(BigDecimal taken, List<BigDecimal> outputs, BigDecimal totalOut) {
        var shares = new ArrayList<BigDecimal>();
        var given = BigDecimal.ZERO;
        for (int j = 0; j < outputs.size(); j++) {
            var share = j == outputs.size() - 1 ? taken.subtract(given)
                    : taken.multiply(outputs.get(j)).divide(totalOut, 3, RoundingMode.HALF_UP);
            share = share.max(new BigDecimal("0.001"));
            shares.add(share);
            given = given.add(share);
        }
        return shares;
    }

    /**
     * The combined lot's grade: the inputs' grades weighted by mass, when every input has one; rounded down, so that
     * the combined lot never holds more metal than its inputs gave.
     */
    private static Grade weightedGrade(List<Taken> inputs) {
        var weighted = BigDecimal.ZERO;
        var total = BigDecimal.ZERO;
        for (var input : inputs) {
            var grade = input.lot().getGrade();
            if (grade == null) {
                return null;
            }
            weighted = weighted.add(grade.percent().multiply(input.kg()));
            total = total.add(input.kg());
        }
        var percent = weighted.divide(total, Grade.SCALE, RoundingMode.DOWN);
        return percent.signum() <= 0 ? null : Grade.of(inputs.get(0).lot().getMineral(), percent);
    }

    /** A blue-site lot taints whatever it goes into: mixing does not launder it. */
    private static boolean anyUncertified(List<Taken> inputs) {
        return inputs.stream().anyMatch(i -> i.lot().isUncertified());
    }

    private static CustodyOperation operation(OperationKind kind, Organisation custodian, Recording recording) {
        return new CustodyOperation(kind, custodian, recording.on(), recording.by(), recording.at())
                .withNotes(recording.notes());
    }

    private static BigDecimal sum(List<BigDecimal> masses) {
        return masses.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static String plain(BigDecimal kg) {
        return kg.stripTrailingZeros().toPlainString();
    }
}
