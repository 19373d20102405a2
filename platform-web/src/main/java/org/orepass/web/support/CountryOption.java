package org.orepass.web.support;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.orepass.geography.Countries;

/** A country in a picker: its ISO code and its name in the user's language. */
public record CountryOption(String code, String name) {

    private static final Map<Locale, List<CountryOption>> BY_LOCALE = new ConcurrentHashMap<>();

    /**
     * Sorting 250 names in the user's language is costly, so each language's list is built once: one of the four
     * supported languages, never a key a request could invent.
     */
    public static List<CountryOption> all(Locale locale) {
        return BY_LOCALE.computeIfAbsent(SupportedLanguages.of(locale), language -> Countries.forPicker(language).stream()
                .map(code -> new CountryOption(code, Countries.displayName(code, language)))
                .toList());
    }
}
