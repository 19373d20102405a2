package org.orepass.web.icglr;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.orepass.account.Actor;
import org.orepass.custody.ImportDetails;
import org.orepass.custody.ImportDocumentKind;
import org.orepass.custody.LotImporting;
import org.orepass.custody.MassUnit;
import org.orepass.shared.DomainRuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * An import lot sent to {@code POST /api/icglr/v1/lots} by another country's system (MDC.06 = 7, issue 14,
 * docs/borders.md), recorded through the same use case as the import form. The standard's lot carries the
 * certificate number ({@code exportCertificateId}), the mass and the date received ({@code dateIn}); what the
 * crossing needs beyond it travels in {@code originCertificate}: {@code issuingCountry} (else the serial's first two
 * letters), {@code documentKind}, {@code originCountry}, {@code borderPost}, {@code dateCrossed},
 * {@code massOnDocument} (kg), {@code fileName} and {@code fileBase64} (the certificate as PDF, JPEG or PNG), and
 * {@code suspect} with {@code suspectReason}. The caller records for its own organisation.
 */
@Component
class IcglrLotImports {

    /** The use case's field names in the document's terms. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("documentNumber", "exportCertificateId"),
            Map.entry("documentCountry", "originCertificate.issuingCountry"),
            Map.entry("documentKind", "originCertificate.documentKind"),
            Map.entry("originCountry", "originCertificate.originCountry"),
            Map.entry("borderPost", "originCertificate.borderPost"),
            Map.entry("crossedOn", "originCertificate.dateCrossed"),
            Map.entry("documentMassKg", "originCertificate.massOnDocument"),
            Map.entry("suspectReason", "originCertificate.suspectReason"),
            Map.entry("file", "originCertificate.fileBase64"),
            Map.entry("receivedKg", "mass"));

    private final LotImporting importing;
    private final MessageSource messages;

    IcglrLotImports(LotImporting importing, MessageSource messages) {
        this.importing = importing;
        this.messages = messages;
    }

    /** Records the import; returns its lot number. Refusals are the API's 400 with the field in the document's terms. */
    String record(Actor actor, JsonNode document, LocalDate today, Locale locale) {
        var problems = new ArrayList<IcglrProblem>();
        if (!document.path("creatorRole").isArray() || document.path("creatorRole").size() != 1
                || document.path("creatorRole").get(0).asInt() != 6) {
            problems.add(new IcglrProblem("creatorRole", "an import lot is created by the importer: [6]"));
        }
        if (document.has("lotNumber")) {
            problems.add(new IcglrProblem("lotNumber", "lot numbers are given by the platform; leave lotNumber out"));
        }
        if (document.has("inputLot") && !document.path("inputLot").isEmpty()) {
            problems.add(new IcglrProblem("inputLot", "an import names its certificate (exportCertificateId), not"
                    + " input lots: the platform links it to the export lot when the certificate was issued here"));
        }
        var mineral = IcglrCodes.mineral(document.path("mineral").asString(), false).orElse(null);
        if (mineral == null) {
            problems.add(new IcglrProblem("mineral", IcglrCodes.MINERAL_CODES));
        }
        var mass = document.path("mass").isNumber() ? document.path("mass").decimalValue() : null;
        if (mass == null || mass.signum() <= 0) {
            problems.add(new IcglrProblem("mass", "a mass above 0"));
        }
        var serial = document.path("exportCertificateId").asString(null);
        if (serial == null || serial.isBlank()) {
            problems.add(new IcglrProblem("exportCertificateId", "required for an import: the number of the"
                    + " certificate (or export document) the lot crossed the border with"));
        }
        var origin = document.path("originCertificate");
        var crossed = today;
        var dateText = origin.path("dateCrossed").asString(document.path("dateIn").asString(null));
        if (dateText != null) {
            try {
                crossed = LocalDate.parse(dateText);
            } catch (DateTimeParseException e) {
                problems.add(new IcglrProblem("originCertificate.dateCrossed", "not a calendar date (YYYY-MM-DD)"));
            }
        }
        ImportDocumentKind kind = ImportDocumentKind.ICGLR_CERTIFICATE;
        if (origin.has("documentKind")) {
            try {
                kind = ImportDocumentKind.valueOf(origin.path("documentKind").asString(""));
            } catch (IllegalArgumentException e) {
                problems.add(new IcglrProblem("originCertificate.documentKind",
                        "ICGLR_CERTIFICATE or EXPORT_DOCUMENT (a country outside the ICGLR)"));
            }
        }
        byte[] file = null;
        if (origin.has("fileBase64")) {
            try {
                file = Base64.getDecoder().decode(origin.path("fileBase64").asString(""));
            } catch (IllegalArgumentException e) {
                problems.add(new IcglrProblem("originCertificate.fileBase64", "not base64"));
            }
        }
        if (!problems.isEmpty()) {
            throw IcglrRequestRejected.invalid(problems);
        }
        var country = origin.path("issuingCountry").asString(null);
        if (country == null && serial.strip().length() > 2 && serial.strip().charAt(2) == '-') {
            country = serial.strip().substring(0, 2).toUpperCase(Locale.ROOT);
        }
        var unit = MassUnit.valueOf(document.path("unitOfMeasurement").asString("KGM"));
        var details = new ImportDetails(kind, country, serial, origin.path("originCountry").asString(null), mineral,
                document.path("concentration").isNumber() ? document.path("concentration").decimalValue() : null,
                origin.path("borderPost").asString(null), crossed, decimal(origin.path("massOnDocument")),
                unit.toKilograms(mass), origin.path("suspect").asBoolean(false),
                origin.path("suspectReason").asString(null));
        try {
            return importing.record(actor, details, origin.path("fileName").asString("certificate"), file).lot()
                    .getLotNumber();
        } catch (DomainRuleViolation violation) {
            throw IcglrRequestRejected.invalid(List.of(new IcglrProblem(
                    FIELDS.getOrDefault(violation.field(), violation.field() == null ? "" : violation.field()),
                    messages.getMessage(violation.messageKey(), violation.arguments(), violation.messageKey(),
                            locale))));
        }
    }

    private static BigDecimal decimal(JsonNode node) {
        return node.isNumber() ? node.decimalValue() : null;
    }
}
