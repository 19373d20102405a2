package org.orepass.site;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.orepass.shared.DomainRuleViolation;

/**
 * The ICGLR mine-site identifier (MD.01 {@code MineSiteIdFormat}): country, latitude and longitude each with 4
 * decimals, then a sequence number. The platform mints it with an explicit sign on both coordinates, so a site in
 * the southern hemisphere reads {@code RW--1.9641+30.0619-00001} and one in the north
 * {@code UG-+0.3476+32.5825-00001} (the standard's prose example "RW-1.9641..." drops the sign, and its pattern
 * allows that too). Once minted an identifier is opaque: any that matches the standard's pattern (40 characters
 * at most, the column's width) is one, whoever minted it. Identifiers are kept in capitals and compared without
 * regard to case.
 */
public record IcglrId(String value) implements Comparable<IcglrId> {

    public static final int MAX_LENGTH = 40;
    private static final Pattern PARTS =
            Pattern.compile("^([A-Z]{2})-([+-]?)([0-9]+\\.[0-9]{4})([+-][0-9]+\\.[0-9]{4})-([0-9]+)$");

    public IcglrId {
        if (value == null || value.length() > MAX_LENGTH || !PARTS.matcher(value).matches()) {
            throw new IllegalArgumentException("not an ICGLR mine-site identifier: " + value);
        }
    }

    /** The identifier the platform gives a new site: signed coordinates rounded to 4 decimals, 5-digit sequence. */
    public static IcglrId mint(String country, BigDecimal latitude, BigDecimal longitude, int sequence) {
        if (sequence < 1 || sequence > 99_999) {
            throw new IllegalArgumentException("sequence out of range: " + sequence);
        }
        return new IcglrId(country + "-" + signed(latitude) + signed(longitude) + "-"
                + String.format(Locale.ROOT, "%05d", sequence));
    }

    /**
     * An identifier as sent or typed, in any case, with spaces around it; empty when the text is not one. A space
     * inside is the {@code +} of a query string sent unencoded and is put back.
     */
    public static Optional<IcglrId> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var canonical = text.strip().replace(' ', '+').toUpperCase(Locale.ROOT);
        if (canonical.length() > MAX_LENGTH || !PARTS.matcher(canonical).matches()) {
            return Optional.empty();
        }
        return Optional.of(new IcglrId(canonical));
    }

    /** An identifier as typed; null when empty. Refused for {@code field}: {@code icglr.id.format}. */
    public static IcglrId typed(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return parse(text).orElseThrow(() -> new DomainRuleViolation(field, "icglr.id.format"));
    }

    private static String signed(BigDecimal value) {
        var rounded = value.setScale(4, RoundingMode.HALF_UP);
        return (rounded.signum() < 0 ? "-" : "+") + rounded.abs().toPlainString();
    }

    private Matcher parts() {
        var parts = PARTS.matcher(value);
        parts.matches();
        return parts;
    }

    /** The ISO 3166-1 alpha-2 code the identifier starts with. */
    public String country() {
        return value.substring(0, 2);
    }

    /** The sequence number at the end, when it is one the platform could have minted (1 to 99999). */
    public OptionalInt sequence() {
        var digits = parts().group(5);
        if (digits.length() > 5) {
            return OptionalInt.empty();
        }
        var number = Integer.parseInt(digits);
        return number >= 1 ? OptionalInt.of(number) : OptionalInt.empty();
    }

    /**
     * Whether the identifier says this country and location (to 4 decimals). The hyphen after the country code is
     * both a separator and, in the standard's own example ({@code RW-1.9641+30.0619-00001} for latitude -1.9641),
     * possibly the latitude's sign: a latitude written without a sign matches either sign.
     */
    public boolean says(String country, BigDecimal latitude, BigDecimal longitude) {
        var parts = parts();
        if (!parts.group(1).equals(country)) {
            return false;
        }
        var lat = latitude.setScale(4, RoundingMode.HALF_UP);
        var idLatitude = new BigDecimal(parts.group(3));
        var latitudeSays = switch (parts.group(2)) {
            case "+" -> idLatitude.compareTo(lat) == 0;
            case "-" -> idLatitude.negate().compareTo(lat) == 0;
            default -> idLatitude.compareTo(lat.abs()) == 0;
        };
        return latitudeSays
                && new BigDecimal(parts.group(4)).compareTo(longitude.setScale(4, RoundingMode.HALF_UP)) == 0;
    }

    @Override
    public int compareTo(IcglrId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }

    /** Stored as the text in {@code mine_site.icglr_id}; applied to every {@code IcglrId} attribute. */
    @Converter(autoApply = true)
    public static class Column implements AttributeConverter<IcglrId, String> {
        @Override
        public String convertToDatabaseColumn(IcglrId id) {
            return id == null ? null : id.value;
        }

        @Override
        public IcglrId convertToEntityAttribute(String value) {
            return value == null ? null : new IcglrId(value);
        }
    }
}
