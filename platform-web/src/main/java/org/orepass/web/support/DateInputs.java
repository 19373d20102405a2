package org.orepass.web.support;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What a date box looks like to the reader, so its label can say the same. A browser's date picker shows the date
 * in the browser's own locale (Chromium: 31/03/2026 in French, 03/31/2026 in American English), whatever the
 * page's language; that locale is the first of the browser's Accept-Language. The label names the parts in that
 * order in the page's language ("day/month/year, for example 31/03/2026"), and a browser with no picker, where
 * the box is plain text, may be typed into the same way: {@link #parse} takes that form as well as the ISO form
 * the picker sends. Used by templates as {@code @dateInputs.hint()}.
 */
@Component("dateInputs")
public class DateInputs {

    static final LocalDate EXAMPLE = LocalDate.of(2026, 3, 31);

    private final MessageSource messages;

    DateInputs(MessageSource messages) {
        this.messages = messages;
    }

    /** The label's hint, e.g. "(day/month/year, for example 31/03/2026)". */
    public String hint() {
        var pattern = Pattern.of(browserLocale());
        var page = LocaleContextHolder.getLocale();
        var order = new StringBuilder();
        for (char part : pattern.order.toCharArray()) {
            if (order.length() > 0) {
                order.append(pattern.separator);
            }
            order.append(messages.getMessage("form.date.part." + part, null, page));
        }
        return messages.getMessage("form.date.hint", new Object[] {order, pattern.formatter().format(EXAMPLE)}, page);
    }

    /** A typed or picked date: ISO (2026-03-31), or the order the picker shows (31/03/2026); empty if neither. */
    public static Optional<LocalDate> parse(String text, Locale browser) {
        var trimmed = text.strip();
        try {
            return Optional.of(LocalDate.parse(trimmed));
        } catch (DateTimeParseException notIso) {
            try {
                return Optional.of(LocalDate.parse(trimmed, Pattern.of(browser).lenientFormatter()));
            } catch (DateTimeParseException notLocal) {
                return Optional.empty();
            }
        }
    }

    /**
     * A date typed into a text field of a form, as {@link #parse} reads it for this request's browser.
     *
     * @throws DateTimeParseException when it is no date in either form
     */
    public static LocalDate read(String text) {
        return parse(text, browserLocale()).orElseThrow(() -> new DateTimeParseException("Not a date", text, 0));
    }

    /** The browser's locale: the first language of Accept-Language, else the page's. */
    static Locale browserLocale() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
            return browserLocale(servlet.getRequest());
        }
        return LocaleContextHolder.getLocale();
    }

    static Locale browserLocale(HttpServletRequest request) {
        var header = request.getHeader("Accept-Language");
        if (header != null && !header.isBlank()) {
            try {
                var ranges = Locale.LanguageRange.parse(header);
                if (!ranges.isEmpty() && !ranges.get(0).getRange().equals("*")) {
                    return Locale.forLanguageTag(ranges.get(0).getRange());
                }
            } catch (IllegalArgumentException unreadable) {
                // A malformed header: fall back to the page's language.
            }
        }
        return LocaleContextHolder.getLocale();
    }

    /** The order of day (d), month (m) and year (y) in a locale's short date, and what separates them. */
    record Pattern(String order, String separator) {

        static Pattern of(Locale locale) {
            var shortDate = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                    IsoChronology.INSTANCE, locale);
            var order = new StringBuilder();
            String separator = null;
            boolean quoted = false;
            for (char c : shortDate.toCharArray()) {
                if (c == '\'') {
                    quoted = !quoted;
                } else if (quoted) {
                    continue;
                } else if ((c == 'd' || c == 'M' || c == 'y') && order.indexOf(part(c)) < 0) {
                    order.append(part(c));
                } else if (separator == null && order.length() == 1 && "./-".indexOf(c) >= 0) {
                    separator = String.valueOf(c);
                }
            }
            if (order.length() != 3) {
                return new Pattern("ymd", "-");
            }
            return new Pattern(order.toString(), separator == null ? "/" : separator);
        }

        private static String part(char letter) {
            return letter == 'M' ? "m" : String.valueOf(letter);
        }

        /** Two-digit day and month and a four-digit year, as the picker shows them. */
        DateTimeFormatter formatter() {
            return DateTimeFormatter.ofPattern(letters("dd", "MM"), Locale.ROOT);
        }

        /** Also one-digit days and months, as people type them. */
        DateTimeFormatter lenientFormatter() {
            return DateTimeFormatter.ofPattern(letters("d", "M"), Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
        }

        private String letters(String day, String month) {
            var pattern = new StringBuilder();
            for (char part : order.toCharArray()) {
                if (pattern.length() > 0) {
                    pattern.append('\'').append(separator).append('\'');
                }
                pattern.append(part == 'd' ? day : part == 'm' ? month : "uuuu");
            }
            return pattern.toString();
        }
    }
}
