package org.orepass.web.icglr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import org.orepass.site.IcglrExchange;
import tools.jackson.databind.JsonNode;

/**
 * What a posted MD.03 certificate says that the platform's record does not (issue 17: nothing the client sent is
 * replaced without a word). The certificate is issued inside a transaction, its document compared, field by field,
 * with what the client sent; any difference rolls the issuance back and is answered 409 naming each field. Fields
 * the client leaves out are the platform's to fill; fields the platform takes from the document (authority,
 * verifier, validator, dates of verification and expiration) are recorded as sent. Business-entity identifiers are
 * each registry's own and are not compared; a tax id of N/A (unknown) agrees with any.
 */
final class CertificateConflicts {

    private record Rule(String path, BiPredicate<String, String> same) {
    }

    private static final BiPredicate<String, String> TEXT = (a, b) -> words(a).equalsIgnoreCase(words(b));
    private static final BiPredicate<String, String> EXACT = String::equals;
    private static final BiPredicate<String, String> COUNTRIES = (a, b) -> countries(a).equals(countries(b));
    private static final BiPredicate<String, String> TIN = (a, b) -> a.equalsIgnoreCase("N/A")
            || b.equalsIgnoreCase("N/A") || TEXT.test(a, b);
    private static final BiPredicate<String, String> PHONE = (a, b) -> IcglrExchange.phone(a)
            .equals(IcglrExchange.phone(b));
    private static final BiPredicate<String, String> AMOUNT = CertificateConflicts::sameAmount;

    private static final List<Rule> RULES = List.of(
            new Rule("identifier", TEXT), new Rule("dateOfIssuance", EXACT), new Rule("dateOfShipment", EXACT),
            new Rule("shipmentRoute", COUNTRIES), new Rule("transportCompany", TEXT),
            new Rule("lotGrade", AMOUNT), new Rule("mineralOrigin", COUNTRIES), new Rule("customsValue", AMOUNT),
            new Rule("designatedMineralDescription", TEXT), new Rule("certificateFile", EXACT),
            new Rule("exporter.name", TEXT), new Rule("exporter.tin", TIN),
            new Rule("exporter.contactDetails.legalRepresentative", TEXT),
            new Rule("exporter.contactDetails.contactPhoneNumber", PHONE),
            new Rule("exporter.contactDetails.contactEmail", TEXT),
            new Rule("importer.name", TEXT), new Rule("importer.tin", TIN),
            new Rule("importer.contactDetails.legalRepresentative", TEXT),
            new Rule("importer.contactDetails.contactPhoneNumber", PHONE),
            new Rule("importer.contactDetails.contactEmail", TEXT));

    private CertificateConflicts() {
    }

    static List<IcglrProblem> between(JsonNode sent, JsonNode recorded) {
        var conflicts = new ArrayList<IcglrProblem>();
        for (var rule : RULES) {
            var given = at(sent, rule.path());
            if (given == null || !given.isValueNode() || given.isNull()) {
                continue;
            }
            var ours = at(recorded, rule.path());
            if (ours == null || ours.isNull()) {
                conflicts.add(new IcglrProblem(rule.path(), "the shipment's record has no value here and the"
                        + " platform cannot record one from the certificate; leave it out"));
            } else if (!rule.same().test(given.asString(), ours.asString())) {
                conflicts.add(new IcglrProblem(rule.path(), "the shipment's record says \"" + ours.asString()
                        + "\"; correct the shipment on the platform, or send this value or none"));
            }
        }
        return conflicts;
    }

    private static JsonNode at(JsonNode node, String path) {
        for (var name : path.split("\\.")) {
            node = node == null ? null : node.get(name);
        }
        return node;
    }

    private static String words(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static TreeSet<String> countries(String text) {
        var set = new TreeSet<String>();
        Arrays.stream(text.split("[;,\\s]+")).filter(c -> !c.isBlank())
                .forEach(c -> set.add(c.toUpperCase(Locale.ROOT)));
        return set;
    }

    /** "USD 4600.00" and "usd 4600", or "65 %" and "65%", agree; other texts compare as words. */
    private static boolean sameAmount(String a, String b) {
        var pattern = "^\\s*([A-Za-z]{3})?\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(%)?\\s*$";
        var ma = java.util.regex.Pattern.compile(pattern).matcher(a);
        var mb = java.util.regex.Pattern.compile(pattern).matcher(b);
        if (ma.matches() && mb.matches()) {
            return String.valueOf(ma.group(1)).equalsIgnoreCase(String.valueOf(mb.group(1)))
                    && new BigDecimal(ma.group(2)).compareTo(new BigDecimal(mb.group(2))) == 0;
        }
        return TEXT.test(a, b);
    }
}
