package org.orepass.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A lot's number (ICGLR MD.01 lot identifier). The platform mints {@code CC-YYYY-NNNNNNN}: the country where the
 * lot was first recorded, the year, a sequence. Lots sent by other systems (the ICGLR API) keep their own numbers,
 * so any text of 1 to 40 characters (the column holds 40) without control characters or surrounding spaces is one.
 */
public record LotNumber(String value) implements Comparable<LotNumber> {

    public static final int MAX_LENGTH = 40;
    private static final Pattern ALLOWED = Pattern.compile("^[^\\s\\p{Cntrl}](?:[^\\p{Cntrl}]{0,38}[^\\s\\p{Cntrl}])?$");

    public LotNumber {
        if (value == null || !ALLOWED.matcher(value).matches()) {
            throw new IllegalArgumentException("not a lot number: " + value);
        }
    }

    /** The number the platform gives a new lot. */
    public static LotNumber mint(CountryCode country, int year, long sequence) {
        if (sequence < 1 || sequence > 9_999_999) {
            throw new IllegalArgumentException("sequence out of range: " + sequence);
        }
        return new LotNumber(country.alpha2() + "-" + year + "-" + String.format(Locale.ROOT, "%07d", sequence));
    }

    /** A number as typed or sent; null when empty. Refused for {@code field}: {@code lot.number.format}. */
    public static LotNumber typed(String field, String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        var stripped = number.strip();
        if (!ALLOWED.matcher(stripped).matches()) {
            throw new DomainRuleViolation(field, "lot.number.format", MAX_LENGTH);
        }
        return new LotNumber(stripped);
    }

    @Override
    public int compareTo(LotNumber other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }

    @Converter(autoApply = true)
    public static class Column implements AttributeConverter<LotNumber, String> {
        @Override
        public String convertToDatabaseColumn(LotNumber number) {
            return number == null ? null : number.value;
        }

        @Override
        public LotNumber convertToEntityAttribute(String value) {
            return value == null ? null : new LotNumber(value);
        }
    }
}
