package org.orepass.web.icglr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.orepass.site.IcglrExchange;
import tools.jackson.databind.JsonNode;

/**
 * What a posted site or lot says about values the platform assigns or keeps itself (issue 17: nothing the client
 * sent is replaced without a word), compared with the document the platform serves once the site or lot is saved.
 * As with {@link CertificateConflicts}, a site is saved in a transaction that any difference rolls back; the answer
 * is 409 naming each field with the record's value. Fields the client leaves out are the platform's to fill.
 *
 * <p>On sites they are refused rather than recorded: a licence's status and covered commodities follow from the
 * licence's dates and the site's minerals, the owner's and operators' contact details are their organisation's
 * record (shared by every site and lot of that organisation); keeping a second, different value would serve two
 * truths. On lots the creator's contact details are refused likewise ({@link #creator}: the creator is the lot's
 * holder, an organisation of the platform); the tag's issuer and issue date and time are recorded as sent (see
 * {@link #lot}).
 */
final class AssignedFieldConflicts {

    private static final List<String> CONTACT = List.of("legalRepresentative", "contactPhoneNumber", "contactEmail");

    private AssignedFieldConflicts() {
    }

    /** MD.01: licence status and covered commodities; the owner's and operators' contact details. */
    static List<IcglrProblem> site(JsonNode sent, JsonNode served) {
        var conflicts = new ArrayList<IcglrProblem>();
        var licences = sent.path("license");
        for (int i = 0; i < licences.size(); i++) {
            var given = licences.get(i);
            var ours = servedLicence(given, served.path("license"), i);
            var path = "license[" + i + "]";
            var status = given.get("licenseStatus");
            if (status != null && !status.isNull()) {
                var recorded = ours == null ? null : ours.get("licenseStatus");
                if (recorded == null || !recorded.asString().equals(status.asString())) {
                    conflicts.add(problem(path + ".licenseStatus", recorded,
                            "it follows from the licence's dates"));
                }
            }
            var commodities = given.get("coveredCommodities");
            if (commodities != null && commodities.isArray()) {
                var recorded = ours == null ? null : ours.get("coveredCommodities");
                if (recorded == null || !minerals(commodities).equals(minerals(recorded))) {
                    conflicts.add(problem(path + ".coveredCommodities", recorded,
                            "they are the site's minerals"));
                }
            }
        }
        contact(sent.path("owner"), served.path("owner"), "owner", conflicts);
        var operators = sent.path("operator");
        for (int i = 0; i < operators.size(); i++) {
            var given = operators.get(i);
            JsonNode ours = null;
            for (var candidate : served.path("operator")) {
                var tin = given.path("tin").asString("");
                if (candidate.path("identifier").asString().equalsIgnoreCase(given.path("identifier").asString())
                        || !tin.isBlank() && !tin.equalsIgnoreCase("N/A")
                        && tin.equalsIgnoreCase(candidate.path("tin").asString(""))) {
                    ours = candidate;
                }
            }
            if (ours != null) {
                contact(given, ours, "operator[" + i + "]", conflicts);
            }
        }
        return conflicts;
    }

    /**
     * MD.12: the creator's contact details, as the owner's on sites: the organisation's record (the creator is the
     * lot's holder, which the platform names), so a document that says otherwise is refused, never kept quietly.
     */
    static List<IcglrProblem> creator(JsonNode sent, JsonNode served) {
        var conflicts = new ArrayList<IcglrProblem>();
        contact(sent.path("creator"), served.path("creator"), "creator", conflicts);
        return conflicts;
    }

    /**
     * MD.12: the tag's issuer (name and contact details) and its issue date and time. Unlike the site's fields these
     * are not refused: the schema requires them of every lot, and a client cannot know the platform's issue time to
     * the second; what it sent is recorded ({@code tagAsSent}) and named in the answer's warnings.
     */
    static List<IcglrProblem> lot(JsonNode sent, JsonNode served) {
        var conflicts = new ArrayList<IcglrProblem>();
        var tag = sent.path("tag");
        var ours = served.path("tag");
        for (var field : List.of("issueDate", "issueTime")) {
            var given = tag.get(field);
            if (given != null && given.isValueNode() && !given.isNull()) {
                var recorded = ours.get(field);
                if (recorded == null || !digits(recorded.asString()).equals(digits(given.asString()))) {
                    conflicts.add(tagProblem("tag." + field, recorded));
                }
            }
        }
        var issuer = tag.path("issuer");
        var name = issuer.get("name");
        if (name != null && name.isValueNode() && !name.isNull()
                && !words(name.asString()).equalsIgnoreCase(words(ours.path("issuer").path("name").asString()))) {
            conflicts.add(tagProblem(IcglrSchemas.field("/tag/issuer", "name"), ours.path("issuer").get("name")));
        }
        var issuerContacts = new ArrayList<IcglrProblem>();
        contact(issuer, ours.path("issuer"), IcglrSchemas.field("/tag/issuer", null), issuerContacts);
        issuerContacts.forEach(p -> conflicts.add(tagProblem(p.field(),
                ours.path("issuer").path("contactDetails").get(p.field().substring(p.field().lastIndexOf('.') + 1)))));
        return conflicts;
    }

    private static IcglrProblem tagProblem(String field, JsonNode recorded) {
        var value = recorded == null || recorded.isNull() || recorded.isMissingNode() ? "nothing" : recorded.asString();
        return new IcglrProblem(field, "the platform's tag says " + value);
    }

    private static JsonNode servedLicence(JsonNode given, JsonNode served, int index) {
        var id = given.path("licenseId").asString("");
        if (!id.isBlank()) {
            for (var licence : served) {
                if (id.equalsIgnoreCase(licence.path("licenseId").asString(""))) {
                    return licence;
                }
            }
        }
        return served.size() == 1 ? served.get(0) : served.get(index);
    }

    private static void contact(JsonNode sent, JsonNode served, String path, List<IcglrProblem> conflicts) {
        var details = sent.path("contactDetails");
        for (var field : CONTACT) {
            var given = details.get(field);
            if (given == null || !given.isValueNode() || given.isNull()) {
                continue;
            }
            var recorded = served.path("contactDetails").get(field);
            var same = recorded != null && !recorded.isNull() && (field.equals("contactPhoneNumber")
                    ? IcglrExchange.phone(recorded.asString()).equals(IcglrExchange.phone(given.asString()))
                    : words(recorded.asString()).equalsIgnoreCase(words(given.asString())));
            if (!same) {
                conflicts.add(problem(path + ".contactDetails." + field, recorded,
                        "contact details are the organisation's record; an administrator corrects them on the"
                                + " platform"));
            }
        }
    }

    private static IcglrProblem problem(String field, JsonNode recorded, String why) {
        if (recorded == null || recorded.isNull() || recorded.isMissingNode()) {
            return new IcglrProblem(field, "the platform has no value here (" + why + "); leave it out");
        }
        var value = recorded.isValueNode() ? recorded.asString() : recorded.toString();
        return new IcglrProblem(field, "the platform's record says " + value + " (" + why
                + "); send this value or none");
    }

    private static TreeSet<String> minerals(JsonNode codes) {
        var set = new TreeSet<String>();
        codes.forEach(code -> set.add(IcglrCodes.mineral(code.asString(), false).map(m -> m.hsCode())
                .orElse(code.asString().strip().toUpperCase(Locale.ROOT))));
        return set;
    }

    private static String digits(String text) {
        return text.replaceAll("[^0-9]", "");
    }

    private static String words(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
