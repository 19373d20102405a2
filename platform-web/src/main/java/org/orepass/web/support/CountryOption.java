package org.orepass.web.support;

import java.util.List;
import java.util.Locale;
import org.orepass.geography.Countries;

/** A country in a picker: its ISO code and its name in the user's language. */
public record CountryOption(String code, String name) {

    public static List<CountryOption> all(Locale locale) {
        return Countries.forPicker(locale).stream()
                .map(code -> new CountryOption(code, Countries.displayName(code, locale)))
                .toList();
    }
}
