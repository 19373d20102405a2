package org.orepass.web.icglr;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.orepass.custody.ExchangedLot;
import org.orepass.site.IcglrExchange;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a lot as the standard's MD.12 Lot document: its field names, the MDC.05 role and MDC.06 operation codes,
 * mass with its UN/ECE unit, the mine site by ICGLR id, the MD.11 tag, input lots. Registration dates and times
 * are UTC ({@code hhmmss}, as the schema's Time takes them). Every lot is written, whatever the platform lacks
 * of it (issue 17: omit the field, never the document): what {@link ExchangedLot#servedWithout} names is left out
 * and named in the document's {@code warnings} ({@link #warned}), as mine sites do.
 */
@Component
class LotDocuments {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmmss").withZone(ZoneOffset.UTC);

    private final JsonMapper json;
    private final org.orepass.export.ExportTaxClearance taxes;

    private final org.orepass.export.ExportQueries exports;

    private final org.orepass.custody.LotImporting importing;

    private final MessageSource messages;

    /** The reason given for each field a lot's document may be served without. */
    private static final Map<String, String> OMITTED = Map.of(
            ExchangedLot.CONCENTRATION, "icglr.warning.concentration-omitted",
            ExchangedLot.CREATOR_CONTACT_DETAILS, "icglr.warning.contact-details-omitted",
            ExchangedLot.TAG_ISSUER, "icglr.warning.tag-issuer-omitted",
            ExchangedLot.TAG_ISSUER_CONTACT_DETAILS, "icglr.warning.contact-details-omitted");

    LotDocuments(JsonMapper json, org.orepass.export.ExportTaxClearance taxes,
            org.orepass.export.ExportQueries exports, org.orepass.custody.LotImporting importing,
            MessageSource messages) {
        this.messages = messages;
        this.importing = importing;
        this.json = json;
        this.taxes = taxes;
        this.exports = exports;
    }

    ObjectNode document(ExchangedLot lot) {
        var document = json.createObjectNode();
        document.put("lotNumber", lot.lotNumber());
        document.put("dateRegistration", DATE.format(lot.registeredAt()));
        document.put("timeRegistration", TIME.format(lot.registeredAt()));
        document.set("creator", businessEntity(lot.creator()));
        document.put("mineral", lot.mineral().hsCode());
        if (lot.concentration() != null) {
            // MD.12 requires it; a lot recorded without a grade is served without the field (servedWithout).
            document.put("concentration", lot.concentration());
        }
        document.put("mass", lot.mass());
        document.put("unitOfMeasurement", lot.unit().name());
        if (lot.packageType() != null) {
            document.put("packageType", lot.packageType());
        }
        if (lot.packageCount() != null) {
            document.put("nrOfPackages", lot.packageCount());
        }
        if (lot.siteIcglrId() != null) {
            document.put("mineSiteId", lot.siteIcglrId());
        }
        document.putArray("creatorRole").add(lot.creatorRole().icglrCode());
        document.putArray("originatingOperation").add(lot.operation().icglrCode());
        if (!lot.inputLots().isEmpty()) {
            var inputs = document.putArray("inputLot");
            lot.inputLots().forEach(number -> inputs.addObject().put("lotNumber", number));
        }
        if (lot.tag() != null) {
            var tag = document.putObject("tag")
                    .put("identifier", lot.tag().number())
                    .put("issueDate", DATE.format(lot.tag().issuedAt()))
                    .put("issueTime", TIME.format(lot.tag().issuedAt()));
            if (lot.tag().issuer() != null) {
                tag.set("issuer", businessEntity(lot.tag().issuer()));
            }
        }
        if (lot.productionDate() != null) {
            // The day the lot was constituted at the mine and sealed with its tag.
            document.put("dateSealed", lot.productionDate().toString());
        }
        if (lot.purchaseDate() != null) {
            document.put("purchaseDate", lot.purchaseDate().toString());
        }
        if (lot.receivedOn() != null) {
            document.put("dateIn", lot.receivedOn().toString());
        }
        if (lot.operation() == org.orepass.custody.OriginatingOperation.EXPORT) {
            exportCertificateId(document, lot.lotNumber());
            taxPaid(document, lot.lotNumber());
        }
        if (lot.operation() == org.orepass.custody.OriginatingOperation.IMPORT) {
            originCertificate(document, lot.id());
        }
        // Platform fields beyond the standard (it allows more properties).
        document.put("massKg", lot.massKg());
        document.put("remainingKg", lot.remainingKg());
        document.put("uncertified", lot.uncertified());
        return document;
    }

    /**
     * An import lot (MDC.06 = 7, issue 14): the certificate it crossed the border with as {@code exportCertificateId}
     * (MD.03, "an ICGLR certificate number"), and beyond the standard, the crossing: who issued the document, the
     * origin it states, border post and date ({@code dateIn} is the day the importer took possession).
     */
    private void originCertificate(ObjectNode document, Long lotId) {
        var actor = org.orepass.web.security.CurrentUser.get().map(user -> user.actor()).orElse(null);
        if (actor == null) {
            return;
        }
        importing.crossing(actor, lotId).ifPresent(crossing -> {
            document.put("exportCertificateId", crossing.documentNumber());
            document.put("dateIn", crossing.crossedOn().toString());
            document.putObject("originCertificate")
                    .put("documentKind", crossing.documentKind())
                    .put("issuingCountry", crossing.documentCountry())
                    .put("identifier", crossing.documentNumber())
                    .put("originCountry", crossing.originCountry())
                    .put("borderPost", crossing.borderPost())
                    .put("dateCrossed", crossing.crossedOn().toString())
                    .put("suspect", crossing.suspect());
        });
    }

    /** MD.03 on an export lot: the serial number of its certificate, once issued (issue 17). */
    private void exportCertificateId(ObjectNode document, String lotNumber) {
        var actor = org.orepass.web.security.CurrentUser.get().map(user -> user.actor()).orElse(null);
        if (actor == null) {
            return;
        }
        exports.shipmentOfExportLot(actor, lotNumber)
                .filter(shipment -> shipment.status() == org.orepass.export.ExportStatus.CERTIFIED)
                .ifPresent(shipment -> document.put("exportCertificateId",
                        exports.certificate(actor, shipment.id()).serialNumber()));
    }

    /**
     * MD.13 taxPaid of an export lot: every payment of its export taxes and of the royalties of the production
     * lots upstream (the taxes "paid for the extraction, trade, transport or processing of the lot"), one tax
     * object per receipt, for whoever may see the shipment.
     */
    private void taxPaid(ObjectNode document, String lotNumber) {
        var actor = org.orepass.web.security.CurrentUser.get().map(user -> user.actor()).orElse(null);
        if (actor == null) {
            return;
        }
        taxes.ofExportLot(actor, lotNumber).ifPresent(clearance -> {
            var paid = document.putArray("taxPaid");
            for (var tax : clearance.taxes()) {
                for (var receipt : tax.receipts()) {
                    var object = paid.addObject().put("taxType", tax.taxType())
                            .put("taxAmount", receipt.amount()).put("currency", receipt.currency());
                    if (tax.taxAuthority() != null) {
                        object.put("taxAuthority", tax.taxAuthority());
                    }
                    object.put("taxPaidDate", receipt.paidOn().toString())
                            .put("receiptReference", receipt.reference());
                }
            }
        });
    }

    /** MD.04, as the mine-site documents write it: {@code orepass-org-<id>}, "N/A" for an unknown tax id. */
    private ObjectNode businessEntity(ExchangedLot.Party party) {
        var entity = json.createObjectNode();
        entity.put("identifier", "orepass-org-" + party.id());
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
        // MD.09 needs all three, in the standard's forms; a partial object would break the schema as much as none,
        // so an organisation that lacks any of them is served without contactDetails (servedWithout).
        if (party.hasContactDetails()) {
            entity.putObject("contactDetails")
                    .put("legalRepresentative", party.contactName())
                    .put("contactPhoneNumber", IcglrExchange.phone(party.contactPhone()))
                    .put("contactEmail", party.contactEmail());
        }
        return entity;
    }

    /**
     * Issue 17, omit the field, never the document: names each field the lot's document is served without in its
     * {@code warnings} (an extra property, which the schema allows), after any the answer already carries, with
     * the reason in the caller's language. Lists and single lots give the same warnings.
     */
    ObjectNode warned(ObjectNode document, ExchangedLot lot, Locale locale) {
        var without = lot.servedWithout();
        if (!without.isEmpty()) {
            var warnings = warnings(document);
            for (var field : without) {
                var key = OMITTED.get(field);
                warnings.addObject().put("field", field).put("reason", messages.getMessage(key, null, key, locale));
            }
        }
        return document;
    }

    /** The document's {@code warnings}, added if it has none yet. */
    static ArrayNode warnings(ObjectNode document) {
        return document.get("warnings") instanceof ArrayNode existing ? existing : document.putArray("warnings");
    }
}
