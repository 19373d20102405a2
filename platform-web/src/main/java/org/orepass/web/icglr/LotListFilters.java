package org.orepass.web.icglr;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.orepass.custody.CustodyRole;
import org.orepass.custody.LotSearch;
import org.orepass.custody.OriginatingOperation;
import org.orepass.site.Mineral;

/**
 * The lot list's query parameters as the OpenAPI description states them, checked all at once: every bad one is
 * listed. String filters ignore case (lot numbers and ICGLR ids are stored in capitals).
 */
record LotListFilters(String mineSiteId, String mineral, String creatorRole, String originatingOperation,
        String lotNumber, String dateRegistrationFrom, String dateRegistrationTo, String pageText, String limitText) {

    LotSearch search() {
        var problems = new ArrayList<IcglrProblem>();
        Mineral found = null;
        if (mineral != null) {
            found = Arrays.stream(Mineral.values()).filter(m -> m.hsCode().equalsIgnoreCase(mineral.strip())
                    || m.name().equalsIgnoreCase(mineral.strip())).findFirst().orElse(null);
            if (found == null) {
                problems.add(new IcglrProblem("mineral", "an HS code such as 2609.00.00"));
            }
        }
        var role = code(creatorRole, CustodyRole.values(), CustodyRole::icglrCode, "creatorRole", problems);
        var operation = code(originatingOperation, OriginatingOperation.values(), OriginatingOperation::icglrCode,
                "originatingOperation", problems);
        var from = date(dateRegistrationFrom, "dateRegistrationFrom", problems);
        var to = date(dateRegistrationTo, "dateRegistrationTo", problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new IcglrProblem("dateRegistrationTo", "on or after dateRegistrationFrom"));
        }
        number(pageText, 1, Integer.MAX_VALUE, "page", problems);
        number(limitText, 1, 100, "limit", problems);
        if (!problems.isEmpty()) {
            throw IcglrRequestRejected.invalid(problems);
        }
        return new LotSearch(upper(mineSiteId), found, role, operation, upper(lotNumber), from, to);
    }

    int page() {
        return pageText == null ? 1 : Integer.parseInt(pageText.strip());
    }

    int limit() {
        return limitText == null ? 20 : Integer.parseInt(limitText.strip());
    }

    private static String upper(String text) {
        return text == null || text.isBlank() ? null : text.strip().toUpperCase(Locale.ROOT);
    }

    private static LocalDate date(String text, String field, List<IcglrProblem> problems) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new IcglrProblem(field, "a date as YYYY-MM-DD"));
            return null;
        }
    }

    private static <E> E code(String text, E[] values, java.util.function.ToIntFunction<E> code, String field,
            List<IcglrProblem> problems) {
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

    private static void number(String text, int min, int max, String field, List<IcglrProblem> problems) {
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
