package org.orepass.downstream;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.orepass.account.Actor;
import org.orepass.custody.CustodyAccess;
import org.orepass.custody.CustodyAccessDenied;
import org.orepass.downstream.internal.Consignments;
import org.orepass.export.ExportAccess;
import org.orepass.export.ExportShipment;
import org.orepass.export.ExportStatus;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.OrganisationType;
import org.orepass.organisation.SmelterAuditStatus;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Downstream receipts (issue 18, docs/provenance.md): the exporter names the organisation abroad its shipment goes
 * to, and that organisation, and nobody else, confirms receipt once. The same rules for the pages and the API.
 */
@Service
@Transactional
public class DownstreamReceipts {

    private final Consignments consignments;
    private final Clock clock;

    public DownstreamReceipts(Consignments consignments, Clock clock) {
        this.consignments = consignments;
        this.clock = clock;
    }

    /** What the consignee types: the day it received the lot, the kilograms it weighed, an optional note. */
    public record ReceiptDetails(LocalDate receivedOn, BigDecimal receivedKg, String note) {
    }

    /** The end of a lot's chain as a passport shows it: who received it (an organisation, never a person) and when. */
    public record ClosedChain(String receiverName, String receiverCountry, OrganisationType receiverType,
            String smelterId, SmelterAuditStatus auditStatus, LocalDate auditDate, LocalDate receivedOn,
            BigDecimal receivedKg) {
    }

    /** A shipment's consignment as its exporter and its consignee see it. */
    public record ConsignmentView(long shipmentId, ExportStatus shipmentStatus, String exporterName,
            String mineral, BigDecimal exportedKg, LocalDate shipmentDate, long consigneeId, String consigneeName,
            String consigneeCountry, String smelterId, boolean received, LocalDate receivedOn, BigDecimal receivedKg,
            String note, boolean mayConfirm, boolean mayReverse) {
    }

    /**
     * The exporter's EXPORTER users name (or rename, until received) the consignee of a submitted or certified
     * shipment: an active trading organisation registered in the shipment's destination country.
     */
    public Consignment nameConsignee(Actor actor, long shipmentId, Long consigneeId) {
        var shipment = consignments.lockShipment(shipmentId).filter(s -> ExportAccess.maySee(actor, s))
                .orElseThrow(() -> new NotFoundException("ExportShipment", shipmentId));
        if (!ExportAccess.mayShip(actor, shipment)) {
            throw new CustodyAccessDenied("name the consignee of an export shipment");
        }
        if (shipment.getStatus() != ExportStatus.SUBMITTED && shipment.getStatus() != ExportStatus.CERTIFIED) {
            throw new DomainRuleViolation(null, "downstream.consignee.status");
        }
        if (consigneeId == null) {
            throw new DomainRuleViolation("consigneeId", "validation.required");
        }
        var consignee = consignments.organisation(consigneeId).orElse(null);
        if (!mayReceive(consignee, shipment)) {
            throw new DomainRuleViolation("consigneeId", "downstream.consignee.invalid",
                    shipment.getDestinationCountry());
        }
        var existing = consignments.ofShipment(shipmentId);
        if (existing.isPresent()) {
            existing.get().name(consignee, actor.username(), clock.instant());
            return existing.get();
        }
        return consignments.add(Consignment.of(shipment, consignee, actor.username(), clock.instant()));
    }

    /** An organisation that may receive the shipment: active, trading, abroad, in the declared destination. */
    static boolean mayReceive(Organisation consignee, ExportShipment shipment) {
        return consignee != null && consignee.isActive() && consignee.getType().trades()
                && consignee.getType() != OrganisationType.GOVERNMENT_AGENCY
                && !consignee.getId().equals(shipment.getExporter().getId())
                && consignee.getCountry().equals(shipment.getDestinationCountry());
    }

    /**
     * The named consignee's OPERATOR or EXPORTER users confirm receipt of a certified shipment, once: the row is
     * locked, so of two confirmations at once the second finds the first and is refused. Anyone else learns nothing
     * (not found), whatever their country or role.
     */
    public Consignment confirmReceipt(Actor actor, long shipmentId, ReceiptDetails details) {
        var consignment = consignments.lockOfShipment(shipmentId)
                .filter(c -> CustodyAccess.mayTradeFor(actor, c.getConsignee()))
                .orElseThrow(() -> new NotFoundException("Consignment", shipmentId));
        if (consignment.getShipment().getStatus() != ExportStatus.CERTIFIED) {
            throw new DomainRuleViolation(null, "downstream.receipt.not-certified");
        }
        consignment.confirm(details.receivedOn(), details.receivedKg(), details.note(), LocalDate.now(clock),
                actor.username(), clock.instant());
        return consignment;
    }

    /**
     * A confirmed receipt corrected by reversing it (issue 18): the same people who confirm it (the consignee's
     * OPERATOR or EXPORTER users; anyone else: not found), with the reason; the row is locked as for a
     * confirmation. The passport shows the chain open again until the receipt is confirmed anew. Audited (the
     * entity's changes keep the reversed day, mass and note).
     */
    public Consignment reverseReceipt(Actor actor, long shipmentId, String reason) {
        var consignment = consignments.lockOfShipment(shipmentId)
                .filter(c -> CustodyAccess.mayTradeFor(actor, c.getConsignee()))
                .orElseThrow(() -> new NotFoundException("Consignment", shipmentId));
        consignment.reverse(reason, actor.username(), clock.instant());
        return consignment;
    }

    /** The receipt that closes a shipment's chain, if confirmed: public facts for the passport. */
    @Transactional(readOnly = true)
    public Optional<ClosedChain> closedChain(long shipmentId) {
        return consignments.ofShipment(shipmentId).filter(Consignment::isReceived).map(c -> {
            var o = c.getConsignee();
            return new ClosedChain(o.getName(), o.getCountry(), o.getType(),
                    o.getSmelterId() == null ? null : o.getSmelterId().value(), o.getSmelterAuditStatus(),
                    o.getSmelterAuditDate(), c.getReceivedOn(), c.getReceivedKg().kilograms());
        });
    }

    /** The shipment's consignment for its exporter, its consignee, and those who read every shipment. */
    @Transactional(readOnly = true)
    public Optional<ConsignmentView> of(Actor actor, long shipmentId) {
        return consignments.ofShipment(shipmentId)
                .filter(c -> ExportAccess.maySee(actor, c.getShipment()) || isConsignee(actor, c))
                .map(c -> view(actor, c));
    }

    /** The shipments named to the actor's organisation, newest first (the consignee's list). */
    @Transactional(readOnly = true)
    public List<ConsignmentView> toMyOrganisation(Actor actor) {
        if (actor.organisationId() == null) {
            return List.of();
        }
        return consignments.toConsignee(actor.organisationId(), 200).stream().map(c -> view(actor, c)).toList();
    }

    /** Whether the actor may name (or rename) the shipment's consignee now. */
    @Transactional(readOnly = true)
    public boolean mayName(Actor actor, long shipmentId) {
        var received = consignments.ofShipment(shipmentId).map(Consignment::isReceived).orElse(false);
        return !received && consignments.shipment(shipmentId)
                .filter(s -> ExportAccess.mayShip(actor, s))
                .filter(s -> s.getStatus() == ExportStatus.SUBMITTED || s.getStatus() == ExportStatus.CERTIFIED)
                .isPresent();
    }

    /** Organisations the exporter may name for the shipment (its destination country's). */
    @Transactional(readOnly = true)
    public List<Organisation> candidates(Actor actor, long shipmentId) {
        var shipment = consignments.shipment(shipmentId).filter(s -> ExportAccess.mayShip(actor, s)).orElse(null);
        if (shipment == null) {
            return List.of();
        }
        return consignments.candidates(shipment.getDestinationCountry()).stream()
                .filter(o -> mayReceive(o, shipment)).toList();
    }

    private static boolean isConsignee(Actor actor, Consignment c) {
        return actor.organisationId() != null && actor.organisationId().equals(c.getConsignee().getId());
    }

    private static ConsignmentView view(Actor actor, Consignment c) {
        var s = c.getShipment();
        var o = c.getConsignee();
        return new ConsignmentView(s.getId(), s.getStatus(), s.getExporter().getName(), s.getMineral().name(),
                s.getDeclaredMassKg(), s.getShipmentDate(),
                o.getId(), o.getName(), o.getCountry(), o.getSmelterId() == null ? null : o.getSmelterId().value(),
                c.isReceived(), c.getReceivedOn(), c.getReceivedKg() == null ? null : c.getReceivedKg().kilograms(),
                c.getNote(), !c.isReceived() && s.getStatus() == ExportStatus.CERTIFIED
                        && CustodyAccess.mayTradeFor(actor, o),
                c.isReceived() && CustodyAccess.mayTradeFor(actor, o));
    }
}
