package org.orepass.export;

import org.orepass.export.internal.ExportDocumentSummary;
import org.orepass.export.internal.ExportDocuments;
import org.orepass.export.internal.ExportShipments;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.orepass.account.Actor;
import org.orepass.custody.CustodyAccess;
import org.orepass.custody.CustodyAccessDenied;
import org.orepass.custody.CustodyQueries;
import org.orepass.custody.Lots;
import org.orepass.custody.MassUnit;
import org.orepass.shared.NotFoundException;
import org.orepass.shared.PageQuery;
import org.orepass.shared.ResultPage;
import org.orepass.site.IcglrExchange;
import org.orepass.site.Mineral;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the export pages read, checked against who asks, as flat rows (open-in-view is off). */
@Service
@Transactional(readOnly = true)
public class ExportQueries {

    private final ExportShipments shipments;
    private final ExportCertificates certificates;
    private final ExportDocuments documents;
    private final Lots lots;

    public ExportQueries(ExportShipments shipments, ExportCertificates certificates, ExportDocuments documents,
            Lots lots) {
        this.shipments = shipments;
        this.certificates = certificates;
        this.documents = documents;
        this.lots = lots;
    }

    public record ShipmentRow(Long id, ExportStatus status, String exporter, Mineral mineral,
            BigDecimal declaredMassKg, String destinationCountry, String importerName, Instant createdAt,
            Instant submittedAt) {

        static ShipmentRow of(ExportShipment s) {
            return new ShipmentRow(s.getId(), s.getStatus(), s.getExporter().getName(), s.getMineral(),
                    s.getDeclaredMassKg(), s.getDestinationCountry(), s.getImporterName(), s.getCreatedAt(),
                    s.getSubmittedAt());
        }
    }

    /** Exporters see their organisation's shipments; inspectors those of their country; admins, auditors all. */
    public List<ShipmentRow> list(Actor actor) {
        var found = ExportAccess.readsAll(actor) ? shipments.newestSubmitted(CustodyQueries.LIST_LIMIT)
                : actor.has(org.orepass.account.Role.INSPECTOR) && actor.jurisdictionCountry() != null
                ? shipments.newestSubmittedIn(actor.jurisdictionCountry(), CustodyQueries.LIST_LIMIT)
                : actor.organisationId() == null ? List.<ExportShipment>of()
                : shipments.newestOf(actor.organisationId(), CustodyQueries.LIST_LIMIT);
        return found.stream().map(ShipmentRow::of).toList();
    }

    /** A lot the shipment takes from: how much, and (for a link) whether the reader may open the lot. */
    public record LineRow(Long lotId, String lotNumber, BigDecimal massKg, BigDecimal remainingKg,
            boolean uncertified, boolean mayOpen) {
    }

    public record ShipmentView(Long id, ExportStatus status, String exporter, String exporterCountry,
            String importerName, String importerAddress, String importerCountry, String importerContact,
            String importerPhone, String importerEmail, String destinationCountry,
            Mineral mineral, String hsCode, BigDecimal declaredMass, MassUnit declaredUnit, BigDecimal declaredMassKg,
            BigDecimal grade, BigDecimal declaredValue, String currency, TransportMode transportMode, String carrier,
            String route, String borderPost, LocalDate shipmentDate, List<LineRow> lots, Long exportLotId,
            String exportLotNumber, String createdBy, Instant createdAt, String submittedBy, Instant submittedAt,
            String decidedBy, Instant decidedAt, String refusalReason, long version,
            List<ExportDocumentSummary> documents, String certificateSerial, boolean mayShip, boolean mayReview) {

        public boolean isDraft() {
            return status == ExportStatus.DRAFT;
        }
    }

    /** The shipment that made an export lot, for whoever may see it (the ICGLR API names shipments so). */
    public java.util.Optional<ShipmentView> shipmentOfExportLot(Actor actor, String lotNumber) {
        return shipments.ofExportLot(lotNumber).filter(s -> ExportAccess.maySee(actor, s)).map(s -> view(actor, s));
    }

    public ShipmentView shipment(Actor actor, Long id) {
        return view(actor, visible(actor, id));
    }

    ShipmentView view(Actor actor, ExportShipment s) {
        var lines = s.getLots().stream().map(line -> new LineRow(line.getLot().getId(),
                line.getLot().getLotNumber(), line.getMassKg(), line.getLot().getRemainingKg(),
                line.getLot().isUncertified(), CustodyAccess.maySee(actor, line.getLot()))).toList();
        var exportLot = s.getExportLot();
        var serial = certificates.ofShipment(s.getId()).map(ExportCertificate::getSerialNumber).orElse(null);
        return new ShipmentView(s.getId(), s.getStatus(), s.getExporter().getName(), s.getExporter().getCountry(),
                s.getImporterName(), s.getImporterAddress(), s.getImporterCountry(), s.getImporterContact(),
                s.getImporterPhone(), s.getImporterEmail(), s.getDestinationCountry(),
                s.getMineral(), s.getHsCode(), s.getDeclaredMass(), s.getDeclaredUnit(), s.getDeclaredMassKg(),
                s.getGrade(), s.getDeclaredValue(), s.getCurrency(), s.getTransportMode(), s.getCarrier(),
                s.getRoute(), s.getBorderPost(), s.getShipmentDate(), lines,
                exportLot == null ? null : exportLot.getId(), exportLot == null ? null : exportLot.getLotNumber(),
                s.getCreatedBy(), s.getCreatedAt(), s.getSubmittedBy(), s.getSubmittedAt(), s.getDecidedBy(),
                s.getDecidedAt(), s.getRefusalReason(), s.getVersion(), documents.summariesOf(s.getId()), serial,
                ExportAccess.mayShip(actor, s) && s.getStatus() == ExportStatus.DRAFT,
                ExportAccess.mayReview(actor, s) && s.getStatus() == ExportStatus.SUBMITTED);
    }

    /** A lot the exporter may put in a shipment: one it holds with mass left. */
    public record LotChoice(Long id, String lotNumber, Mineral mineral, BigDecimal remainingKg,
            boolean uncertified) {
    }

    /** The lots the actor's organisation holds with mass left, for the shipment form; only for its exporters. */
    public List<LotChoice> lotsToShip(Actor actor) {
        if (!actor.has(org.orepass.account.Role.EXPORTER) || actor.organisationId() == null) {
            throw new CustodyAccessDenied("ship lots");
        }
        return lots.newestHeldBy(actor.organisationId(), CustodyQueries.LIST_LIMIT).stream()
                .filter(lot -> lot.getRemainingKg().signum() > 0)
                .map(lot -> new LotChoice(lot.getId(), lot.getLotNumber(), lot.getMineral(), lot.getRemainingKg(),
                        lot.isUncertified()))
                .toList();
    }

    /** The draft as its form shows it, for the exporter who may still change it. */
    public record Draft(ShipmentDetails details, long version) {
    }

    public Draft draft(Actor actor, Long id) {
        var shipment = visible(actor, id);
        if (!ExportAccess.mayShip(actor, shipment)) {
            throw new CustodyAccessDenied("change export shipment " + id);
        }
        return new Draft(shipment.details(), shipment.getVersion());
    }

    public ExportDocument document(Actor actor, Long shipmentId, Long documentId) {
        visible(actor, shipmentId);
        return documents.findById(documentId).filter(d -> d.getShipmentId().equals(shipmentId))
                .orElseThrow(() -> new NotFoundException("ExportDocument", documentId));
    }

    /**
     * A party to the certificate (ICGLR MD.04 business entity with MD.09 contact details): the exporter is an
     * organisation of the platform ({@code organisationId}); the importer is what the exporter declared.
     */
    public record Party(Long organisationId, String name, String address, String country, String division,
            String taxId, String contact, String phone, String email) {

        /** The standard requires a legal representative, an E.164 phone and an e-mail address. */
        public boolean complete() {
            return contact != null && !contact.isBlank() && phone != null
                    && IcglrExchange.E164.matcher(IcglrExchange.phone(phone)).matches() && email != null
                    && IcglrExchange.EMAIL.matcher(email).matches();
        }
    }

    /** What the certificate prints and the ICGLR interchange sends: the shipment's facts and the authority's. */
    public record CertificateView(Long shipmentId, String serialNumber, String issuingCountry,
            String issuingAuthority, Party exporter, Party importer, String destinationCountry, String lotNumber,
            Mineral mineral, String hsCode, BigDecimal weight, MassUnit weightUnit, BigDecimal grade,
            BigDecimal declaredValue, String currency, String mineralOrigin, LocalDate shipmentDate,
            TransportMode transportMode, String carrier, String route, String borderPost, String verifierName,
            String verifierPosition, String verifierId, LocalDate verifiedOn, String validatorName,
            LocalDate issuedOn, LocalDate expiresOn, List<String> sourceLots, String originCertificates,
            java.time.Instant withdrawnAt) {

        /** Withdrawn (its verification code withdrawn, issue 18): no longer valid. */
        public boolean withdrawn() {
            return withdrawnAt != null;
        }

        static CertificateView of(ExportCertificate c) {
            var s = c.getShipment();
            var e = s.getExporter();
            return new CertificateView(s.getId(), c.getSerialNumber(), c.getIssuingCountry(),
                    c.getIssuingAuthority(),
                    new Party(e.getId(), e.getName(), e.getAddress(), e.getCountry(), e.getDivision(), e.getTaxId(),
                            e.getContactName(), e.getContactPhone(), e.getContactEmail()),
                    new Party(null, s.getImporterName(), s.getImporterAddress(), s.getImporterCountry(), null, null,
                            s.getImporterContact(), s.getImporterPhone(), s.getImporterEmail()),
                    s.getDestinationCountry(), s.getExportLot().getLotNumber(), s.getMineral(), s.getHsCode(),
                    s.getDeclaredMass(), s.getDeclaredUnit(), s.getGrade(), s.getDeclaredValue(), s.getCurrency(),
                    c.getMineralOrigin(), s.getShipmentDate(), s.getTransportMode(), s.getCarrier(), s.getRoute(),
                    s.getBorderPost(), c.getVerifierName(), c.getVerifierPosition(), c.getVerifierId(),
                    c.getVerifiedOn(), c.getValidatorName(), c.getIssuedOn(), c.getExpiresOn(),
                    s.getLots().stream().map(line -> line.getLot().getLotNumber()).toList(),
                    c.getOriginCertificates(), c.getWithdrawnAt());
        }
    }

    public CertificateView certificate(Actor actor, Long shipmentId) {
        visible(actor, shipmentId);
        return certificates.ofShipment(shipmentId).map(CertificateView::of)
                .orElseThrow(() -> new NotFoundException("ExportCertificate", shipmentId));
    }

    /** The ICGLR list's filters; null means any. Strings compare without regard to case, as the standard asks. */
    public record CertificateFilter(String issuingCountry, String identifier, String lotNumber, String typeOfOre,
            LocalDate issuedFrom, LocalDate issuedTo) {

        boolean matches(CertificateView c) {
            return (issuingCountry == null || issuingCountry.equalsIgnoreCase(c.issuingCountry()))
                    && (identifier == null || identifier.equalsIgnoreCase(c.serialNumber()))
                    && (lotNumber == null || lotNumber.equalsIgnoreCase(c.lotNumber()))
                    && (typeOfOre == null || typeOfOre.equalsIgnoreCase(c.hsCode()))
                    && (issuedFrom == null || !c.issuedOn().isBefore(issuedFrom))
                    && (issuedTo == null || !c.issuedOn().isAfter(issuedTo));
        }
    }

    /** How many certificates the interchange list reads before filtering (newest first). */
    static final int EXCHANGE_LIMIT = 2000;

    /**
     * Certificates for the ICGLR interchange: those of shipments the actor may see, issued in a member state.
     */
    public ResultPage<CertificateView> exchangeable(Actor actor, CertificateFilter filter, PageQuery page) {
        var matching = certificates.newest(EXCHANGE_LIMIT).stream()
                .filter(c -> ExportAccess.maySee(actor, c.getShipment()))
                .map(CertificateView::of).filter(ExportQueries::exchangeable).filter(filter::matches).toList();
        var from = (int) Math.min(page.offset(), matching.size());
        var to = Math.min(from + page.size(), matching.size());
        return new ResultPage<>(matching.subList(from, to), page.page(), page.size(), matching.size());
    }

    public java.util.Optional<CertificateView> exchangeable(Actor actor, String issuingCountry, String serial) {
        return certificates.bySerialNumber(issuingCountry, serial)
                .filter(c -> ExportAccess.maySee(actor, c.getShipment()))
                .map(CertificateView::of).filter(ExportQueries::exchangeable);
    }

    /**
     * Every certificate issued in a member state is served (issue 17): one with an importer lacking contact details
     * or without a planned shipment date is served without them, never hidden from a border authority checking it.
     */
    static boolean exchangeable(CertificateView c) {
        return org.orepass.geography.Countries.ICGLR_MEMBERS.contains(c.issuingCountry());
    }

    /**
     * A certified shipment as listeners of {@link ExportCertified} need it (revenue's tax assessment: place,
     * mineral, mass, declared value, payer). No actor: the system acts on a decision already authorised.
     */
    public record CertifiedShipment(long shipmentId, String serialNumber, String exportLotNumber, long exporterId,
            String country, String division, Mineral mineral, BigDecimal massKg, BigDecimal declaredValue,
            String currency, LocalDate issuedOn) {
    }

    public CertifiedShipment certified(long shipmentId) {
        var certificate = certificates.ofShipment(shipmentId)
                .orElseThrow(() -> new NotFoundException("ExportCertificate", shipmentId));
        var s = certificate.getShipment();
        return new CertifiedShipment(shipmentId, certificate.getSerialNumber(), s.getExportLot().getLotNumber(),
                s.getExporter().getId(), s.getExporter().getCountry(), s.getExporter().getDivision(), s.getMineral(),
                s.getDeclaredMassKg(), s.getDeclaredValue(), s.getCurrency(), certificate.getIssuedOn());
    }

    /**
     * A submitted shipment as listeners of {@link ExportSubmitted} need it (revenue's tax assessment): place,
     * mineral, mass, declared value, payer, the day of submission, and for each lot it takes from, the refused
     * shipment that lot is the export lot of (its export taxes were assessed then), if any.
     */
    public record SubmittedShipment(long shipmentId, String exportLotNumber, long exporterId, String country,
            String division, Mineral mineral, BigDecimal massKg, BigDecimal declaredValue, String currency,
            LocalDate submittedOn, List<SubmittedLine> lines) {
    }

    public record SubmittedLine(long lotId, BigDecimal massKg, Long refusedShipmentId) {
    }

    public SubmittedShipment submitted(long shipmentId) {
        var s = shipments.findById(shipmentId).orElseThrow(() -> new NotFoundException("ExportShipment", shipmentId));
        var lotIds = s.getLots().stream().map(line -> line.getLot().getId()).toList();
        var refused = new java.util.HashMap<Long, Long>();
        shipments.ofExportLots(lotIds).stream().filter(earlier -> earlier.getStatus() == ExportStatus.REFUSED)
                .forEach(earlier -> refused.put(earlier.getExportLot().getId(), earlier.getId()));
        var lines = s.getLots().stream().map(line -> new SubmittedLine(line.getLot().getId(), line.getMassKg(),
                refused.get(line.getLot().getId()))).toList();
        return new SubmittedShipment(shipmentId, s.getExportLot().getLotNumber(), s.getExporter().getId(),
                s.getExporter().getCountry(), s.getExporter().getDivision(), s.getMineral(), s.getDeclaredMassKg(),
                s.getDeclaredValue(), s.getCurrency(), s.getSubmittedAt().atZone(java.time.ZoneOffset.UTC)
                .toLocalDate(), lines);
    }

    ExportShipment visible(Actor actor, Long id) {
        var shipment = shipments.findById(id).orElseThrow(() -> new NotFoundException("ExportShipment", id));
        if (!ExportAccess.maySee(actor, shipment)) {
            // Not 403: whether a shipment exists is commercial information.
            throw new NotFoundException("ExportShipment", id);
        }
        return shipment;
    }
}
