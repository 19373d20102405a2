package org.orepass.export;

import org.orepass.export.internal.ExportDocuments;
import org.orepass.export.internal.ExportShipments;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.orepass.account.Actor;
import org.orepass.attachment.UploadedFile;
import org.orepass.custody.CustodyAccessDenied;
import org.orepass.custody.Lot;
import org.orepass.custody.LotInput;
import org.orepass.custody.LotInputs;
import org.orepass.custody.Lots;
import org.orepass.custody.TradeBlocks;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.Organisations;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.NotFoundException;
import org.orepass.shared.RuleChecks;
import org.orepass.shared.Versioned;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exporter's side: a shipment is drafted and edited from lots the exporter holds, documents are attached,
 * and on submission the mass leaves the lots into one export lot (originating operation EXPORT) linked to each
 * of them, so that forward traces reach the export. Two submissions (or a sale and a submission) racing for the
 * same lot cannot oversell it: the lot's optimistic lock lets only the first commit.
 */
@Service
@Transactional
public class ExportShipping {


    private final ExportShipments shipments;
    private final ExportDocuments documents;
    private final Lots lots;
    private final LotInputs inputs;
    private final Organisations organisations;
    private final org.orepass.risk.SourcingDecisions decisions;
    private final ExportTaxClearance taxClearance;
    private final Clock clock;
    private final long maxBytes;
    private final TradeBlocks blocks;
    private final org.orepass.custody.MetalBalance metal;

    public ExportShipping(ExportShipments shipments, ExportDocuments documents, Lots lots, LotInputs inputs,
            Organisations organisations,
            org.orepass.risk.SourcingDecisions decisions, ExportTaxClearance taxClearance, Clock clock,
            @Value("${orepass.attachments.max-bytes:10485760}") long maxBytes, TradeBlocks blocks,
            @Value("${orepass.custody.metal-tolerance-percent:2}") BigDecimal metalTolerancePercent) {
        this.blocks = blocks;
        this.metal = new org.orepass.custody.MetalBalance(metalTolerancePercent);
        this.decisions = decisions;
        this.taxClearance = taxClearance;
        this.shipments = shipments;
        this.documents = documents;
        this.lots = lots;
        this.inputs = inputs;
        this.organisations = organisations;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    public ExportShipment draft(Actor actor, ShipmentDetails details) {
        var exporter = actor.organisationId() == null ? null
                : organisations.findById(actor.organisationId()).orElse(null);
        if (!ExportAccess.mayShipFor(actor, exporter)) {
            throw new CustodyAccessDenied("draft an export shipment");
        }
        var held = tradableHeldLots(exporter, details);
        return shipments.add(ExportShipment.draft(exporter, details, held, actor.username(), clock.instant()));
    }

    public ExportShipment edit(Actor actor, Long id, long version, ShipmentDetails details) {
        var shipment = ownShipment(actor, id);
        Versioned.requireVersion("ExportShipment", id, shipment.getVersion(), version);
        shipment.describe(details, tradableHeldLots(shipment.getExporter(), details));
        return shipment;
    }

    /**
     * The checks {@link #draft} (no {@code id}) or {@link #edit} make, on a throw-away draft, without recording
     * anything: a shipment form its own checks refused shows these problems too (issue 16). Refused like them for
     * who may not ship for the organisation or open the shipment.
     */
    @Transactional(readOnly = true)
    public void check(Actor actor, Long id, ShipmentDetails details) {
        Organisation exporter;
        if (id == null) {
            exporter = actor.organisationId() == null ? null
                    : organisations.findById(actor.organisationId()).orElse(null);
            if (!ExportAccess.mayShipFor(actor, exporter)) {
                throw new CustodyAccessDenied("draft an export shipment");
            }
        } else {
            exporter = ownShipment(actor, id).getExporter();
        }
        var checks = new RuleChecks();
        var held = checks.value(() -> tradableHeldLots(exporter, details));
        checks.run(() -> ExportShipment.draft(exporter, details, held == null ? Map.of() : held, actor.username(),
                clock.instant()));
        checks.throwIfAny();
    }

    /** Takes the mass out of the lots into a new export lot; the shipment then waits for an inspector. */
    public ExportShipment submit(Actor actor, Long id, long version) {
        var shipment = ownShipment(actor, id);
        Versioned.requireVersion("ExportShipment", id, shipment.getVersion(), version);
        shipment.requireStatus(ExportStatus.DRAFT);
        // A site may have turned red, or come under review, since the draft was saved (docs/custody.md).
        blocks.requireTradable("lots", shipment.getLots().stream().map(line -> line.getLot().getId()).toList());
        // The lots may have been sold from since the draft was saved: check each again before taking anything.
        for (var line : shipment.getLots()) {
            var lot = line.getLot();
            if (!lot.getCustodian().getId().equals(shipment.getExporter().getId())) {
                throw new DomainRuleViolation("lots", "export.lot.not-held");
            }
            ExportShipment.requireHeld(lot, line.getMassKg());
        }
        if (documents.summariesOf(id).isEmpty()) {
            throw new DomainRuleViolation("file", "export.documents.required");
        }
        // The exporter's own risk decisions take effect: no export of minerals from a site or a supplier it
        // suspended or left (the message names the decision and what it was about).
        decisions.blockingExport(shipment.getExporter().getId(),
                shipment.getLots().stream().map(line -> line.getLot().getId()).toList()).ifPresent(blocking -> {
                    throw new DomainRuleViolation("lots", (blocking.lapsed() ? "risk.blocked.lapsed.export."
                            : "risk.blocked.export.") + blocking.subjectKind().name(),
                            new org.springframework.context.support.DefaultMessageSourceResolvable(
                                    "risk.decision." + blocking.decision().name()), blocking.assessmentId());
                });
        // The declared grade may not state more metal than the lots hold (issue 12, docs/custody-operations.md).
        metal.refuseExport(shipment.getMineral(), shipment.getGrade(), shipment.getLots().stream()
                .map(line -> new org.orepass.custody.MetalBalance.Portion(line.getMassKg(), line.getLot().getGrade()))
                .toList());
        // Numbered first: the sequence query flushes, and the shipment must not reach the database submitted
        // without its lot (a check constraint says so).
        var number = shipment.getExporter().getCountry() + "-" + LocalDate.now(clock).getYear() + "-"
                + String.format("%07d", lots.nextNumber());
        var total = BigDecimal.ZERO;
        var uncertified = false;
        for (var line : shipment.getLots()) {
            line.getLot().take(line.mass());
            total = total.add(line.getMassKg());
            uncertified |= line.getLot().isUncertified();
        }
        var exportLot = lots.add(Lot.exported(number, shipment.getExporter(), shipment.getMineral(), total,
                shipment.getGrade(), uncertified, actor.username(), clock.instant()));
        for (var line : shipment.getLots()) {
            inputs.add(new LotInput(exportLot, line.getLot(), line.getMassKg()));
        }
        shipment.submitted(exportLot, actor.username(), clock.instant());
        // The export taxes are due from now on, visible to the exporter with how to pay them.
        taxClearance.submitted(shipment);
        return shipment;
    }

    /** An invoice, packing list, assay report or transport paper, while the shipment is a draft. */
    public ExportDocument attach(Actor actor, Long id, String fileName, byte[] content) {
        var shipment = ownShipment(actor, id);
        shipment.requireStatus(ExportStatus.DRAFT);
        var file = UploadedFile.check(fileName, content, maxBytes, "export");
        return documents.add(new ExportDocument(id, file.name(), file.type(), content, file.sha256(),
                actor.username(), clock.instant()));
    }

    public long maxMegabytes() {
        return UploadedFile.megabytes(maxBytes);
    }

    /**
     * The exporter's lots named in the details; none from a red site goes into a shipment (docs/custody.md),
     * refused by the blocked lot's field ({@code lots[id]}). Only lots the exporter holds are asked about.
     */
    private Map<Long, Lot> tradableHeldLots(Organisation exporter, ShipmentDetails details) {
        var held = heldLots(exporter, details);
        blocks.firstBlock(held.keySet()).ifPresent(block -> {
            throw block.refusal("lots[" + block.lotId() + "]");
        });
        return held;
    }

    /** The lots named in the details, each checked to be held by the exporter (others are nobody's business). */
    private Map<Long, Lot> heldLots(Organisation exporter, ShipmentDetails details) {
        var held = new HashMap<Long, Lot>();
        for (var lotId : details.lots().keySet()) {
            lots.findById(lotId).filter(lot -> lot.getCustodian().getId().equals(exporter.getId()))
                    .ifPresent(lot -> held.put(lotId, lot));
        }
        return held;
    }

    /** The exporter's own shipment: to others it does not exist; to its non-exporting users it is read-only. */
    private ExportShipment ownShipment(Actor actor, Long id) {
        var shipment = shipments.findById(id).orElseThrow(() -> new NotFoundException("ExportShipment", id));
        if (!ExportAccess.maySee(actor, shipment)) {
            throw new NotFoundException("ExportShipment", id);
        }
        if (!ExportAccess.mayShip(actor, shipment)) {
            throw new CustodyAccessDenied("change export shipment " + id);
        }
        return shipment;
    }


}
