package org.orepass.custody;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.orepass.shared.Mass;

/**
 * A lot made from (part of) another: how much of the input lot went into it. A purchase has one input, the lot
 * sold; combination and processing will have several. Genealogy walks these links back to the mine sites.
 */
@Entity
@Table(name = "lot_input")
public class LotInput {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lot_id", updatable = false)
    private Lot lot;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "input_lot_id", updatable = false)
    private Lot inputLot;

    private Mass massKg;

    protected LotInput() {
    }

    public LotInput(Lot lot, Lot inputLot, BigDecimal massKg) {
        this.lot = lot;
        this.inputLot = inputLot;
        this.massKg = Mass.ofNullable(massKg);
    }

    public Long getId() {
        return id;
    }

    public Lot getLot() {
        return lot;
    }

    public Lot getInputLot() {
        return inputLot;
    }

    public BigDecimal getMassKg() {
        return massKg == null ? null : massKg.kilograms();
    }

    public Mass mass() {
        return massKg;
    }
}
