package org.orepass.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A percentage from 0 to 100, kept to three decimals (the scale of the grade and tolerance columns). Grades have
 * their own type ({@code custody.Grade}), which adds the compound they are a percentage of.
 */
public record Percentage(BigDecimal value) implements Comparable<Percentage> {

    public static final int SCALE = 3;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Percentage {
        if (value == null || value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException("not a percentage in [0, 100]: " + value);
        }
        value = value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    public static Percentage of(String value) {
        return new Percentage(new BigDecimal(value));
    }

    /**
     * A percentage as typed; null when nothing was typed. Refused for {@code field} outside 0..100
     * ({@code percentage.range}) or finer than three decimals ({@code percentage.scale}).
     */
    public static Percentage typed(String field, BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new DomainRuleViolation(field, "percentage.range");
        }
        if (value.stripTrailingZeros().scale() > SCALE) {
            throw new DomainRuleViolation(field, "percentage.scale");
        }
        return new Percentage(value);
    }

    /** This share of an amount, unrounded. */
    public BigDecimal of(BigDecimal amount) {
        return amount.multiply(value).movePointLeft(2);
    }

    /** This share of a mass, to the gram. */
    public Mass of(Mass mass) {
        return new Mass(of(mass.kilograms()));
    }

    @Override
    public int compareTo(Percentage other) {
        return value.compareTo(other.value);
    }

    /** "65" or "2.5" (the page adds " %" as the reader's language writes it). */
    @Override
    public String toString() {
        return value.stripTrailingZeros().toPlainString();
    }

    @Converter(autoApply = true)
    public static class Column implements AttributeConverter<Percentage, BigDecimal> {
        @Override
        public BigDecimal convertToDatabaseColumn(Percentage percentage) {
            return percentage == null ? null : percentage.value;
        }

        @Override
        public Percentage convertToEntityAttribute(BigDecimal value) {
            return value == null ? null : new Percentage(value);
        }
    }
}
