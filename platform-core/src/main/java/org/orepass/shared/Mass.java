package org.orepass.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A mass in kilograms, kept to the gram (three decimals, as every mass column stores it: ICGLR MD.10 with
 * UN/ECE Rec. 20 unit KGM). Zero is a mass (an emptied lot); a negative one is not. Ten million tonnes is more
 * than any lot, shipment or year of a country's production holds, and fits the narrowest mass column
 * (numeric(14, 3)), so a value above it is a typing error, never an overflow.
 */
public record Mass(BigDecimal kilograms) implements Comparable<Mass> {

    public static final int SCALE = 3;
    /** Ten million tonnes. */
    public static final BigDecimal MAX_KG = new BigDecimal("10000000000");
    public static final Mass ZERO = new Mass(BigDecimal.ZERO);

    public Mass {
        if (kilograms == null || kilograms.signum() < 0 || kilograms.compareTo(MAX_KG) > 0) {
            throw new IllegalArgumentException("not a mass in [0, " + MAX_KG + "] kg: " + kilograms);
        }
        kilograms = kilograms.setScale(SCALE, RoundingMode.HALF_UP);
    }

    public static Mass kg(String kilograms) {
        return new Mass(new BigDecimal(kilograms));
    }

    public static Mass ofNullable(BigDecimal kilograms) {
        return kilograms == null ? null : new Mass(kilograms);
    }

    /**
     * A mass as a person or a system typed it, in kilograms; null when nothing was typed. Refused for
     * {@code field}: zero or less when {@code positive} ({@code mass.positive}), below zero ({@code mass.negative}),
     * above the maximum ({@code mass.too-large}), or finer than a gram ({@code mass.scale}).
     */
    public static Mass typed(String field, BigDecimal kilograms, boolean positive) {
        if (kilograms == null) {
            return null;
        }
        // Comparisons only, before any rounding: 1e999999999 rounded to the gram would be a billion digits.
        if (kilograms.signum() < 0) {
            throw new DomainRuleViolation(field, "mass.negative");
        }
        if (positive && kilograms.signum() == 0) {
            throw new DomainRuleViolation(field, "mass.positive");
        }
        if (kilograms.compareTo(MAX_KG) > 0) {
            throw new DomainRuleViolation(field, "mass.too-large", MAX_KG.toPlainString());
        }
        if (kilograms.stripTrailingZeros().scale() > SCALE) {
            throw new DomainRuleViolation(field, "mass.scale");
        }
        return new Mass(kilograms);
    }

    public Mass plus(Mass other) {
        return new Mass(kilograms.add(other.kilograms));
    }

    /** This mass less another; refused (an {@link IllegalArgumentException}) below zero: check first. */
    public Mass minus(Mass other) {
        return new Mass(kilograms.subtract(other.kilograms));
    }

    public boolean isZero() {
        return kilograms.signum() == 0;
    }

    public boolean exceeds(Mass other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Mass other) {
        return kilograms.compareTo(other.kilograms);
    }

    /** "12.5" (kilograms, without trailing zeros; the page adds the unit in the reader's language). */
    @Override
    public String toString() {
        return kilograms.stripTrailingZeros().toPlainString();
    }

    /** Stored as the kilograms in a numeric column; applied to every {@code Mass} attribute. */
    @Converter(autoApply = true)
    public static class Column implements AttributeConverter<Mass, BigDecimal> {
        @Override
        public BigDecimal convertToDatabaseColumn(Mass mass) {
            return mass == null ? null : mass.kilograms;
        }

        @Override
        public Mass convertToEntityAttribute(BigDecimal kilograms) {
            return kilograms == null ? null : new Mass(kilograms);
        }
    }
}
