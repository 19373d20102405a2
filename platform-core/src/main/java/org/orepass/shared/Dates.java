package org.orepass.shared;

import java.time.LocalDate;

/**
 * The range of dates a field accepts, so that a date typed by hand, sent by the API or read from a file means
 * something (issue 15). Each feature names its bounds where it checks the field (docs/input.md lists them all):
 * past events start at {@link #EARLIEST_EVENT} and end tomorrow at the latest (a day's margin for the time zones
 * the platform serves), documents valid until a future date end within {@link #FAR_FUTURE}. A date outside its
 * range is refused with {@code date.range}, naming both bounds, never stored to break a chart or a calendar.
 */
public final class Dates {

    /** Nothing the platform records (an incident, an inspection, a lot, a payment) happened before this day. */
    public static final LocalDate EARLIEST_EVENT = LocalDate.of(1990, 1, 1);
    /** Nothing the platform plans (a licence's expiry, a tax schedule's end) lasts beyond this day. */
    public static final LocalDate FAR_FUTURE = LocalDate.of(2099, 12, 31);
    /** The first year a yearly due diligence report can cover (EU 2017/821 reporting started after it). */
    public static final int FIRST_REPORT_YEAR = 2000;

    private Dates() {
    }

    /** The value itself when it is missing or within [from, to]; else a refusal on the field. */
    public static LocalDate require(String field, LocalDate value, LocalDate from, LocalDate to) {
        if (value != null && (value.isBefore(from) || value.isAfter(to))) {
            throw new DomainRuleViolation(field, "date.range", from.toString(), to.toString());
        }
        return value;
    }

    /** A date of something that has happened: from {@link #EARLIEST_EVENT} to tomorrow. */
    public static LocalDate requirePast(String field, LocalDate value, LocalDate today) {
        return require(field, value, EARLIEST_EVENT, today.plusDays(1));
    }

    /** A year within [from, to]. */
    public static int requireYear(String field, int year, int from, int to) {
        if (year < from || year > to) {
            throw new DomainRuleViolation(field, "date.year.range", String.valueOf(from), String.valueOf(to));
        }
        return year;
    }

    /** Whether a stored date can be shown and counted: anything else is treated as unknown by readers. */
    public static boolean isPlausible(LocalDate value) {
        return value != null && !value.isBefore(LocalDate.of(1900, 1, 1)) && !value.isAfter(FAR_FUTURE);
    }
}
