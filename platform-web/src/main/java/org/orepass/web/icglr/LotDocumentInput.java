package org.orepass.web.icglr;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.orepass.custody.MassUnit;
import org.orepass.custody.ProductionDetails;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.Organisations;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reads an MD.12 Lot document (already checked against the schema) into a production request. The platform
 * records production lots only (MDC.06 = 1): a purchase is recorded by both parties on the pages (the seller's
 * sale, the buyer's receipt), which is when the buyer's lot comes to exist, and other operations are not built
 * yet. What the platform itself assigns (lot number, registration date and time, the tag's issuer and issue time)
 * is not taken from the document. Every problem found is listed, not only the first.
 */
@Component
class LotDocumentInput {

    /** What a document asks for, in the custody use case's terms. */
    record Read(String siteIcglrId, Long creatorId, ProductionDetails details) {
    }

    private final Organisations organisations;

    LotDocumentInput(Organisations organisations) {
        this.organisations = organisations;
    }

    Read read(JsonNode document, LocalDate today) {
        var operations = codes(document.path("originatingOperation"));
        if (!operations.equals(List.of(1))) {
            throw new IcglrRequestRejected(422, "UNSUPPORTED_OPERATION", "Only production lots can be created here",
                    List.of(new IcglrProblem("originatingOperation", operations.contains(2)
                            ? "a purchase is recorded by the two parties: the seller records the sale of its lot and"
                                    + " the buyer confirms receipt with the mass it weighed; the buyer's lot is"
                                    + " created then (see docs/custody.md); a sale to another country is an export"
                                    + " with the origin country's certificate, and the buyer records an import lot"
                                    + " (originatingOperation 7, docs/borders.md)"
                            : "the platform creates production lots (1) and import lots (7) through this API;"
                                    + " other operations are recorded on its pages (a sale to another country is an"
                                    + " export: docs/borders.md)")));
        }
        var problems = new ArrayList<IcglrProblem>();
        if (document.has("lotNumber")) {
            problems.add(new IcglrProblem("lotNumber", "lot numbers are given by the platform"
                    + " (country-year-number, returned in Location); leave lotNumber out"));
        }
        if (!codes(document.path("creatorRole")).equals(List.of(1))) {
            problems.add(new IcglrProblem("creatorRole", "a production lot is created by the miner: [1]"));
        }
        if (document.has("inputLot") && !document.path("inputLot").isEmpty()) {
            problems.add(new IcglrProblem("inputLot", "a production lot has no input lots"));
        }
        var site = IcglrCodes.identifier(document.path("mineSiteId").asString(null));
        if (site == null) {
            problems.add(new IcglrProblem("mineSiteId", "required for a production lot"));
        }
        var tag = document.path("tag").path("identifier").asString(null);
        if (tag == null) {
            problems.add(new IcglrProblem("tag", "required for a production lot: the tag sealed on it"));
        }
        var mineral = IcglrCodes.mineral(document.path("mineral").asString(), false).orElse(null);
        if (mineral == null) {
            problems.add(new IcglrProblem("mineral", IcglrCodes.MINERAL_CODES));
        }
        Integer packages = null;
        if (document.has("nrOfPackages")) {
            var count = document.path("nrOfPackages");
            if (!count.isNumber() || !count.canConvertToExactIntegral() || count.decimalValue().signum() < 1
                    || count.decimalValue().compareTo(java.math.BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
                problems.add(new IcglrProblem("nrOfPackages", "a whole number of packages, from 1 to 2147483647"));
            } else {
                packages = count.asInt();
            }
        }
        var sealed = today;
        if (document.has("dateSealed")) {
            try {
                sealed = LocalDate.parse(document.path("dateSealed").asString());
            } catch (DateTimeParseException e) {
                problems.add(new IcglrProblem("dateSealed", "not a calendar date (YYYY-MM-DD)"));
            }
        }
        Long creatorId = null;
        if (document.has("creator")) {
            var creator = organisation(document.path("creator"));
            if (creator == null) {
                problems.add(new IcglrProblem("creator", "no organisation registered on the platform has this"
                        + " identifier or tax id; leave creator out and the platform names the lot's holder"));
            } else {
                creatorId = creator.getId();
            }
        }
        // The schema says "number"; a number too large for a double (1e999) reads as infinity, which is no grade.
        var concentration = finite(document.path("concentration"));
        if (concentration == null) {
            problems.add(new IcglrProblem("concentration", "a grade in percent, above 0 and at most 100"));
        }
        var mass = finite(document.path("mass"));
        if (mass == null) {
            problems.add(new IcglrProblem("mass", "a mass above 0"));
        }
        if (!problems.isEmpty()) {
            throw IcglrRequestRejected.invalid(problems);
        }
        var packageType = document.path("packageType").asString(null);
        return new Read(site, creatorId, new ProductionDetails(tag, mineral, mass,
                MassUnit.valueOf(document.path("unitOfMeasurement").asString()), concentration,
                packageType == null || packageType.isBlank() ? null : packageType.strip(), packages, sealed));
    }

    /** A JSON number as a decimal, or null if it is not a finite number. */
    private static java.math.BigDecimal finite(JsonNode node) {
        if (!node.isNumber() || (node.isFloatingPointNumber() && !node.isBigDecimal()
                && !Double.isFinite(node.doubleValue()))) {
            return null;
        }
        return node.decimalValue();
    }

    private static List<Integer> codes(JsonNode array) {
        var codes = new ArrayList<Integer>();
        array.forEach(code -> codes.add(code.asInt()));
        return codes.stream().distinct().sorted().toList();
    }

    /** By the identifier the platform publishes ({@code orepass-org-N}), else by an unambiguous tax id. */
    private Organisation organisation(JsonNode entity) {
        var identifier = entity.path("identifier").asString("");
        if (identifier.matches("orepass-org-[0-9]{1,18}")) {
            var found = organisations.findById(Long.valueOf(identifier.substring("orepass-org-".length())));
            if (found.isPresent()) {
                return found.get();
            }
        }
        var tin = entity.path("tin").asString("");
        if (!tin.isBlank() && !tin.equalsIgnoreCase("N/A")) {
            var byTin = organisations.findByTaxIdIgnoreCase(tin);
            if (byTin.size() == 1) {
                return byTin.get(0);
            }
        }
        return null;
    }
}
