package org.orepass.revenue;

import org.orepass.export.ExportCertified;
import org.orepass.export.ExportQueries;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Assesses the taxes due on each export as its certificate is issued, in the same transaction: a certificate is
 * never issued without its taxes recorded. The exporter pays; the place is the exporter's country and division (an
 * export leaves from there, and its lots may come from many districts), on the certificate's date.
 */
@Component
class ExportTaxes {

    private final ExportQueries exports;
    private final TaxAssessment assessment;

    ExportTaxes(ExportQueries exports, TaxAssessment assessment) {
        this.exports = exports;
        this.assessment = assessment;
    }

    @EventListener
    void on(ExportCertified certified) {
        var shipment = exports.certified(certified.shipmentId());
        assessment.assess(new TaxableEvent(TaxSource.EXPORT, shipment.shipmentId(), shipment.serialNumber(),
                shipment.country(), shipment.division(), null, shipment.mineral(), shipment.massKg(),
                shipment.declaredValue(), shipment.currency(), shipment.issuedOn(), shipment.exporterId()));
    }
}
