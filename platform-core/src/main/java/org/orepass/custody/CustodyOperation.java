package org.orepass.custody;

import org.orepass.custody.internal.OperationKind;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.orepass.organisation.Organisation;
import org.orepass.shared.Mass;

/**
 * One custody operation as the lots' history lists it: what was done (production, sale, receipt, rejection,
 * combination, split, processing, transport, storage), by which organisation, when, and the lots it touched.
 * Written once and never changed: a correction is a new operation. The genealogy itself (which lot was made of
 * which, with how much) stays in {@code lot_input}; this is the record of what happened, for the lot page and the
 * organisations' logbooks.
 */
@Entity
@Table(name = "custody_operation")
public class CustodyOperation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private OperationKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id", updatable = false)
    private Organisation organisation;

    /** The other party of a sale, receipt or rejection. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "counterpart_id", updatable = false)
    private Organisation counterpart;

    @Column(updatable = false)
    private LocalDate operationDate;

    /** Arrival of a transport, end of a storage. */
    @Column(updatable = false)
    private LocalDate endDate;

    @Column(updatable = false)
    private Mass lossKg;

    @Column(updatable = false)
    private String placeFrom;

    @Column(updatable = false)
    private String placeTo;

    /** An ISO 3166-2 division a transport went through (optional): transit through a CAHRA is a red flag. */
    @Column(updatable = false)
    private String viaDivision;

    @Column(updatable = false)
    private String carrier;

    @Column(updatable = false)
    private String reference;

    @Column(updatable = false)
    private String notes;

    @Column(updatable = false)
    private String recordedBy;

    @Column(updatable = false)
    private Instant recordedAt;

    @OneToMany(mappedBy = "operation", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<OperationLot> lots = new ArrayList<>();

    protected CustodyOperation() {
    }

    CustodyOperation(OperationKind kind, Organisation organisation, LocalDate operationDate, String recordedBy,
            Instant recordedAt) {
        this.kind = kind;
        this.organisation = organisation;
        this.operationDate = operationDate;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    static CustodyOperation production(Lot lot) {
        return new CustodyOperation(OperationKind.PRODUCTION, lot.getCustodian(), lot.getProductionDate(),
                lot.getRegisteredBy(), lot.getRegisteredAt())
                .touching(lot, OperationLotRole.OUTPUT, lot.getMassKg());
    }

    static CustodyOperation sale(Transfer transfer) {
        var operation = new CustodyOperation(OperationKind.SALE, transfer.getSeller(), transfer.getSentOn(),
                transfer.getSentBy(), transfer.getSentAt());
        operation.counterpart = transfer.getBuyer();
        return operation.touching(transfer.getLot(), OperationLotRole.INPUT, transfer.getMassSentKg());
    }

    static CustodyOperation receipt(Transfer transfer, Instant at) {
        var operation = new CustodyOperation(OperationKind.RECEIPT, transfer.getBuyer(), transfer.getReceivedOn(),
                transfer.getHandledBy(), at);
        operation.counterpart = transfer.getSeller();
        return operation.touching(transfer.getLot(), OperationLotRole.SUBJECT, transfer.getMassSentKg())
                .touching(transfer.getReceivedLot(), OperationLotRole.OUTPUT, transfer.getMassReceivedKg());
    }

    static CustodyOperation rejection(Transfer transfer, Instant at) {
        var operation = new CustodyOperation(OperationKind.REJECTION, transfer.getBuyer(), transfer.getReceivedOn(),
                transfer.getHandledBy(), at);
        operation.counterpart = transfer.getSeller();
        operation.notes = transfer.getRejectionReason();
        return operation.touching(transfer.getLot(), OperationLotRole.SUBJECT, transfer.getMassSentKg());
    }

    CustodyOperation touching(Lot lot, OperationLotRole role, BigDecimal massKg) {
        lots.add(new OperationLot(this, lot, role, massKg));
        return this;
    }

    CustodyOperation withLoss(BigDecimal lossKg) {
        this.lossKg = Mass.ofNullable(lossKg);
        return this;
    }

    CustodyOperation withPlaces(String from, String to, String carrier, String reference, LocalDate endDate) {
        this.placeFrom = from;
        this.placeTo = to;
        this.carrier = carrier;
        this.reference = reference;
        this.endDate = endDate;
        return this;
    }

    CustodyOperation via(String division) {
        this.viaDivision = division;
        return this;
    }

    CustodyOperation withNotes(String notes) {
        this.notes = notes;
        return this;
    }

    /** The kilograms of the lots the operation touched in that role. */
    public BigDecimal massKg(OperationLotRole role) {
        return lots.stream().filter(l -> l.getRole() == role).map(OperationLot::getMassKg)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Long getId() {
        return id;
    }

    public OperationKind getKind() {
        return kind;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Organisation getCounterpart() {
        return counterpart;
    }

    public LocalDate getOperationDate() {
        return operationDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public BigDecimal getLossKg() {
        return lossKg == null ? null : lossKg.kilograms();
    }

    public String getPlaceFrom() {
        return placeFrom;
    }

    public String getPlaceTo() {
        return placeTo;
    }

    public String getViaDivision() {
        return viaDivision;
    }

    public String getCarrier() {
        return carrier;
    }

    public String getReference() {
        return reference;
    }

    public String getNotes() {
        return notes;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public List<OperationLot> getLots() {
        return List.copyOf(lots);
    }
}
