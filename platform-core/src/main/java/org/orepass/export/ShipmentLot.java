package org.orepass.export;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.orepass.custody.Lot;
import org.orepass.shared.Mass;

/** How many kilograms of one of the exporter's lots a shipment takes (all of the lot's remaining mass, or part). */
@Entity
@Table(name = "export_shipment_lot")
public class ShipmentLot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "shipment_id", updatable = false)
    private ExportShipment shipment;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lot_id", updatable = false)
    private Lot lot;

    private Mass massKg;

    protected ShipmentLot() {
    }

    ShipmentLot(ExportShipment shipment, Lot lot, BigDecimal massKg) {
        this.shipment = shipment;
        this.lot = lot;
        this.massKg = Mass.ofNullable(massKg);
    }

    void changeMass(BigDecimal kg) {
        this.massKg = Mass.ofNullable(kg);
    }

    public Long getId() {
        return id;
    }

    public ExportShipment getShipment() {
        return shipment;
    }

    public Lot getLot() {
        return lot;
    }

    public BigDecimal getMassKg() {
        return massKg == null ? null : massKg.kilograms();
    }

    public Mass mass() {
        return massKg;
    }
}
