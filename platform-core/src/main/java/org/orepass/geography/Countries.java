package org.orepass.geography;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.orepass.shared.CountryCode;

/** ISO 3166-1 alpha-2 countries and ISO 3166-2 division codes, as the ICGLR standard requires. */
public final class Countries {

    private static final Set<String> ISO_COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
    /** ISO 3166-2: the country code, a hyphen, then one to three letters or digits (UG-W, CD-NK, RW-02). */
    private static final Pattern DIVISION = Pattern.compile("^([A-Z]{2})-[A-Z0-9]{1,3}$");

    /** The ICGLR member states; only these are served by the ICGLR interchange endpoints. */
    public static final Set<String> ICGLR_MEMBERS = CountryCode.ICGLR_MEMBERS;

    /** Countries where programmes run today: offered first in pickers. */
    public static final List<String> PROGRAMME_COUNTRIES = List.of("UG", "CD", "RW", "CO", "ZW", "KE", "ID");

    private Countries() {
    }

    /** Whether a code is an ISO 3166-1 alpha-2 country, as written (the check is {@link CountryCode}'s). */
    public static boolean isCountry(String code) {
        return CountryCode.isCountry(code);
    }

    public static boolean isDivisionOf(String division, String country) {
        if (division == null || country == null) {
            return false;
        }
        var matcher = DIVISION.matcher(division);
        return matcher.matches() && matcher.group(1).equals(country);
    }

    public static String displayName(String code, Locale locale) {
        return new Locale("", code).getDisplayCountry(locale);
    }

    /** Programme countries first, then every other country by its name in the user's language. */
    public static List<String> forPicker(Locale locale) {
        Comparator<String> byName = Comparator.comparing(code -> displayName(code, locale));
        var others = ISO_COUNTRIES.stream()
                .filter(code -> !PROGRAMME_COUNTRIES.contains(code))
                .sorted(byName)
                .toList();
        return java.util.stream.Stream.concat(PROGRAMME_COUNTRIES.stream(), others.stream()).toList();
    }
}
