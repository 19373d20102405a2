package org.orepass.web.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The four languages of the platform, and nothing else: whatever a request asks for ({@code ?lang=}, the
 * language cookie, {@code Accept-Language}) becomes one of them, so no per-request value can reach a cache keyed
 * by language (issue 15, denial of service).
 */
public final class SupportedLanguages {

    public static final List<Locale> ALL = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"),
            Locale.forLanguageTag("sw"));

    private SupportedLanguages() {
    }

    /** The supported language with the same language code, else English. */
    public static Locale of(Locale locale) {
        if (locale != null) {
            for (var language : ALL) {
                if (language.getLanguage().equals(locale.getLanguage())) {
                    return language;
                }
            }
        }
        return Locale.ENGLISH;
    }

    /** Wraps a resolver so that it only ever answers, and only ever stores, a supported language. */
    static LocaleResolver only(LocaleResolver resolver) {
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return of(resolver.resolveLocale(request));
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                resolver.setLocale(request, response, locale == null ? null : of(locale));
            }
        };
    }
}
