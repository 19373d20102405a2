package org.orepass.downstream;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.orepass.export.ExportShipment;
import org.orepass.organisation.Organisation;
import org.orepass.shared.Dates;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.Mass;
import org.orepass.shared.RuleChecks;

/**
 * Where an export shipment went downstream (issue 18): the organisation abroad the exporter names as its consignee
 * (a smelter, a refiner or another buyer registered on the platform), and, once that organisation confirms it, the
 * receipt: the day, the mass it weighed and an optional note. One per shipment; a receipt is confirmed once and
 * never changed, and closes the chain on the lot passport.
 */
@Entity
@Table(name = "downstream_consignment")
public class Consignment {

    static final int NOTE_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "shipment_id", updatable = false)
    private ExportShipment shipment;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "consignee_id")
    private Organisation consignee;

    private String namedBy;
    private Instant namedAt;
    private LocalDate receivedOn;
    private Mass receivedKg;
    private String note;
    private String confirmedBy;
    private Instant confirmedAt;
    /** The last reversal of a confirmed receipt (issue 18: a receipt is corrected by reversing it). */
    private String reversedBy;
    private Instant reversedAt;
    private String reversalReason;

    @Version
    private long version;

    protected Consignment() {
    }

    static Consignment of(ExportShipment shipment, Organisation consignee, String by, Instant at) {
        var consignment = new Consignment();
        consignment.shipment = shipment;
        consignment.name(consignee, by, at);
        return consignment;
    }

    /** Names (or renames, until the receipt) the consignee. */
    void name(Organisation consignee, String by, Instant at) {
        requireNotReceived();
        this.consignee = consignee;
        this.namedBy = by;
        this.namedAt = at;
    }

    /**
     * The consignee confirms receipt: the day (not before the shipment was submitted, not in the future), the mass it weighed
     * (more than nothing) and an optional note. Every problem is refused at once; a second confirmation is refused.
     */
    void confirm(LocalDate on, java.math.BigDecimal kg, String typedNote, LocalDate today, String by, Instant at) {
        requireNotReceived();
        var checks = new RuleChecks();
        checks.refuseIf(on == null, "receivedOn", "validation.required");
        // Not before the mass left the exporter's lots (the submission; a shipment date may be a plan).
        var earliest = shipment.getSubmittedAt() != null
                ? LocalDate.ofInstant(shipment.getSubmittedAt(), java.time.ZoneOffset.UTC).minusDays(1)
                : Dates.EARLIEST_EVENT;
        var day = checks.value(() -> Dates.require("receivedOn", on, earliest, today.plusDays(1)));
        checks.refuseIf(kg == null, "receivedKg", "validation.required");
        var mass = checks.value(() -> Mass.typed("receivedKg", kg, true));
        var clean = typedNote == null || typedNote.isBlank() ? null : typedNote.strip();
        checks.refuseIf(clean != null && clean.length() > NOTE_MAX, "note", "smelter.text.too-long", NOTE_MAX);
        checks.throwIfAny();
        this.receivedOn = day;
        this.receivedKg = mass;
        this.note = clean;
        this.confirmedBy = by;
        this.confirmedAt = at;
    }

    /**
     * The consignee reverses its confirmed receipt (a wrong day or mass), with the reason (required, at most
     * {@value #NOTE_MAX} characters), and may then confirm it again. The reversed values stay in the audit trail.
     */
    void reverse(String typedReason, String by, Instant at) {
        if (!isReceived()) {
            throw new DomainRuleViolation(null, "downstream.reversal.notReceived");
        }
        var reason = typedReason == null ? "" : typedReason.strip();
        if (reason.isEmpty()) {
            throw new DomainRuleViolation("reason", "validation.required");
        }
        if (reason.length() > NOTE_MAX) {
            throw new DomainRuleViolation("reason", "smelter.text.too-long", NOTE_MAX);
        }
        this.receivedOn = null;
        this.receivedKg = null;
        this.note = null;
        this.confirmedBy = null;
        this.confirmedAt = null;
        this.reversedBy = by;
        this.reversedAt = at;
        this.reversalReason = reason;
    }

    public String getReversedBy() {
        return reversedBy;
    }

    public Instant getReversedAt() {
        return reversedAt;
    }

    public String getReversalReason() {
        return reversalReason;
    }

    private void requireNotReceived() {
        if (isReceived()) {
            throw new DomainRuleViolation(null, "downstream.receipt.already");
        }
    }

    public boolean isReceived() {
        return confirmedAt != null;
    }

    public Long getId() {
        return id;
    }

    public ExportShipment getShipment() {
        return shipment;
    }

    public Organisation getConsignee() {
        return consignee;
    }

    public String getNamedBy() {
        return namedBy;
    }

    public Instant getNamedAt() {
        return namedAt;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public Mass getReceivedKg() {
        return receivedKg;
    }

    public String getNote() {
        return note;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public long getVersion() {
        return version;
    }
}
