package org.orepass.custody;

import org.orepass.custody.internal.AnomalyRecorder;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.orepass.account.Actor;
import org.orepass.attachment.UploadedFile;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.Organisations;
import org.orepass.shared.CountryCode;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.Mass;
import org.orepass.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The receiving side of a border (ICGLR originating operation 7, docs/borders.md): the importer records what came
 * over with the certificate of the country it came from (or, from outside the ICGLR, that country's export
 * document), the border post and the date. A certificate issued on this platform must be certified, for this
 * mineral, to the importer's country, valid on the day of the crossing and not used before; the import lot is then
 * linked to the export lot, so its genealogy runs across the border to the mine sites. A document from another
 * system is kept as a file and names the origin. Without a valid certificate the import is refused, unless the
 * material is physically there: then it is held as a suspect lot (uncertified for good, an anomaly and so an
 * automatic incident). The weights on both sides are compared as for a domestic receipt.
 */
@Service
@Transactional
public class LotImporting {

    private final Lots lots;
    private final LotInputs inputs;
    private final LotImports imports;
    private final Organisations organisations;
    private final OriginDocuments documents;
    private final AnomalyRecorder anomalies;
    private final Clock clock;
    private final BigDecimal tolerancePercent;
    private final long maxBytes;

    public LotImporting(Lots lots, LotInputs inputs, LotImports imports, Organisations organisations,
            OriginDocuments documents, AnomalyRecorder anomalies, Clock clock,
            @Value("${orepass.custody.transfer-tolerance-percent:2}") BigDecimal tolerancePercent,
            @Value("${orepass.attachments.max-bytes:10485760}") long maxBytes) {
        this.lots = lots;
        this.inputs = inputs;
        this.imports = imports;
        this.organisations = organisations;
        this.documents = documents;
        this.anomalies = anomalies;
        this.clock = clock;
        this.tolerancePercent = tolerancePercent;
        this.maxBytes = maxBytes;
    }

    /** The import recorded, its lot, and whether the weights differed beyond the tolerance. */
    public record Imported(LotImport lotImport, Lot lot, boolean flagged) {
    }

    /** Whether the user may record imports for their organisation (the form is shown to them). */
    @Transactional(readOnly = true)
    public boolean mayImport(Actor actor) {
        return importer(actor) != null;
    }

    /**
     * One import as the imports page lists it: when and where it crossed, with which document, from which country,
     * the mass weighed, whether it is suspect or its weights differed, and its lot (a link if the reader may open it).
     */
    public record ImportRow(Long id, LocalDate crossedOn, ImportDocumentKind documentKind, String documentCountry,
            String documentNumber, String originCountry, String borderPost, BigDecimal receivedKg, boolean suspect,
            boolean flagged, String importer, Long lotId, String lotNumber, String mineral, boolean mayOpenLot) {
    }

    /**
     * The imports the reader may list (docs/borders.md, "Pages"), newest first: administrators and auditors all;
     * an inspector those into their country (the importer's country, as export lists scope by the exporter's); any
     * other user their organisation's. At most {@link CustodyQueries#LIST_LIMIT}.
     */
    @Transactional(readOnly = true)
    public List<ImportRow> list(Actor actor) {
        List<ImportSummary> found;
        if (actor.has(org.orepass.account.Role.ADMIN) || actor.has(org.orepass.account.Role.AUDITOR)) {
            found = imports.summaries(CustodyQueries.LIST_LIMIT);
        } else if (actor.has(org.orepass.account.Role.INSPECTOR) && actor.jurisdictionCountry() != null) {
            found = imports.summariesInto(actor.jurisdictionCountry(), CustodyQueries.LIST_LIMIT);
        } else if (actor.organisationId() != null) {
            found = imports.summariesOfImporter(actor.organisationId(), CustodyQueries.LIST_LIMIT);
        } else {
            found = List.of();
        }
        // The lot opens for whoever may see it (CustodyAccess.maySee): readers of every lot, and its custodian.
        return found.stream().map(i -> new ImportRow(i.id(), i.crossedOn(), i.documentKind(),
                i.documentCountry() == null ? null : i.documentCountry().alpha2(), i.documentNumber(),
                i.originCountry() == null ? null : i.originCountry().alpha2(), i.borderPost(),
                i.received() == null ? null : i.received().kilograms(), i.suspect(), i.flagged(), i.importer(),
                i.lotId(), i.lotNumber(), i.mineral().name(), CustodyAccess.maySeeLotHeldBy(actor, i.custodianId())))
                .toList();
    }

    public long maxMegabytes() {
        return UploadedFile.megabytes(maxBytes);
    }

    /**
     * Records an import for the actor's organisation.
     *
     * @param fileName the document's file name, {@code content} its bytes (null or empty for none)
     */
    /**
     * First: a file too large must be chosen again, whatever else the form needs (issue 15); the page checks it
     * also when other fields could not be read, so the message is there with theirs.
     */
    public void requireFileSize(long bytes) {
        if (bytes > maxBytes) {
            throw new DomainRuleViolation("file", "import.file.too-large", UploadedFile.megabytes(maxBytes));
        }
    }

    public Imported record(Actor actor, ImportDetails details, String fileName, byte[] content) {
        var importer = importer(actor);
        if (importer == null) {
            throw new CustodyAccessDenied("record an import");
        }
        requireFileSize(content == null ? 0 : content.length);
        var home = CountryCode.of(importer.getCountry());
        if (details.documentKind() == null) {
            throw new DomainRuleViolation("documentKind", "validation.required");
        }
        var country = CountryCode.typed("documentCountry", details.documentCountry());
        if (country == null) {
            throw new DomainRuleViolation("documentCountry", "validation.required");
        }
        if (country.equals(home)) {
            throw new DomainRuleViolation("documentCountry", "import.documentCountry.domestic");
        }
        var number = text("documentNumber", details.documentNumber(), 40, true).toUpperCase(Locale.ROOT);
        var borderPost = text("borderPost", details.borderPost(), 120, true);
        var today = LocalDate.now(clock);
        if (details.crossedOn() == null) {
            throw new DomainRuleViolation("crossedOn", "validation.required");
        }
        if (details.crossedOn().isAfter(today)) {
            throw new DomainRuleViolation("crossedOn", "import.crossedOn.future");
        }
        var received = Mass.typed("receivedKg", details.receivedKg(), true);
        if (received == null) {
            throw new DomainRuleViolation("receivedKg", "validation.required");
        }
        if (details.suspect()) {
            return suspect(actor, importer, details, country, number, borderPost, received, fileName, content);
        }
        // The RCM: material from a member state crosses with that state's ICGLR certificate, nothing else.
        if (country.isIcglrMember() && details.documentKind() != ImportDocumentKind.ICGLR_CERTIFICATE) {
            throw new DomainRuleViolation("documentKind", "import.documentKind.icglr", country.alpha2());
        }
        var certificate = details.documentKind() == ImportDocumentKind.ICGLR_CERTIFICATE
                ? documents.certificate(country.alpha2(), number) : java.util.Optional.<OriginDocuments.CertifiedExport>empty();
        if (certificate.isPresent()) {
            return fromThisPlatform(actor, importer, details, certificate.get(), number, borderPost, received);
        }
        // The country's certificates are kept here: a serial that is not among them is no certificate.
        if (details.documentKind() == ImportDocumentKind.ICGLR_CERTIFICATE && documents.issuesIn(country.alpha2())) {
            throw new DomainRuleViolation("documentNumber", "import.certificate.unknown", number, country.alpha2());
        }
        return fromElsewhere(actor, importer, details, country, number, borderPost, received, fileName, content);
    }

    /** A certificate issued here: every check, then the import lot is linked to the export lot. */
    private Imported fromThisPlatform(Actor actor, Organisation importer, ImportDetails details,
            OriginDocuments.CertifiedExport certificate, String number, String borderPost, Mass received) {
        if (!certificate.certified()) {
            throw new DomainRuleViolation("documentNumber", "import.certificate.not-certified", number);
        }
        if (!certificate.destinationCountry().equals(importer.getCountry())) {
            throw new DomainRuleViolation("documentNumber", "import.certificate.destination", number,
                    certificate.destinationCountry());
        }
        if (details.crossedOn().isBefore(certificate.issuedOn())
                || details.crossedOn().isAfter(certificate.expiresOn())) {
            throw new DomainRuleViolation("crossedOn", "import.certificate.expired", number,
                    certificate.issuedOn().toString(), certificate.expiresOn().toString());
        }
        if (imports.certificateUsed(certificate.certificateId())) {
            throw new DomainRuleViolation("documentNumber", "import.certificate.used", number);
        }
        var exportLot = lots.findById(certificate.exportLotId())
                .orElseThrow(() -> new NotFoundException("Lot", certificate.exportLotId()));
        var sent = new Mass(certificate.exportedKg());
        var origin = CountryCode.of(certificate.mineralOrigin().split(";")[0].equals("0")
                ? certificate.issuingCountry() : certificate.mineralOrigin().split(";")[0]);
        var lot = lots.add(Lot.imported(lotNumber(importer), importer, certificate.mineral(), received.kilograms(),
                exportLot.getGrade(), origin, exportLot.isUncertified(), actor.username(), clock.instant()));
        inputs.add(new LotInput(lot, exportLot, sent.kilograms()));
        var difference = received.kilograms().subtract(sent.kilograms());
        var flagged = beyondTolerance(difference, sent);
        var recorded = imports.add(new LotImport(lot, importer, ImportDocumentKind.ICGLR_CERTIFICATE,
                CountryCode.of(certificate.issuingCountry()), number, certificate.certificateId(), origin, borderPost,
                details.crossedOn(), sent, received, difference, flagged, false, null, null, actor.username(),
                clock.instant()));
        if (flagged) {
            weightAnomaly(actor, recorded, exportLot);
        }
        return new Imported(recorded, lot, flagged);
    }

    /** A certificate of another system, or a non-ICGLR country's export document: kept as a file. */
    private Imported fromElsewhere(Actor actor, Organisation importer, ImportDetails details, CountryCode country,
            String number, String borderPost, Mass received, String fileName, byte[] content) {
        var file = UploadedFile.check(fileName, content, maxBytes, "import");
        var origin = origin(details, country);
        var grade = grade(details);
        var stated = Mass.typed("documentMassKg", details.documentMassKg(), true);
        if (stated == null) {
            throw new DomainRuleViolation("documentMassKg", "validation.required");
        }
        var lot = lots.add(Lot.imported(lotNumber(importer), importer, details.mineral(), received.kilograms(),
                grade, origin, false, actor.username(), clock.instant()));
        var difference = received.kilograms().subtract(stated.kilograms());
        var flagged = beyondTolerance(difference, stated);
        var recorded = imports.add(new LotImport(lot, importer, details.documentKind(), country, number, null, origin,
                borderPost, details.crossedOn(), stated, received, difference, flagged, false, null, file,
                actor.username(), clock.instant()));
        if (flagged) {
            weightAnomaly(actor, recorded, null);
        }
        return new Imported(recorded, lot, flagged);
    }

    /** The material is here without valid papers: held as a suspect lot, never certified, and followed up. */
    private Imported suspect(Actor actor, Organisation importer, ImportDetails details, CountryCode country,
            String number, String borderPost, Mass received, String fileName, byte[] content) {
        var reason = text("suspectReason", details.suspectReason(), 1000, false);
        if (reason == null) {
            throw new DomainRuleViolation("suspectReason", "import.suspectReason.required");
        }
        var origin = origin(details, country);
        var grade = grade(details);
        var stated = Mass.typed("documentMassKg", details.documentMassKg(), true);
        var file = content == null || content.length == 0 ? null
                : UploadedFile.check(fileName, content, maxBytes, "import");
        var lot = lots.add(Lot.imported(lotNumber(importer), importer, details.mineral(), received.kilograms(),
                grade, origin, true, actor.username(), clock.instant()));
        var difference = stated == null ? null : received.kilograms().subtract(stated.kilograms());
        var flagged = stated != null && beyondTolerance(difference, stated);
        var kind = details.documentKind();
        var recorded = imports.add(new LotImport(lot, importer, kind, country, number, null, origin, borderPost,
                details.crossedOn(), stated, received, difference, flagged, true, reason, file, actor.username(),
                clock.instant()));
        anomalies.record(AnomalyKind.SUSPECT_IMPORT, null, null, importer.getCountry(), List.of(lot.getId()),
                actor.username(), "lot " + lot.getLotNumber() + " imported by " + importer.getName() + " from "
                        + country + " (" + kind + " " + number + ", border post " + borderPost + ", "
                        + details.crossedOn() + ") without a valid certificate: " + reason);
        return new Imported(recorded, lot, flagged);
    }

    private static CountryCode origin(ImportDetails details, CountryCode documentCountry) {
        var origin = CountryCode.typed("originCountry", details.originCountry());
        return origin == null ? documentCountry : origin;
    }

    private static Grade grade(ImportDetails details) {
        if (details.mineral() == null) {
            throw new DomainRuleViolation("mineral", "validation.required");
        }
        return Grade.typed("concentration", details.mineral(), details.concentration(), null);
    }

    private boolean beyondTolerance(BigDecimal difference, Mass sent) {
        return difference.abs().multiply(BigDecimal.valueOf(100))
                .compareTo(sent.kilograms().multiply(tolerancePercent)) > 0;
    }

    private void weightAnomaly(Actor actor, LotImport recorded, Lot exportLot) {
        anomalies.record(AnomalyKind.WEIGHT_DIFFERENCE, null, null, recorded.getImporter().getCountry(),
                exportLot == null ? List.of(recorded.getLot().getId())
                        : List.of(exportLot.getId(), recorded.getLot().getId()),
                actor.username(), "import " + recorded.getLot().getLotNumber() + " (" + recorded.citation()
                        + "): " + recorded.getDocumentMass() + " kg on the document, " + recorded.getReceived()
                        + " kg received by " + recorded.getImporter().getName() + " (tolerance "
                        + tolerancePercent.toPlainString() + " %)");
    }

    private String lotNumber(Organisation importer) {
        return importer.getCountry() + "-" + LocalDate.now(clock).getYear() + "-"
                + String.format("%07d", lots.nextNumber());
    }

    private Organisation importer(Actor actor) {
        if (actor.organisationId() == null) {
            return null;
        }
        var organisation = organisations.findById(actor.organisationId()).orElse(null);
        return organisation != null && CustodyAccess.mayTradeFor(actor, organisation) ? organisation : null;
    }

    private static String text(String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new DomainRuleViolation(field, "validation.required");
            }
            return null;
        }
        if (value.strip().length() > max) {
            throw new DomainRuleViolation(field, "import.text.too-long", max);
        }
        return value.strip();
    }

    /** What the lot page shows of an import lot's crossing, for whoever may see the lot. */
    public record Crossing(String documentKind, String documentCountry, String documentNumber, String originCountry,
            String borderPost, LocalDate crossedOn, BigDecimal documentMassKg, BigDecimal receivedKg,
            BigDecimal differenceKg, boolean flagged, boolean suspect, String suspectReason, String fileName,
            boolean fromThisPlatform) {
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Crossing> crossing(Actor actor, Long lotId) {
        var lot = lots.findById(lotId).orElseThrow(() -> new NotFoundException("Lot", lotId));
        if (!CustodyAccess.maySee(actor, lot)) {
            throw new NotFoundException("Lot", lotId);
        }
        return imports.ofLot(lotId).map(i -> new Crossing(i.getDocumentKind().name(), i.getDocumentCountry().alpha2(),
                i.getDocumentNumber(), i.getOriginCountry().alpha2(), i.getBorderPost(), i.getCrossedOn(),
                i.getDocumentMass() == null ? null : i.getDocumentMass().kilograms(), i.getReceived().kilograms(),
                i.getDifferenceKg(), i.isFlagged(), i.isSuspect(), i.getSuspectReason(), i.getFileName(),
                i.getExportCertificateId() != null));
    }
}
