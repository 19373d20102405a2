package org.orepass.site;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The ICGLR mine-site identifier: country, latitude and longitude each with an explicit sign and 4 decimals,
 * then a 5-digit sequence. The standard's pattern puts a hyphen after the country code, so a site in the
 * southern hemisphere reads {@code RW--1.9641+30.0619-00001} and one in the north {@code UG-+0.3476+32.5825-00001}:
 * unambiguous and valid against {@code MineSiteIdFormat} (the prose example "RW-1.9641..." drops the sign).
 */
public final class IcglrIdentifier {

    private IcglrIdentifier() {
    }

    public static String of(String country, BigDecimal latitude, BigDecimal longitude, int sequence) {
        if (sequence < 1 || sequence > 99_999) {
            throw new IllegalArgumentException("sequence out of range: " + sequence);
        }
        return country + "-" + signed(latitude) + signed(longitude) + "-" + String.format("%05d", sequence);
    }

    private static String signed(BigDecimal value) {
        var rounded = value.setScale(4, RoundingMode.HALF_UP);
        return (rounded.signum() < 0 ? "-" : "+") + rounded.abs().toPlainString();
    }

    private static final java.util.regex.Pattern PARTS = java.util.regex.Pattern.compile(
            "^([A-Z]{2})-([+-]?)([0-9]+\\.[0-9]{4})([+-][0-9]+\\.[0-9]{4})-([0-9]+)$");

    /**
     * Whether an identifier (any that matches the standard's pattern, whoever minted it) says this country and
     * location. The hyphen after the country code is both a separator and, in the standard's own example
     * ({@code RW-1.9641+30.0619-00001} for latitude -1.9641), possibly the latitude's sign: a latitude written
     * without a sign matches either sign. Identifiers are compared without regard to case.
     */
    public static boolean says(String icglrId, String country, BigDecimal latitude, BigDecimal longitude) {
        var parts = PARTS.matcher(icglrId.toUpperCase(java.util.Locale.ROOT));
        if (!parts.matches() || !parts.group(1).equals(country)) {
            return false;
        }
        var lat = latitude.setScale(4, RoundingMode.HALF_UP);
        var idLatitude = new BigDecimal(parts.group(3));
        var latitudeSays = switch (parts.group(2)) {
            case "+" -> idLatitude.compareTo(lat) == 0;
            case "-" -> idLatitude.negate().compareTo(lat) == 0;
            default -> idLatitude.compareTo(lat.abs()) == 0;
        };
        return latitudeSays && new BigDecimal(parts.group(4))
                .compareTo(longitude.setScale(4, RoundingMode.HALF_UP)) == 0;
    }

    /** The sequence number at the end of an identifier, or -1 when there is none. */
    public static int sequenceOf(String icglrId) {
        var dash = icglrId.lastIndexOf('-');
        var digits = icglrId.substring(dash + 1);
        if (dash < 0 || digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(Character::isDigit)) {
            return -1;
        }
        return Integer.parseInt(digits);
    }
}
