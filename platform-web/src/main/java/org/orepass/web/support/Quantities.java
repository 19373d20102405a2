package org.orepass.web.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.orepass.shared.Money;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers as the reader writes them (issue 16): digits grouped and the decimal sign of the reader's language
 * ("250,000.5" in English, "250 000,5" in French), no trailing zeros a column keeps ("65", not "65.000"), the unit
 * once. Used by templates as {@code @quantities.number(x)}, {@code @quantities.kg(x)}, {@code @quantities.percent(x)}
 * (a percentage as stored, 65 for 65 %), {@code @quantities.money(amount, currency)} (issue 23: "UGX 1,000" in
 * English, "1 000 UGX" in French, with the currency's own digits). Coordinates are not numbers for reading and
 * keep their decimal point.
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

    /**
     * An amount of money as the reader writes it: the reader's digit groups and decimal sign, the ISO code where
     * the reader's language puts the currency (before in English and Swahili, after in French and Spanish), a
     * no-break space between. As many decimals as the currency has (UGX, RWF, BIF none; KES, USD, CDF two), more
     * only when the amount really has them (a service charge of 1,234.56 UGX stays exact), never more than the
     * cent the platform keeps. No currency: the number alone.
     */
    public String money(Number amount, String currency) {
        return amount == null ? "" : money(decimal(amount), currency, Money.SCALE, LocaleContextHolder.getLocale());
    }

    /** The same with up to {@code mostDigits} decimals (a share value, shown to 4). */
    public String money(Number amount, String currency, int mostDigits) {
        return amount == null ? "" : money(decimal(amount), currency, mostDigits, LocaleContextHolder.getLocale());
    }

    static String money(BigDecimal amount, String currency, Locale locale) {
        return money(amount, currency, Money.SCALE, locale);
    }

    private static BigDecimal decimal(Number amount) {
        return amount instanceof BigDecimal exact ? exact : new BigDecimal(amount.toString());
    }

    private static String money(BigDecimal amount, String currency, int mostDigits, Locale locale) {
        var digits = 2;
        java.util.Currency known = null;
        if (currency != null) {
            try {
                known = java.util.Currency.getInstance(currency);
                digits = Math.max(0, known.getDefaultFractionDigits());
            } catch (IllegalArgumentException notACurrency) {
                known = null;
            }
        }
        var format = numberFormat(locale);
        var plain = amount.stripTrailingZeros();
        var needed = Math.min(mostDigits, Math.max(0, plain.scale()));
        var shown = needed > digits ? Math.max(needed, Money.SCALE) : digits;
        format.setMaximumFractionDigits(shown);
        format.setMinimumFractionDigits(shown);
        format.setRoundingMode(RoundingMode.HALF_UP);
        var number = readable(format.format(plain));
        if (currency == null || currency.isBlank()) {
            return number;
        }
        var code = known == null ? currency : known.getCurrencyCode();
        return codeFirst(locale) ? code + "\u00a0" + number : number + "\u00a0" + code;
    }

    private static final Map<Locale, Boolean> CODE_FIRST = new ConcurrentHashMap<>();

    /** Whether the reader's language writes the currency before the amount (its currency pattern starts with it). */
    private static boolean codeFirst(Locale locale) {
        var kept = CODE_FIRST.get(locale);
        if (kept != null) {
            return kept;
        }
        var format = NumberFormat.getCurrencyInstance(locale);
        boolean first = !(format instanceof java.text.DecimalFormat decimal)
                || decimal.toPattern().startsWith("\u00a4");
        if (CODE_FIRST.size() < MOST_FORMATS_KEPT) {
            CODE_FIRST.putIfAbsent(locale, first);
        }
        return first;
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
