package org.orepass.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Locale;
import java.util.Set;

/**
 * A country by its ISO 3166-1 alpha-2 code, as the ICGLR standard and every {@code country} column hold it. The
 * code is where a mineral was mined or an organisation is registered: comparing two of them is how borders are
 * found, so it is a type, not a string.
 */
public record CountryCode(String alpha2) implements Comparable<CountryCode> {

    private static final Set<String> ISO = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
    /** The ICGLR member states (the Regional Certification Mechanism applies to their exports). */
    public static final Set<String> ICGLR_MEMBERS =
            Set.of("AO", "BI", "CD", "CF", "CG", "KE", "RW", "SS", "SD", "TZ", "UG", "ZM");

    public CountryCode {
        if (alpha2 == null || !ISO.contains(alpha2)) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 code: " + alpha2);
        }
    }

    public static CountryCode of(String alpha2) {
        return new CountryCode(alpha2);
    }

    public static CountryCode ofNullable(String alpha2) {
        return alpha2 == null ? null : new CountryCode(alpha2);
    }

    public static boolean isCountry(String code) {
        return code != null && ISO.contains(code);
    }

    /** A code as typed (any case, spaces around); null when empty. Refused for {@code field}: {@code country.unknown}. */
    public static CountryCode typed(String field, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        var upper = code.strip().toUpperCase(Locale.ROOT);
        if (!ISO.contains(upper)) {
            throw new DomainRuleViolation(field, "country.unknown");
        }
        return new CountryCode(upper);
    }

    public boolean isIcglrMember() {
        return ICGLR_MEMBERS.contains(alpha2);
    }

    /** The country's name in a language ("Ouganda" in French). */
    public String displayName(Locale locale) {
        return new Locale("", alpha2).getDisplayCountry(locale);
    }

    @Override
    public int compareTo(CountryCode other) {
        return alpha2.compareTo(other.alpha2);
    }

    @Override
    public String toString() {
        return alpha2;
    }

    @Converter(autoApply = true)
    public static class Column implements AttributeConverter<CountryCode, String> {
        @Override
        public String convertToDatabaseColumn(CountryCode country) {
            return country == null ? null : country.alpha2;
        }

        @Override
        public CountryCode convertToEntityAttribute(String alpha2) {
            return alpha2 == null ? null : new CountryCode(alpha2);
        }
    }
}
