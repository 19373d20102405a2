package org.orepass.producer;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.orepass.shared.DomainRuleViolation;

/**
 * An area of land in hectares, kept to the hundredth (the scale of the rehabilitation columns, numeric(10, 2): a
 * hundredth of a hectare is 100 m², a pit). At most a million hectares (10,000 km²): more than any mining licence's
 * rehabilitation commitment, far inside the column, so a larger value is a typing error and never an overflow.
 */
public record Hectares(BigDecimal value) implements Comparable<Hectares> {

    public static final int SCALE = 2;
    /** A million hectares. */
    public static final BigDecimal MAX = new BigDecimal("1000000");
    public static final Hectares ZERO = new Hectares(BigDecimal.ZERO);

    public Hectares {
        if (value == null || value.signum() < 0 || value.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("not an area in [0, " + MAX + "] ha: " + value);
        }
        value = value.setScale(SCALE, RoundingMode.HALF_UP);
    }

    public static Hectares of(String value) {
        return new Hectares(new BigDecimal(value));
    }

    /**
     * An area as typed. Refused for {@code field}: missing ({@code producer.field.required}), zero when
     * {@code positive} ({@code producer.area.positive}), below zero or above the maximum
     * ({@code producer.area.range}), or finer than a hundredth ({@code producer.area.scale}).
     */
    public static Hectares typed(String field, BigDecimal value, boolean positive) {
        if (value == null) {
            throw new DomainRuleViolation(field, "producer.field.required");
        }
        // Comparisons before any rounding: 1e999999999 rounded to the hundredth would be a billion digits.
        if (value.signum() < 0 || value.compareTo(MAX) > 0) {
            throw new DomainRuleViolation(field, "producer.area.range", MAX.toPlainString());
        }
        if (positive && value.signum() == 0) {
            throw new DomainRuleViolation(field, "producer.area.positive");
        }
        if (value.stripTrailingZeros().scale() > SCALE) {
            throw new DomainRuleViolation(field, "producer.area.scale");
        }
        return new Hectares(value);
    }

    /** This area as a whole percentage of another (rounded half up), 0 when the other is zero. */
    public int percentOf(Hectares whole) {
        if (whole.value.signum() == 0) {
            return 0;
        }
        return value.multiply(BigDecimal.valueOf(100)).divide(whole.value, 0, RoundingMode.HALF_UP).intValue();
    }

    @Override
    public int compareTo(Hectares other) {
        return value.compareTo(other.value);
    }

    /** "12.5" (without trailing zeros; the page adds the unit in the reader's language). */
    @Override
    public String toString() {
        return value.stripTrailingZeros().toPlainString();
    }

    /** Stored as the hectares in a numeric column; applied to every {@code Hectares} attribute. */
    @Converter(autoApply = true)
    public static class Column implements AttributeConverter<Hectares, BigDecimal> {
        @Override
        public BigDecimal convertToDatabaseColumn(Hectares area) {
            return area == null ? null : area.value;
        }

        @Override
        public Hectares convertToEntityAttribute(BigDecimal value) {
            return value == null ? null : new Hectares(value);
        }
    }
}
