package org.orepass.custody;

import org.orepass.custody.internal.AnomalyRecorder;
import org.orepass.custody.internal.LotOperations;
import org.orepass.custody.internal.TransferStatus;
import org.orepass.custody.internal.Transfers;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.orepass.account.Actor;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.Organisations;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.RuleChecks;
import org.orepass.shared.NotFoundException;
import org.orepass.shared.StaleEditException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Purchase and sale between organisations, the two-sided custody transfer. The seller's lot loses the mass when
 * the sale is recorded; on receipt the buyer holds a new PURCHASE lot with the mass it weighed, linked to the
 * seller's lot as its input. Two sales of the same lot racing each other cannot oversell it: the lot's version
 * (optimistic locking) lets only the first through, and the form's version refuses a sale typed on a stale page.
 */
@Service
@Transactional
public class CustodyTransfers {

    private final Lots lots;
    private final Transfers transfers;
    private final LotInputs inputs;
    private final Organisations organisations;
    private final AnomalyRecorder anomalies;
    private final LotOperations operations;
    private final Clock clock;
    private final BigDecimal tolerancePercent;
    private final PurchaseRestrictions restrictions;
    private final TradeBlocks blocks;
    private final SaleContracts contracts;

    public CustodyTransfers(Lots lots, Transfers transfers, LotInputs inputs, Organisations organisations,
            AnomalyRecorder anomalies, LotOperations operations, Clock clock,
            @Value("${orepass.custody.transfer-tolerance-percent:2}") BigDecimal tolerancePercent,
            PurchaseRestrictions restrictions, TradeBlocks blocks, SaleContracts contracts) {
        this.contracts = contracts;
        this.restrictions = restrictions;
        this.blocks = blocks;
        this.lots = lots;
        this.transfers = transfers;
        this.inputs = inputs;
        this.organisations = organisations;
        this.anomalies = anomalies;
        this.operations = operations;
        this.clock = clock;
        this.tolerancePercent = tolerancePercent;
    }

    /**
     * The custodian sells the whole lot or part of it to another organisation.
     *
     * @param lotVersion the lot's version the seller saw, or null not to check it
     */
    public Transfer sell(Actor actor, Long lotId, Long lotVersion, Long buyerId, BigDecimal massKg) {
        return sell(actor, lotId, lotVersion, buyerId, massKg, Payment.NONE);
    }

    /** The same, with how it was paid (checked before anything is recorded). */
    public Transfer sell(Actor actor, Long lotId, Long lotVersion, Long buyerId, BigDecimal massKg,
            Payment payment) {
        return sell(actor, lotId, lotVersion, buyerId, massKg, payment, null);
    }

    /** The same, citing the contract it was made under (the seller's, naming the buyer, in force today). */
    public Transfer sell(Actor actor, Long lotId, Long lotVersion, Long buyerId, BigDecimal massKg,
            Payment payment, Long contractId) {
        var lot = lots.findById(lotId).orElseThrow(() -> new NotFoundException("Lot", lotId));
        if (!CustodyAccess.maySee(actor, lot)) {
            throw new NotFoundException("Lot", lotId);
        }
        if (!CustodyAccess.maySell(actor, lot)) {
            throw new CustodyAccessDenied("sell lot " + lot.getLotNumber());
        }
        if (lotVersion != null && lotVersion != lot.getVersion()) {
            throw new StaleEditException("Lot", lotId);
        }
        // No trade from a red site (docs/custody.md): by the mass, since it is this lot's mass that may not go.
        blocks.requireTradable("massKg", lot.getId());
        var checks = new RuleChecks();
        var buyer = saleChecks(checks, lot, buyerId, massKg, contractId);
        var paid = checks.value(() -> Payment.of(payment.method(), payment.amount(), payment.currency()));
        checks.throwIfAny();
        var transfer = transfers.add(Transfer.sale(lot, buyer, massKg, actor.username(), LocalDate.now(clock),
                clock.instant()).paidWith(paid).underContract(contractId));
        operations.add(CustodyOperation.sale(transfer));
        return transfer;
    }

    /**
     * The checks {@link #sell} makes, without recording anything: a sale form its own checks refused shows these
     * problems too (issue 16). Refused like {@link #sell} for who may not see or sell the lot.
     */
    @Transactional(readOnly = true)
    public void checkSale(Actor actor, Long lotId, Long buyerId, BigDecimal massKg, Payment payment) {
        checkSale(actor, lotId, buyerId, massKg, payment, null);
    }

    /** The same, with the contract the sale cites. */
    @Transactional(readOnly = true)
    public void checkSale(Actor actor, Long lotId, Long buyerId, BigDecimal massKg, Payment payment,
            Long contractId) {
        var lot = lots.findById(lotId).orElseThrow(() -> new NotFoundException("Lot", lotId));
        if (!CustodyAccess.maySee(actor, lot)) {
            throw new NotFoundException("Lot", lotId);
        }
        if (!CustodyAccess.maySell(actor, lot)) {
            throw new CustodyAccessDenied("sell lot " + lot.getLotNumber());
        }
        var checks = new RuleChecks();
        checks.run(() -> blocks.requireTradable("massKg", lot.getId()));
        saleChecks(checks, lot, buyerId, massKg, contractId);
        checks.value(() -> Payment.of(payment.method(), payment.amount(), payment.currency()));
        checks.throwIfAny();
    }

    /** Every problem of the sale form at once (issue 16): buyer and mass; the buyer found, or null. */
    private Organisation saleChecks(RuleChecks checks, Lot lot, Long buyerId, BigDecimal massKg, Long contractId) {
        var buyer = buyerId == null ? null : checks.value(() -> organisations.findById(buyerId)
                .orElseThrow(() -> new DomainRuleViolation("buyerId", "transfer.buyer.unknown")));
        if (!checks.refused("buyerId")) {
            // A buyer abroad is an export, not a sale (docs/borders.md).
            checks.run(() -> Borders.requireDomestic("buyerId", lot.getCustodian(), buyer));
        }
        if (!checks.refused("buyerId")) {
            checks.run(() -> refuseIfBlocked(buyer == null ? null : buyer.getId(), lot.getCustodian().getId(),
                    lot.getId(), "buyerId"));
        }
        checks.run(() -> Transfer.checkSale(lot, buyer, massKg).throwIfAny());
        if (contractId != null) {
            // The contract cited must be the seller's, name this buyer, cover this mineral and be in force today
            // (issue 24).
            checks.run(() -> contracts.requireCitable("contractId", contractId, lot.getCustodian().getId(),
                    buyer == null ? null : buyer.getId(), lot.getMineral(), LocalDate.now(clock)));
        }
        return buyer;
    }

    /** The receipt: the transfer and the buyer's new lot, and whether the weights differed beyond the tolerance. */
    public record Received(Transfer transfer, Lot lot, boolean flagged) {
    }

    /** The buyer confirms the delivery with the mass it weighed. */
    public Received receive(Actor actor, Long transferId, BigDecimal weighedKg) {
        var transfer = buyersTransfer(actor, transferId);
        // A site may have turned red, or come under review, while the lot was on the road: the buyer may still
        // reject the delivery (the mass goes back to the seller), but not take it into a new lot.
        blocks.requireTradable("massKg", transfer.getLot().getId());
        refuseIfBlocked(transfer.getBuyer().getId(), transfer.getSeller().getId(), transfer.getLot().getId(), null);
        // A sale recorded before the border rule (or an organisation that moved) does not cross a border either.
        Borders.requireDomestic("massKg", transfer.getSeller(), transfer.getBuyer());
        // Numbered first: the sequence query flushes, and the transfer must not reach the database received
        // without its lot (a check constraint says so).
        var number = transfer.getBuyer().getCountry() + "-" + LocalDate.now(clock).getYear() + "-"
                + String.format("%07d", lots.nextNumber());
        var flagged = transfer.receive(weighedKg, tolerancePercent, actor.username(), LocalDate.now(clock));
        var sold = transfer.getLot();
        var lot = lots.add(Lot.purchased(number, transfer.getBuyer(), sold, transfer.getMassReceivedKg(),
                actor.username(), clock.instant()));
        inputs.add(new LotInput(lot, sold, transfer.getMassSentKg()));
        transfer.receivedAs(lot);
        operations.add(CustodyOperation.receipt(transfer, clock.instant()));
        if (flagged) {
            anomalies.record(AnomalyKind.WEIGHT_DIFFERENCE, sold.getTag() == null ? null : sold.getTag().getNumber(),
                    sold.getSite() == null ? null : sold.getSite().getId(), transfer.getBuyer().getCountry(),
                    List.of(sold.getId(), lot.getId()), actor.username(),
                    "lot " + sold.getLotNumber() + " sold by " + transfer.getSeller().getName() + ": "
                            + transfer.getMassSentKg().toPlainString() + " kg sent, "
                            + transfer.getMassReceivedKg().toPlainString()
                            + " kg received by " + transfer.getBuyer().getName() + " ("
                            + transfer.differencePercent().toPlainString() + " %, tolerance "
                            + tolerancePercent.toPlainString() + " %)");
        }
        return new Received(transfer, lot, flagged);
    }

    /**
     * The buyer's risk decisions (issue 6, {@link PurchaseRestrictions}): a supplier or an origin site it suspended or
     * disengaged from is not bought from. Checked on the sale (the buyer is named) and again on receipt (a decision
     * may come in between).
     */
    private void refuseIfBlocked(Long buyerId, Long sellerId, long lotId, String field) {
        restrictions.refusal(buyerId, sellerId, lotId).ifPresent(refusal -> {
            throw new DomainRuleViolation(field, refusal.messageKey(), refusal.arguments().toArray());
        });
    }

    /** The buyer refuses the delivery; the mass goes back to the seller's lot. */
    public Transfer reject(Actor actor, Long transferId, String reason) {
        var transfer = buyersTransfer(actor, transferId);
        transfer.reject(reason, actor.username(), LocalDate.now(clock));
        operations.add(CustodyOperation.rejection(transfer, clock.instant()));
        return transfer;
    }

    public BigDecimal tolerancePercent() {
        return tolerancePercent;
    }

    /** What the pages show of a transfer, read inside the transaction. */
    public record TransferRow(Long id, Long lotId, String lotNumber, String mineral, String seller, String buyer,
            BigDecimal massSentKg, LocalDate sentOn, String sentBy, TransferStatus status, BigDecimal massReceivedKg,
            LocalDate receivedOn, BigDecimal differenceKg, BigDecimal differencePercent, boolean flagged,
            String rejectionReason, String handledBy, Long receivedLotId, String receivedLotNumber,
            boolean mayHandle, Payment payment, SaleContracts.ContractPriceCheck contract) {

        static TransferRow of(Transfer t, Actor actor, SaleContracts contracts) {
            var received = t.getReceivedLot();
            return new TransferRow(t.getId(), t.getLot().getId(), t.getLot().getLotNumber(),
                    t.getLot().getMineral().name(), t.getSeller().getName(), t.getBuyer().getName(),
                    t.getMassSentKg(), t.getSentOn(), t.getSentBy(), t.getStatus(), t.getMassReceivedKg(),
                    t.getReceivedOn(), t.getDifferenceKg(), t.differencePercent(), t.isFlagged(),
                    t.getRejectionReason(), t.getHandledBy(), received == null ? null : received.getId(),
                    received == null ? null : received.getLotNumber(),
                    t.getStatus() == TransferStatus.SENT && CustodyAccess.mayTradeFor(actor, t.getBuyer()),
                    new Payment(t.getPaymentMethod(), t.getPaymentAmount(), t.getPaymentCurrency()),
                    contracts.compare(t.getContractId(), t.getSentOn(), t.getMassSentKg(), t.getPaymentAmount(),
                            t.getPaymentCurrency()));
        }
    }

    public record BuyerOption(Long id, String name, String country) {
    }

    /**
     * The sell form of a lot page: shown to the custodian's traders while the lot still holds some mass; the buyers
     * it offers are those of the seller's country ({@link Borders#offeredAsBuyer}).
     */
    public record SaleOptions(boolean maySell, long lotVersion, List<BuyerOption> buyers, String sellerCountry,
            List<SaleContracts.CitableContract> contracts) {
    }

    @Transactional(readOnly = true)
    public SaleOptions saleOptions(Actor actor, Long lotId) {
        var lot = visibleLot(actor, lotId);
        if (!CustodyAccess.maySell(actor, lot) || lot.getRemainingKg().signum() <= 0) {
            return new SaleOptions(false, lot.getVersion(), List.of(), lot.getCustodian().getCountry(), List.of());
        }
        // Only buyers of the seller's country: a buyer abroad is reached by an export shipment (docs/borders.md).
        var buyers = organisations.allActive().stream()
                .filter(o -> Borders.offeredAsBuyer(lot.getCustodian(), o))
                .map(o -> new BuyerOption(o.getId(), o.getName(), o.getCountry())).toList();
        return new SaleOptions(true, lot.getVersion(), buyers, lot.getCustodian().getCountry(),
                contracts.citable(lot.getCustodian().getId(), LocalDate.now(clock)));
    }

    /** Sales out of a lot, for whoever may see the lot. */
    @Transactional(readOnly = true)
    public List<TransferRow> ofLot(Actor actor, Long lotId) {
        visibleLot(actor, lotId);
        return transfers.ofLot(lotId).stream().map(t -> TransferRow.of(t, actor, contracts)).toList();
    }

    public record Incoming(List<TransferRow> incoming, List<TransferRow> outgoing) {
    }

    /** The organisation's deliveries to confirm and its sales; empty for users of no organisation. */
    @Transactional(readOnly = true)
    public Incoming ofOrganisation(Actor actor) {
        if (actor.organisationId() == null) {
            return new Incoming(List.of(), List.of());
        }
        return new Incoming(
                transfers.incomingTo(actor.organisationId(), CustodyQueries.LIST_LIMIT).stream()
                        .map(t -> TransferRow.of(t, actor, contracts)).toList(),
                transfers.outgoingFrom(actor.organisationId(), CustodyQueries.LIST_LIMIT).stream()
                        .map(t -> TransferRow.of(t, actor, contracts)).toList());
    }

    @Transactional(readOnly = true)
    public TransferRow transfer(Actor actor, Long transferId) {
        var transfer = transfers.findById(transferId)
                .orElseThrow(() -> new NotFoundException("Transfer", transferId));
        if (!CustodyAccess.maySee(actor, transfer)) {
            throw new NotFoundException("Transfer", transferId);
        }
        return TransferRow.of(transfer, actor, contracts);
    }

    /** An input lot as the lot page names it: by number only, since its holder may be another organisation. */
    public record InputRow(String lotNumber, BigDecimal massKg) {
    }

    /** The lots this one was made of (for a purchase, the lot bought from), for whoever may see this lot. */
    @Transactional(readOnly = true)
    public List<InputRow> inputsOf(Actor actor, Long lotId) {
        visibleLot(actor, lotId);
        return inputs.of(lotId).stream()
                .map(input -> new InputRow(input.getInputLot().getLotNumber(), input.getMassKg())).toList();
    }

    private Lot visibleLot(Actor actor, Long lotId) {
        var lot = lots.findById(lotId).orElseThrow(() -> new NotFoundException("Lot", lotId));
        if (!CustodyAccess.maySee(actor, lot)) {
            throw new NotFoundException("Lot", lotId);
        }
        return lot;
    }

    /** Only the buyer confirms or rejects; to anyone else outside the sale the transfer does not exist. */
    private Transfer buyersTransfer(Actor actor, Long transferId) {
        var transfer = transfers.findById(transferId)
                .orElseThrow(() -> new NotFoundException("Transfer", transferId));
        if (!CustodyAccess.maySee(actor, transfer)) {
            throw new NotFoundException("Transfer", transferId);
        }
        if (!CustodyAccess.mayTradeFor(actor, transfer.getBuyer())) {
            throw new CustodyAccessDenied("receive transfer " + transferId);
        }
        return transfer;
    }
}
