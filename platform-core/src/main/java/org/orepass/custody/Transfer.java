package org.orepass.custody;

import org.orepass.custody.internal.TransferStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import org.orepass.organisation.Organisation;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.RuleChecks;
import org.orepass.shared.Mass;

/**
 * A purchase and sale between two organisations (ICGLR originating operation PURCHASE), recorded by both sides:
 * the seller records what it sent, which leaves its lot at once (so it cannot be sold twice while on the road),
 * and the buyer confirms the mass it weighed, or rejects the delivery, which gives the mass back to the seller's
 * lot. The two weights are both kept: a difference is a classic sign of ore being swapped or added on the way.
 */
@Entity
@Table(name = "custody_transfer")
public class Transfer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lot_id", updatable = false)
    private Lot lot;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "seller_id", updatable = false)
    private Organisation seller;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "buyer_id", updatable = false)
    private Organisation buyer;

    @Column(updatable = false)
    private Mass massSentKg;

    @Column(updatable = false)
    private LocalDate sentOn;

    @Column(updatable = false)
    private String sentBy;

    @Column(updatable = false)
    private Instant sentAt;

    @Enumerated(EnumType.STRING)
    private TransferStatus status;

    private Mass massReceivedKg;

    private LocalDate receivedOn;

    /** Received minus sent, in kilograms. */
    private BigDecimal differenceKg;

    /** The difference went beyond the tolerance; recorded as a WEIGHT_DIFFERENCE anomaly too. */
    private boolean flagged;

    private String rejectionReason;

    /** Who confirmed or rejected it, on the buyer's side. */
    private String handledBy;

    /** The buyer's new lot, once received. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "received_lot_id")
    private Lot receivedLot;

    /** How the seller says it was paid (optional; see {@link Payment}). */
    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private PaymentMethod paymentMethod;

    @Column(updatable = false)
    private BigDecimal paymentAmount;

    @Column(updatable = false)
    private String paymentCurrency;

    /** The contract the sale was made under (issue 24; checked by {@link SaleContracts}), or null. */
    @Column(updatable = false)
    private Long contractId;

    @Version
    private long version;

    protected Transfer() {
    }

    /** The seller sends the whole lot or part of it: the mass leaves the lot now. */
    static Transfer sale(Lot lot, Organisation buyer, BigDecimal massKg, String sentBy, LocalDate sentOn,
            Instant sentAt) {
        checkSale(lot, buyer, massKg).throwIfAny();
        massKg = kilograms("massKg", massKg, "transfer.mass.positive");
        lot.take(new Mass(massKg));
        var transfer = new Transfer();
        transfer.lot = lot;
        transfer.seller = lot.getCustodian();
        transfer.buyer = buyer;
        transfer.massSentKg = new Mass(massKg);
        transfer.sentBy = sentBy;
        transfer.sentOn = sentOn;
        transfer.sentAt = sentAt;
        transfer.status = TransferStatus.SENT;
        return transfer;
    }

    /** The sale's own rules (buyer, mass), every problem collected (issue 16), nothing changed. */
    static RuleChecks checkSale(Lot lot, Organisation buyer, BigDecimal massKg) {
        var checks = new RuleChecks();
        checks.refuseIf(buyer == null, "buyerId", "transfer.buyer.required");
        checks.refuseIf(buyer != null && !buyer.isActive(), "buyerId", "transfer.buyer.unknown");
        checks.refuseIf(buyer != null && buyer.getId().equals(lot.getCustodian().getId()), "buyerId",
                "transfer.buyer.self");
        checks.run(() -> kilograms("massKg", massKg, "transfer.mass.positive"));
        return checks;
    }

    /** The payment the seller recorded with the sale. */
    Transfer paidWith(Payment payment) {
        paymentMethod = payment.method();
        paymentAmount = payment.amount();
        paymentCurrency = payment.currency();
        return this;
    }

    /** The contract the seller cites, checked by the caller. */
    Transfer underContract(Long contract) {
        contractId = contract;
        return this;
    }

    public Long getContractId() {
        return contractId;
    }

    /**
     * The buyer weighed the delivery. Any positive mass is accepted (scales differ, ore dries), but a difference
     * beyond the tolerance, as a share of the mass sent, is flagged.
     *
     * @return whether it was flagged
     */
    boolean receive(BigDecimal weighedKg, BigDecimal tolerancePercent, String by, LocalDate on) {
        requireSent();
        weighedKg = kilograms("massKg", weighedKg, "transfer.mass.positive");
        massReceivedKg = new Mass(weighedKg);
        differenceKg = weighedKg.subtract(massSentKg.kilograms());
        flagged = differenceKg.abs().multiply(BigDecimal.valueOf(100))
                .compareTo(tolerancePercent.multiply(massSentKg.kilograms())) > 0;
        receivedOn = on;
        handledBy = by;
        status = TransferStatus.RECEIVED;
        return flagged;
    }

    /**
     * A mass as typed, in kilograms to the gram (three decimals in the database): refused on {@code field} with
     * {@code positiveKey} when missing, zero or less, and by {@link Mass#typed} when finer than a gram or beyond
     * any lot (checked before any rounding or arithmetic, so a typed 1e999999999 costs nothing).
     */
    static BigDecimal kilograms(String field, BigDecimal typed, String positiveKey) {
        if (typed == null || typed.signum() <= 0) {
            throw new DomainRuleViolation(field, positiveKey);
        }
        return Mass.typed(field, typed, true).kilograms();
    }

    void receivedAs(Lot newLot) {
        receivedLot = newLot;
    }

    /** The buyer refuses the delivery, saying why; the seller's lot gets the mass back. */
    void reject(String reason, String by, LocalDate on) {
        requireSent();
        if (reason == null || reason.isBlank()) {
            throw new DomainRuleViolation("reason", "transfer.reason.required");
        }
        lot.giveBack(massSentKg);
        rejectionReason = reason.strip();
        receivedOn = on;
        handledBy = by;
        status = TransferStatus.REJECTED;
    }

    private void requireSent() {
        if (status != TransferStatus.SENT) {
            throw new DomainRuleViolation(null, "transfer.not-pending");
        }
    }

    /** The difference as a percentage of the mass sent, one decimal. */
    public BigDecimal differencePercent() {
        return differenceKg == null ? null
                : differenceKg.multiply(BigDecimal.valueOf(100)).divide(massSentKg.kilograms(), 1, RoundingMode.HALF_UP);
    }

    public Long getId() {
        return id;
    }

    public Lot getLot() {
        return lot;
    }

    public Organisation getSeller() {
        return seller;
    }

    public Organisation getBuyer() {
        return buyer;
    }

    public BigDecimal getMassSentKg() {
        return massSentKg.kilograms();
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public String getSentBy() {
        return sentBy;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public TransferStatus getStatus() {
        return status;
    }

    public BigDecimal getMassReceivedKg() {
        return massReceivedKg == null ? null : massReceivedKg.kilograms();
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public BigDecimal getDifferenceKg() {
        return differenceKg;
    }

    public boolean isFlagged() {
        return flagged;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public String getHandledBy() {
        return handledBy;
    }

    public Lot getReceivedLot() {
        return receivedLot;
    }

    public PaymentMethod getPaymentMethod() {
        return paymentMethod;
    }

    public BigDecimal getPaymentAmount() {
        return paymentAmount;
    }

    public String getPaymentCurrency() {
        return paymentCurrency;
    }

    public long getVersion() {
        return version;
    }
}
