package org.orepass.custody;

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
import java.math.BigDecimal;
import org.orepass.shared.Mass;

/** A lot an operation touched, how (input, output, subject) and with how many kilograms. */
@Entity
@Table(name = "custody_operation_lot")
public class OperationLot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "operation_id", updatable = false)
    private CustodyOperation operation;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lot_id", updatable = false)
    private Lot lot;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    private OperationLotRole role;

    @Column(updatable = false)
    private Mass massKg;

    protected OperationLot() {
    }

    OperationLot(CustodyOperation operation, Lot lot, OperationLotRole role, BigDecimal massKg) {
        this.operation = operation;
        this.lot = lot;
        this.role = role;
        this.massKg = Mass.ofNullable(massKg);
    }

    public Long getId() {
        return id;
    }

    public CustodyOperation getOperation() {
        return operation;
    }

    public Lot getLot() {
        return lot;
    }

    public OperationLotRole getRole() {
        return role;
    }

    public BigDecimal getMassKg() {
        return massKg == null ? null : massKg.kilograms();
    }

    public Mass mass() {
        return massKg;
    }
}
