package org.orepass.export;

import java.util.Collection;
import java.util.List;

/**
 * The taxes assessed on exports and production lots (a port: revenue implements it, so export does not depend on
 * revenue, which already listens to export's events).
 */
public interface ShipmentTaxes {

    /** The taxes of these export shipments and production lots, with their receipts, lot by lot. */
    List<ShipmentTax> of(Collection<Long> shipmentIds, Collection<Long> productionLotIds);
}
