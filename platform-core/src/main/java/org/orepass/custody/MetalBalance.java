package org.orepass.custody;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.site.Mineral;

/**
 * The second balance of every operation: contained metal (mass × grade). Processing may raise the grade and lower
 * the mass, but the metal it yields can only fall (tailings, dust), within the assay's uncertainty: the tolerance,
 * a share of the inputs' contained metal ({@code orepass.custody.metal-tolerance-percent}, default 2). Metal beyond
 * it is ore from elsewhere or a grade misstated to carry it (docs/custody-operations.md). Where an input has no
 * grade its metal is unknown: it counts for the most it could hold (its whole mass), the operation is otherwise
 * allowed, and the chain raises the MISSING_GRADE red flag.
 */
public final class MetalBalance {

    public static final BigDecimal DEFAULT_TOLERANCE_PERCENT = BigDecimal.valueOf(2);

    private final BigDecimal tolerancePercent;
    private final BigDecimal factor;

    public MetalBalance(BigDecimal tolerancePercent) {
        if (tolerancePercent == null || tolerancePercent.signum() < 0) {
            throw new IllegalArgumentException("metal tolerance must be 0 % or more: " + tolerancePercent);
        }
        this.tolerancePercent = tolerancePercent;
        this.factor = BigDecimal.ONE.add(tolerancePercent.movePointLeft(2));
    }

    public static MetalBalance standard() {
        return new MetalBalance(DEFAULT_TOLERANCE_PERCENT);
    }

    public BigDecimal tolerancePercent() {
        return tolerancePercent;
    }

    /** Kilograms of a lot (or of a part of it) with the grade they carry, if known. */
    public record Portion(BigDecimal kg, Grade grade) {
    }

    /** Metal in, metal out, in kg of metal to the gram, for the refusal's message and the anomaly. */
    public record Breach(String field, Mineral mineral, BigDecimal inMetalKg, BigDecimal outMetalKg,
            BigDecimal tolerancePercent) {

        public String metal() {
            return GradeBasis.canonicalFor(mineral).metal();
        }

        /** Refused by the grade field: "... 35.5 kg of Sn in, 41.2 kg out ...". */
        public DomainRuleViolation violation() {
            return new DomainRuleViolation(field, "operation.metal.more", Transformation.plain(inMetalKg),
                    Transformation.plain(outMetalKg), metal(), Transformation.plain(tolerancePercent));
        }

        public String describe() {
            return inMetalKg.toPlainString() + " kg " + metal() + " in, " + outMetalKg.toPlainString() + " kg out ("
                    + "tolerance " + tolerancePercent.toPlainString() + " %)";
        }
    }

    /**
     * The breach, if the outputs carry more metal than the inputs plus the tolerance; null when they do not.
     * Outputs without a grade count for nothing (their metal is not claimed). An input without a grade counts for
     * the most it could hold (all of its mass at 100 %): its metal is unknown, so only a breach that no grade of it
     * could explain is one; a pinch of ungraded ore cannot carry a typed grade's metal in.
     */
    public Breach check(String field, Mineral mineral, List<Portion> inputs, List<Portion> outputs) {
        var in = compound(inputs.stream()
                .map(p -> p.grade() == null ? new Portion(p.kg(), Grade.of(mineral, BigDecimal.valueOf(100))) : p)
                .toList());
        var out = compound(outputs);
        if (out.compareTo(in.multiply(factor)) <= 0) {
            return null;
        }
        var metalFactor = GradeBasis.canonicalFor(mineral).metalFactor();
        return new Breach(field, mineral, metal(in, metalFactor), metal(out, metalFactor), tolerancePercent);
    }

    /**
     * An export lot weighs what its lots gave and carries the grade the exporter declares: a declared grade that
     * states more metal than the lots hold, beyond the tolerance, is refused ({@code export.metal.more}, in and out).
     */
    public void refuseExport(Mineral mineral, BigDecimal declaredGrade, List<Portion> lots) {
        if (declaredGrade == null || declaredGrade.signum() <= 0
                || declaredGrade.compareTo(BigDecimal.valueOf(100)) > 0) {
            return;
        }
        var total = lots.stream().map(Portion::kg).reduce(BigDecimal.ZERO, BigDecimal::add);
        var breach = check("grade", mineral, lots, List.of(new Portion(total, Grade.of(mineral, declaredGrade))));
        if (breach != null) {
            throw new DomainRuleViolation("grade", "export.metal.more", Transformation.plain(breach.inMetalKg()),
                    Transformation.plain(breach.outMetalKg()), breach.metal(),
                    Transformation.plain(tolerancePercent));
        }
    }

    static BigDecimal compound(List<Portion> portions) {
        return portions.stream().filter(p -> p.grade() != null).map(p -> p.grade().compoundKg(p.kg()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal metal(BigDecimal compoundKg, BigDecimal metalFactor) {
        return compoundKg.multiply(metalFactor).setScale(3, RoundingMode.HALF_UP);
    }
}
