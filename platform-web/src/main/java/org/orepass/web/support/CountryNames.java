package org.orepass.web.support;

import org.orepass.geography.Countries;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A country's name in the reader's language for templates ({@code ${@countryNames.name(code)}}): people read
 * "Ouganda", not "UG" (issue 16). An empty code stays empty; an unknown one is shown as it is.
 */
@Component("countryNames")
public class CountryNames {

    public String name(String code) {
        return name(code, LocaleContextHolder.getLocale());
    }

    /** In a given language: a document printed in its own language (the export certificate). */
    public String name(String code, java.util.Locale locale) {
        if (code == null || code.isBlank()) {
            return code;
        }
        var name = Countries.displayName(code, locale);
        return name == null || name.isBlank() ? code : name;
    }
}
