package org.orepass.web.icglr;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What the schema leaves open but the registry cannot hold: text longer than its column, numbers beyond its
 * precision or range, dates that are not calendar dates of years 1 to 9999. Each is a 400 naming the field (never a
 * database error and a 500), and a value is never rounded or cut without a word: a number with more decimals than
 * the registry keeps is refused, not rounded. Checked with the schema, so one answer lists every problem.
 */
final class IcglrLimits {

    private record Text(String path, int max) {
    }

    private record Number(String path, BigDecimal min, BigDecimal max, boolean minExclusive, int scale) {
    }

    private record Rules(List<Text> texts, List<Number> numbers, List<String> dates) {
    }

    private static final BigDecimal NO_LIMIT = null;

    static final Rules MINE_SITE = new Rules(List.of(
            new Text("icglrId", 40), new Text("nationalId", 60), new Text("name", 200),
            new Text("mineSiteLocation.localGeographicDesignation.subnationalDivisionL1", 6),
            new Text("mineSiteLocation.localGeographicDesignation.addressLocalityText", 300),
            new Text("mineral[*]", 20), new Text("license[*].licenseId", 60),
            new Text("license[*].coveredCommodities[*]", 20)),
            List.of(new Number("mineSiteLocation.geolocalization.latitude", new BigDecimal(-90), new BigDecimal(90),
                            false, 4),
                    new Number("mineSiteLocation.geolocalization.longitude", new BigDecimal(-180),
                            new BigDecimal(180), false, 4),
                    new Number("mineSiteLocation.altitude", new BigDecimal("-99999.9"), new BigDecimal("999999.9"),
                            false, 1)),
            List.of("license[*].appliedDate", "license[*].grantedDate", "license[*].expiringDate"));

    static final Rules LOT = new Rules(List.of(
            new Text("mineSiteId", 40), new Text(IcglrSchemas.field("/tag/identifier", null), 30),
            new Text("packageType", 60),
            new Text("mineral", 20)),
            List.of(new Number("mass", BigDecimal.ZERO, new BigDecimal("99999999999.999"), true, 3),
                    // nrOfPackages (a whole number, 1 up to 2^31-1) is LotDocumentInput's, with the lot's rules.
                    new Number("concentration", BigDecimal.ZERO, new BigDecimal(100), false, 3)),
            List.of("dateRegistration", "dateSealed", "dateShipped", "purchaseDate", "dateIn", "tag.issueDate",
                    "taxPaid[*].taxPaidDate"));

    static final Rules CERTIFICATE = new Rules(List.of(
            new Text("identifier", 30), new Text("lotNumber", 40), new Text("typeOfOre", 20),
            new Text("memberStateIssuingAuthority", 200), new Text("nameOfVerifier", 200),
            new Text("positionOfVerifier", 200), new Text("idOfVerifier", 60), new Text("nameOfValidator", 200)),
            List.of(new Number("lotWeight", BigDecimal.ZERO, new BigDecimal("99999999999999.999"), true, 3)),
            List.of("dateOfShipment", "dateOfVerification", "dateOfIssuance", "dateOfExpiration"));

    private IcglrLimits() {
    }

    static List<IcglrProblem> check(Rules rules, JsonNode document) {
        var problems = new ArrayList<IcglrProblem>();
        for (var text : rules.texts()) {
            at(document, text.path(), "", (field, value) -> {
                if (value.isString() && value.asString().length() > text.max()) {
                    problems.add(new IcglrProblem(field, "at most " + text.max() + " characters"));
                }
            });
        }
        for (var number : rules.numbers()) {
            at(document, number.path(), "", (field, value) -> {
                if (!value.isNumber()) {
                    return;
                }
                // 1e999 parses as a double that is infinite: no decimal value, and out of every range.
                if ((value.isDouble() || value.isFloat()) && !Double.isFinite(value.doubleValue())) {
                    problems.add(new IcglrProblem(field, "a number " + (number.minExclusive() ? "above " : "from ")
                            + number.min().toPlainString() + " to " + number.max().toPlainString()));
                    return;
                }
                var decimal = value.decimalValue();
                var tooSmall = number.min() != NO_LIMIT && (number.minExclusive()
                        ? decimal.compareTo(number.min()) <= 0 : decimal.compareTo(number.min()) < 0);
                if (tooSmall || decimal.compareTo(number.max()) > 0) {
                    problems.add(new IcglrProblem(field, "a number " + (number.minExclusive() ? "above " : "from ")
                            + number.min().toPlainString() + " to " + number.max().toPlainString()));
                } else if (Math.max(0, decimal.stripTrailingZeros().scale()) > number.scale()) {
                    problems.add(new IcglrProblem(field, number.scale() == 0 ? "a whole number"
                            : "at most " + number.scale() + " decimals (the registry keeps no more and rounds"
                                    + " nothing without saying so)"));
                }
            });
        }
        for (var date : rules.dates()) {
            at(document, date, "", (field, value) -> {
                if (value.isString() && !isDate(value.asString())) {
                    problems.add(new IcglrProblem(field, "a calendar date YYYY-MM-DD (years 0001 to 9999)"));
                }
            });
        }
        return problems;
    }

    static boolean isDate(String text) {
        if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            return false;
        }
        try {
            return LocalDate.parse(text).getYear() >= 1;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private interface Visitor {
        void visit(String field, JsonNode value);
    }

    /** Visits every value at {@code path} ("license[*].licenseId"), naming each as the problems name fields. */
    private static void at(JsonNode node, String path, String field, Visitor visitor) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return;
        }
        if (path.isEmpty()) {
            visitor.visit(field, node);
            return;
        }
        var dot = path.indexOf('.');
        var head = dot < 0 ? path : path.substring(0, dot);
        var rest = dot < 0 ? "" : path.substring(dot + 1);
        var name = head.endsWith("[*]") ? head.substring(0, head.length() - 3) : head;
        var child = node.isObject() ? node.get(name) : null;
        var here = field.isEmpty() ? name : field + "." + name;
        if (child == null) {
            return;
        }
        if (head.endsWith("[*]")) {
            if (child.isArray()) {
                for (int i = 0; i < child.size(); i++) {
                    at(child.get(i), rest, here + "[" + i + "]", visitor);
                }
            }
        } else {
            at(child, rest, here, visitor);
        }
    }
}
