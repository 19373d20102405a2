package org.orepass.downstream.internal;

import java.util.List;
import java.util.Optional;
import org.orepass.downstream.Consignment;
import org.orepass.export.ExportShipment;
import org.orepass.organisation.Organisation;

/** Consignments (a port; persistence implements it). */
public interface Consignments {

    Consignment add(Consignment consignment);

    Optional<Consignment> ofShipment(long shipmentId);

    /** The shipment's consignment, its row locked until the transaction ends: one receipt however many ask at once. */
    Optional<Consignment> lockOfShipment(long shipmentId);

    /** The export shipment itself, locked, so two namings of its first consignee never both insert. */
    Optional<ExportShipment> lockShipment(long shipmentId);

    Optional<ExportShipment> shipment(long shipmentId);

    Optional<Organisation> organisation(long organisationId);

    /** The consignments named to an organisation, newest first. */
    List<Consignment> toConsignee(long consigneeId, int limit);

    /**
     * The exporter's certified shipments of a year (by shipment date, else the day the certificate was issued),
     * oldest first.
     */
    List<ExportShipment> certifiedOf(long exporterId, int year);

    /** The consignments of these shipments, consignees loaded. */
    List<Consignment> ofShipments(java.util.Collection<Long> shipmentIds);

    /** The organisations the exporter's shipments were ever consigned to, by name. */
    List<Organisation> consigneesOf(long exporterId);

    /** Active organisations that may be named consignees of an export to {@code country}, by name. */
    List<Organisation> candidates(String country);
}
