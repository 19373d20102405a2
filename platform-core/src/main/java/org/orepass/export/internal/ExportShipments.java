package org.orepass.export.internal;

import org.orepass.export.ExportShipment;
import java.util.List;
import java.util.Optional;

/** Export shipments (a port; persistence implements it). */
public interface ExportShipments {

    ExportShipment add(ExportShipment shipment);

    Optional<ExportShipment> findById(Long id);

    /** The shipment that made this export lot, if any. */
    Optional<ExportShipment> ofExportLot(String lotNumber);

    /** The shipments that made these export lots. */
    List<ExportShipment> ofExportLots(java.util.Collection<Long> lotIds);

    /** The organisation's shipments, drafts included, newest first. */
    List<ExportShipment> newestOf(Long exporterId, int limit);

    /** Shipments past the draft stage, newest first: all of them, or those of exporters in one country. */
    List<ExportShipment> newestSubmitted(int limit);

    List<ExportShipment> newestSubmittedIn(String exporterCountry, int limit);
}
