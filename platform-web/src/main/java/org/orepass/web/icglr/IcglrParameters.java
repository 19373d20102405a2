package org.orepass.web.icglr;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Query parameters of the ICGLR list endpoints, read as the standard writes them (integer codes, ISO dates, page
 * numbers). A bad value adds a problem naming the parameter, so one 400 lists every mistake at once.
 */
final class IcglrParameters {

    private IcglrParameters() {
    }

    static LocalDate date(String text, String field, List<IcglrProblem> problems) {
        if (text == null) {
            return null;
        }
        if (!IcglrLimits.isDate(text.strip())) {
            problems.add(new IcglrProblem(field, "a date as YYYY-MM-DD"));
            return null;
        }
        return LocalDate.parse(text.strip());
    }

    static <E> E code(String text, E[] values, ToIntFunction<E> code, String field, List<IcglrProblem> problems) {
        if (text == null) {
            return null;
        }
        for (E value : values) {
            if (String.valueOf(code.applyAsInt(value)).equals(text.strip())) {
                return value;
            }
        }
        problems.add(new IcglrProblem(field, "one of the standard's codes: " + Arrays.stream(values)
                .map(v -> String.valueOf(code.applyAsInt(v))).sorted().toList()));
        return null;
    }

    static void number(String text, int min, int max, String field, List<IcglrProblem> problems) {
        if (text == null) {
            return;
        }
        try {
            var value = Integer.parseInt(text.strip());
            if (value < min || value > max) {
                problems.add(new IcglrProblem(field, "a whole number from " + min
                        + (max == Integer.MAX_VALUE ? " up" : " to " + max)));
            }
        } catch (NumberFormatException e) {
            problems.add(new IcglrProblem(field, "a whole number"));
        }
    }
}
