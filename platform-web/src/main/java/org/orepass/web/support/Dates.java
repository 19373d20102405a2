package org.orepass.web.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and times as every page shows them (issue 16): one readable format per language, the day, the month's
 * short name in the reader's language and the year ("7 Dec 2026", "7 déc. 2026", "7 dic 2026", "7 Des 2026"), so
 * no reader wonders whether 03/04 is March or April; times in UTC, said so. Four formatters made once, one per
 * language the platform speaks (English for any other): nothing grows per request.
 */
@Component("dates")
public class Dates {

    private static final Map<String, DateTimeFormatter> DATES = Map.of(
            "en", DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH),
            "fr", DateTimeFormatter.ofPattern("d MMM yyyy", Locale.FRENCH),
            "es", DateTimeFormatter.ofPattern("d MMM yyyy", Locale.forLanguageTag("es")),
            "sw", DateTimeFormatter.ofPattern("d MMM yyyy", Locale.forLanguageTag("sw")));

    private static final Map<String, DateTimeFormatter> DATE_TIMES = Map.of(
            "en", DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC),
            "fr", DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.FRENCH).withZone(ZoneOffset.UTC),
            "es", DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.forLanguageTag("es"))
                    .withZone(ZoneOffset.UTC),
            "sw", DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.forLanguageTag("sw"))
                    .withZone(ZoneOffset.UTC));

    /** A day in the reader's language; empty for none. */
    public String date(LocalDate date) {
        return format(DATES, date);
    }

    /** A moment, in UTC, in the reader's language; empty for none. */
    public String dateTime(Instant instant) {
        return format(DATE_TIMES, instant);
    }

    private static String format(Map<String, DateTimeFormatter> formats, TemporalAccessor value) {
        if (value == null) {
            return "";
        }
        var language = LocaleContextHolder.getLocale().getLanguage();
        return formats.getOrDefault(language, formats.get("en")).format(value);
    }
}
