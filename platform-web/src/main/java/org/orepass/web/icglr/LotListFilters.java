package org.orepass.web.icglr;

import java.util.ArrayList;
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
            found = IcglrCodes.mineral(mineral, true).orElse(null);
            if (found == null) {
                problems.add(new IcglrProblem("mineral", IcglrCodes.MINERAL_CODES));
            }
        }
        var role = IcglrParameters.code(creatorRole, CustodyRole.values(), CustodyRole::icglrCode, "creatorRole",
                problems);
        var operation = IcglrParameters.code(originatingOperation, OriginatingOperation.values(),
                OriginatingOperation::icglrCode, "originatingOperation", problems);
        var from = IcglrParameters.date(dateRegistrationFrom, "dateRegistrationFrom", problems);
        var to = IcglrParameters.date(dateRegistrationTo, "dateRegistrationTo", problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new IcglrProblem("dateRegistrationTo", "on or after dateRegistrationFrom"));
        }
        IcglrParameters.number(pageText, 1, Integer.MAX_VALUE, "page", problems);
        IcglrParameters.number(limitText, 1, 100, "limit", problems);
        if (!problems.isEmpty()) {
            throw IcglrRequestRejected.invalid(problems);
        }
        return new LotSearch(upper(IcglrCodes.identifier(mineSiteId)), found, role, operation, upper(lotNumber),
                from, to);
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



}
