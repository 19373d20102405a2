package org.orepass.web.icglr;

import org.orepass.account.Actor;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.net.URI;
import org.orepass.export.CertificateDetails;
import org.orepass.export.ExportCertificate;
import org.orepass.export.ExportQueries;
import org.orepass.export.ExportReview;
import org.orepass.export.ExportQueries.CertificateFilter;
import org.orepass.export.ExportQueries.CertificateView;
import org.orepass.export.ExportQueries.Party;
import org.orepass.geography.Countries;
import org.orepass.shared.PageQuery;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.StaleEditException;
import org.orepass.site.IcglrExchange;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import tools.jackson.databind.JsonNode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ICGLR standard's export-certificate endpoints (openapi.yaml, MD.03) with the pages' rules: the same
 * visibility (the exporter's organisation, inspectors of its country, admins and auditors), and a certificate is
 * issued only by an inspector of the exporter's country for a submitted shipment whose custody trace is clean
 * ({@link ExportReview#certify}). Only certificates issued in a member state whose exporter and importer carry the
 * contact details the standard requires are served.
 */
@RestController
@RequestMapping("/api/icglr/v1/export-certificates")
class IcglrExportCertificateController {

    static final String SCHEMA = "export-certificate/export-certificate.json";

    /** The certificate's rule fields in the standard's names. */
    private static final java.util.Map<String, String> FIELDS = java.util.Map.of(
            "issuingAuthority", "memberStateIssuingAuthority", "verifierName", "nameOfVerifier",
            "verifierPosition", "positionOfVerifier", "verifierId", "idOfVerifier", "verifiedOn",
            "dateOfVerification", "validatorName", "nameOfValidator", "expiresOn", "dateOfExpiration");

    private final ExportQueries queries;
    private final ExportReview review;
    private final IcglrSchemas schemas;
    private final MessageSource messages;
    private final JsonMapper json;
    private final TransactionTemplate transactions;

    IcglrExportCertificateController(ExportQueries queries, ExportReview review, IcglrSchemas schemas,
            MessageSource messages, JsonMapper json, PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.queries = queries;
        this.review = review;
        this.schemas = schemas;
        this.messages = messages;
        this.json = json;
    }

    /**
     * An inspector issues the certificate of a submitted shipment, named by its export lot ({@code lotNumber}).
     * The shipment's declared facts are the record: the document's ore and weight must agree with them, and the
     * platform gives the serial number (a client that has none may leave {@code identifier} out). What the
     * inspector adds (authority, verifier, validator, dates) is taken from the document.
     */
    @PostMapping
    ResponseEntity<ObjectNode> create(@RequestBody JsonNode document, Locale locale, Actor actor) {
        if (document == null || !document.isObject()) {
            throw IcglrRequestRejected.invalid("", "the body must be a JSON object: an MD.03 Export Certificate");
        }
        var checked = ((ObjectNode) document).deepCopy();
        if (!checked.has("identifier")) {
            checked.put("identifier", "assigned-by-the-platform");
        }
        if (!checked.has("certificateFile")) {
            checked.put("certificateFile", "assigned-by-the-platform");
        }
        var problems = new ArrayList<>(schemas.check(SCHEMA, checked));
        problems.addAll(IcglrLimits.check(IcglrLimits.CERTIFICATE, document));
        if (!problems.isEmpty()) {
            throw IcglrRequestRejected.invalid(problems);
        }
        var shipment = queries.shipmentOfExportLot(actor, document.path("lotNumber").asString())
                .orElseThrow(() -> IcglrRequestRejected.invalid("lotNumber",
                        "the export lot of a shipment you may see"));
        var mismatches = new ArrayList<IcglrProblem>();
        if (!shipment.exporterCountry().equals(document.path("issuingCountry").asString())) {
            mismatches.add(new IcglrProblem("issuingCountry", "the exporter's country, " + shipment.exporterCountry()));
        }
        var ore = document.path("typeOfOre").asString();
        // MDC.03: the shipment's HS code, or the IMA code of its mineral.
        if (!shipment.hsCode().equalsIgnoreCase(ore.strip())
                && !(IcglrCodes.IMA.containsKey(ore.strip().toUpperCase(Locale.ROOT))
                        && IcglrCodes.mineral(ore, false).orElse(null) == shipment.mineral())) {
            mismatches.add(new IcglrProblem("typeOfOre", "the shipment's HS code, " + shipment.hsCode()));
        }
        var unit = org.orepass.custody.MassUnit.valueOf(document.path("lotWeightUOM").asString());
        if (unit.toKilograms(document.path("lotWeight").decimalValue()).compareTo(shipment.declaredMassKg()) != 0) {
            mismatches.add(new IcglrProblem("lotWeight", "the shipment's declared mass, "
                    + shipment.declaredMassKg().stripTrailingZeros().toPlainString() + " KGM"));
        }
        if (!mismatches.isEmpty()) {
            throw new IcglrRequestRejected(409, "CONFLICT", "The certificate says what the shipment's record does"
                    + " not; nothing was issued", mismatches);
        }
        var details = new CertificateDetails(document.path("memberStateIssuingAuthority").asString(),
                document.path("nameOfVerifier").asString(), document.path("positionOfVerifier").asString(),
                document.path("idOfVerifier").isString() ? document.path("idOfVerifier").asString() : null,
                date(document.path("dateOfVerification").asString()), document.path("nameOfValidator").asString(),
                date(document.path("dateOfExpiration").asString()));
        ExportCertificate issued;
        ObjectNode served;
        try {
            // Issued and compared in one transaction: a document that says something the record does not is
            // refused with every conflicting field, and the issuance (its serial number too) is rolled back.
            var result = transactions.execute(status -> {
                var certificate = review.certify(actor, shipment.id(), shipment.version(), details);
                var recorded = document(queries.certificate(actor, shipment.id()));
                var conflicts = CertificateConflicts.between(document, recorded);
                if (!conflicts.isEmpty()) {
                    throw new IcglrRequestRejected(409, "CONFLICT", "The certificate says what the shipment's"
                            + " record does not; nothing was issued", conflicts);
                }
                return java.util.Map.entry(certificate, recorded);
            });
            issued = result.getKey();
            served = result.getValue();
        } catch (DomainRuleViolation violation) {
            var reason = messages.getMessage(violation.messageKey(), violation.arguments(), violation.messageKey(),
                    locale);
            if (violation.field() == null) {
                throw new IcglrRequestRejected(409, "CONFLICT", reason, List.of());
            }
            throw IcglrRequestRejected.invalid(FIELDS.getOrDefault(violation.field(), violation.field()), reason);
        } catch (StaleEditException | OptimisticLockingFailureException raced) {
            throw new IcglrRequestRejected(409, "CONFLICT", "The shipment changed meanwhile; try again", List.of());
        }
        return ResponseEntity.created(URI.create("/api/icglr/v1/export-certificates/" + issued.getSerialNumber()
                + "?issuingCountry=" + issued.getIssuingCountry())).body(served);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw IcglrRequestRejected.invalid("", "dates as YYYY-MM-DD");
        }
    }

    @GetMapping
    ObjectNode list(@RequestParam(required = false) String issuingCountry,
            @RequestParam(required = false) String identifier, @RequestParam(required = false) String lotNumber,
            @RequestParam(required = false) String typeOfOre,
            @RequestParam(required = false) String dateOfIssuanceFrom,
            @RequestParam(required = false) String dateOfIssuanceTo, @RequestParam(required = false) String page,
            @RequestParam(required = false) String limit, Actor actor) {
        var problems = new ArrayList<IcglrProblem>();
        var country = issuingCountry == null ? null : memberState(issuingCountry, problems);
        var from = date(dateOfIssuanceFrom, "dateOfIssuanceFrom", problems);
        var to = date(dateOfIssuanceTo, "dateOfIssuanceTo", problems);
        var pageNumber = number(page, 1, 1, Integer.MAX_VALUE, "page", problems);
        var size = number(limit, 20, 1, 100, "limit", problems);
        if (!problems.isEmpty()) {
            throw IcglrRequestRejected.invalid(problems);
        }
        // MDC.03: an IMA code stands for its mineral's HS code (the one the platform stores and serves).
        var ore = blankToNull(typeOfOre);
        if (ore != null && IcglrCodes.IMA.containsKey(ore.toUpperCase(Locale.ROOT))) {
            ore = IcglrCodes.IMA.get(ore.toUpperCase(Locale.ROOT)).hsCode();
        }
        var filter = new CertificateFilter(country, blankToNull(identifier), blankToNull(lotNumber), ore, from, to);
        var result = queries.exchangeable(actor, filter,
                new PageQuery(pageNumber - 1, size));
        var body = json.createObjectNode();
        var data = body.putArray("data");
        result.items().forEach(certificate -> data.add(document(certificate)));
        body.putObject("pagination")
                .put("page", pageNumber)
                .put("limit", size)
                .put("total", result.total())
                .put("totalPages", result.totalPages())
                .put("hasNext", result.hasNext())
                .put("hasPrevious", result.hasPrevious());
        return body;
    }

    /** A serial number is unique in its issuing country only, so the country is required. */
    @GetMapping("/{identifier}")
    ObjectNode one(@PathVariable String identifier, @RequestParam(required = false) String issuingCountry, Actor actor) {
        var problems = new ArrayList<IcglrProblem>();
        if (issuingCountry == null || issuingCountry.isBlank()) {
            problems.add(new IcglrProblem("issuingCountry", "required: a serial number is unique in its country"));
        }
        var country = problems.isEmpty() ? memberState(issuingCountry, problems) : null;
        if (!problems.isEmpty()) {
            throw IcglrRequestRejected.invalid(problems);
        }
        return queries.exchangeable(actor, country, identifier.strip())
                .map(this::document).orElseThrow(IcglrRequestRejected::notFound);
    }

    ObjectNode document(CertificateView c) {
        var document = json.createObjectNode();
        document.put("issuingCountry", c.issuingCountry());
        document.put("identifier", c.serialNumber());
        document.set("exporter", businessEntity(c.exporter(), "orepass-org-" + c.exporter().organisationId()));
        document.set("importer", businessEntity(c.importer(), "orepass-importer-" + c.shipmentId()));
        document.put("lotNumber", c.lotNumber());
        document.put("designatedMineralDescription", c.mineral().name().toLowerCase(Locale.ROOT) + ", "
                + c.weight().toPlainString() + " " + c.weightUnit().name()
                + (c.grade() == null ? "" : ", " + c.grade().stripTrailingZeros().toPlainString() + " %"));
        document.put("typeOfOre", c.hsCode());
        document.put("lotWeight", c.weight());
        document.put("lotWeightUOM", c.weightUnit().name());
        document.put("lotGrade", c.grade() == null ? "N/A" : c.grade().stripTrailingZeros().toPlainString() + " %");
        document.put("mineralOrigin", c.mineralOrigin());
        if (c.originCertificates() != null) {
            // Beyond the standard (issue 14): a re-export names the certificates its foreign material came in with.
            var cited = document.putArray("originCertificates");
            for (var citation : c.originCertificates().split(";")) {
                var colon = citation.indexOf(':');
                cited.addObject().put("issuingCountry", citation.substring(0, colon))
                        .put("identifier", citation.substring(colon + 1));
            }
        }
        document.put("customsValue", c.currency() + " " + c.declaredValue().toPlainString());
        if (c.shipmentDate() != null) {
            document.put("dateOfShipment", c.shipmentDate().toString());
        }
        if (c.route() != null) {
            document.put("shipmentRoute", c.route());
        }
        if (c.carrier() != null) {
            document.put("transportCompany", c.carrier());
        }
        document.put("memberStateIssuingAuthority", c.issuingAuthority());
        document.put("nameOfVerifier", c.verifierName());
        document.put("positionOfVerifier", c.verifierPosition());
        if (c.verifierId() != null) {
            document.put("idOfVerifier", c.verifierId());
        }
        document.put("dateOfVerification", c.verifiedOn().toString());
        document.put("nameOfValidator", c.validatorName());
        document.put("dateOfIssuance", c.issuedOn().toString());
        document.put("dateOfExpiration", c.expiresOn().toString());
        // The certificate as a PDF (one A4 page, English and French), reachable with the API's token by whoever may
        // see the shipment (IcglrCertificateFile).
        document.put("certificateFile", org.springframework.web.servlet.support.ServletUriComponentsBuilder
                .fromCurrentContextPath().build().toUriString()
                + IcglrCertificateFile.path(c.serialNumber(), c.issuingCountry()));
        return document;
    }

    /** MD.04 with MD.09; "N/A" stands for an unknown tax id, as the standard allows. */
    private ObjectNode businessEntity(Party party, String identifier) {
        var entity = json.createObjectNode();
        entity.put("identifier", identifier);
        entity.put("name", party.name());
        if (party.address() != null) {
            var address = entity.putObject("legalAddress");
            address.put("country", party.country());
            if (party.division() != null) {
                address.put("subnationalDivisionL1", party.division());
            }
            address.put("addressLocalityText", party.address());
        }
        entity.put("tin", party.taxId() == null ? "N/A" : party.taxId());
        // Served whatever is missing (issue 17): a contact detail the platform does not have is left out, never
        // the certificate (an importer's contact details are optional on the shipment form).
        if (party.contact() != null || party.phone() != null || party.email() != null) {
            var contact = entity.putObject("contactDetails");
            if (party.contact() != null) {
                contact.put("legalRepresentative", party.contact());
            }
            if (party.phone() != null) {
                contact.put("contactPhoneNumber", IcglrExchange.phone(party.phone()));
            }
            if (party.email() != null) {
                contact.put("contactEmail", party.email());
            }
        }
        return entity;
    }

    private static String memberState(String text, List<IcglrProblem> problems) {
        var country = text.strip().toUpperCase(Locale.ROOT);
        if (!Countries.ICGLR_MEMBERS.contains(country)) {
            problems.add(new IcglrProblem("issuingCountry", "an ICGLR member state: "
                    + String.join(", ", Countries.ICGLR_MEMBERS.stream().sorted().toList())));
        }
        return country;
    }

    private static LocalDate date(String text, String field, List<IcglrProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!IcglrLimits.isDate(text.strip())) {
            problems.add(new IcglrProblem(field, "an ISO 8601 date (YYYY-MM-DD)"));
            return null;
        }
        return LocalDate.parse(text.strip());
    }

    private static int number(String text, int fallback, int min, int max, String field,
            List<IcglrProblem> problems) {
        if (text == null) {
            return fallback;
        }
        try {
            var value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new IcglrProblem(field, "a whole number from " + min
                + (max == Integer.MAX_VALUE ? " up" : " to " + max)));
        return fallback;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
