package org.orepass.revenue.internal;

import org.orepass.revenue.TaxAssessment;
import org.orepass.revenue.TaxSource;
import org.orepass.revenue.TaxableEvent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.orepass.export.ExportQueries;
import org.orepass.export.ExportSubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Assesses the taxes due on each export as it is submitted, in the same transaction: a shipment never waits for
 * an inspector without its taxes recorded, so the exporter can pay them before the certificate (which waits for
 * them where the country requires it). The exporter pays; the place is the exporter's country and division (an
 * export leaves from there, and its lots may come from many districts), on the day of submission.
 *
 * <p>A lot of a refused shipment shipped again is not taxed twice: the kilograms a shipment takes from such a lot,
 * whose export taxes were assessed at the first submission, are left out of the new base (the declared value in
 * proportion); the first shipment's taxes are cleared with the new one instead.
 */
@Component
class ExportTaxes {

    private final ExportQueries exports;
    private final TaxAssessment assessment;
    private final TaxDues dues;

    ExportTaxes(ExportQueries exports, TaxAssessment assessment, TaxDues dues) {
        this.exports = exports;
        this.assessment = assessment;
        this.dues = dues;
    }

    @EventListener
    void on(ExportSubmitted submitted) {
        var shipment = exports.submitted(submitted.shipmentId());
        var untaxed = BigDecimal.ZERO;
        for (var line : shipment.lines()) {
            var taxedBefore = line.refusedShipmentId() != null
                    && !dues.ofSource(TaxSource.EXPORT, line.refusedShipmentId()).isEmpty();
            if (!taxedBefore) {
                untaxed = untaxed.add(line.massKg());
            }
        }
        if (untaxed.signum() <= 0) {
            return;
        }
        var value = untaxed.compareTo(shipment.massKg()) >= 0 ? shipment.declaredValue()
                : shipment.declaredValue().multiply(untaxed).divide(shipment.massKg(), 2, RoundingMode.HALF_UP);
        assessment.assess(new TaxableEvent(TaxSource.EXPORT, shipment.shipmentId(), shipment.exportLotNumber(),
                shipment.country(), shipment.division(), null, shipment.mineral(), untaxed.min(shipment.massKg()),
                value, shipment.currency(), shipment.submittedOn(), shipment.exporterId()));
    }
}
