package org.orepass.web.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers as the reader writes them (issue 16): digits grouped and the decimal sign of the reader's language
 * ("250,000.5" in English, "250 000,5" in French), no trailing zeros a column keeps ("65", not "65.000"), the unit
 * once. Used by templates as {@code @quantities.number(x)}, {@code @quantities.kg(x)}, {@code @quantities.percent(x)}
 * (a percentage as stored, 65 for 65 %). Coordinates are not numbers for reading and keep their decimal point.
 */
@Component("quantities")
public class Quantities {

    /**
     * One parsed number format per language, cloned for each use (issue 15): {@code NumberFormat.getNumberInstance}
     * looks its pattern up and parses it again on every call, a few percent of a site page. Requests only carry the
     * four supported languages; the bound keeps any other locale from growing the map.
     */
    private static final Map<Locale, NumberFormat> NUMBER_FORMATS = new ConcurrentHashMap<>();

    private static final int MOST_FORMATS_KEPT = 16;

    public String number(BigDecimal value) {
        return value == null ? "" : format(value, LocaleContextHolder.getLocale());
    }

    public String kg(BigDecimal value) {
        return value == null ? "" : format(value, LocaleContextHolder.getLocale()) + "\u00a0kg";
    }

    /** A percentage as stored (65.5 for 65.5 %), with the reader's percent sign and spacing. */
    public String percent(BigDecimal value) {
        return percent(value, 3);
    }

    /** The same, rounded to at most {@code digits} decimals. */
    public String percent(BigDecimal value, int digits) {
        if (value == null) {
            return "";
        }
        var locale = LocaleContextHolder.getLocale();
        var format = NumberFormat.getPercentInstance(locale);
        var plain = value.stripTrailingZeros();
        format.setMaximumFractionDigits(Math.min(digits, Math.max(0, plain.scale())));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return readable(format.format(plain.movePointLeft(2)));
    }

    static String format(BigDecimal value, Locale locale) {
        var format = numberFormat(locale);
        var plain = value.stripTrailingZeros();
        format.setMaximumFractionDigits(Math.min(6, Math.max(0, plain.scale())));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return readable(format.format(plain));
    }

    private static NumberFormat numberFormat(Locale locale) {
        var kept = NUMBER_FORMATS.get(locale);
        if (kept == null) {
            kept = NumberFormat.getNumberInstance(locale);
            if (NUMBER_FORMATS.size() < MOST_FORMATS_KEPT) {
                NUMBER_FORMATS.putIfAbsent(locale, kept);
            }
        }
        return (NumberFormat) kept.clone();
    }

    /**
     * The narrow no-break space CLDR now puts between French groups of digits is missing from the PDF standard
     * fonts (the reports and certificates made on the server): a no-break space reads the same and prints.
     */
    private static String readable(String formatted) {
        return formatted.replace('\u202f', '\u00a0');
    }
}
