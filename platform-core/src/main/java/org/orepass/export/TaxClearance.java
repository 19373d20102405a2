package org.orepass.export;

import java.util.List;

/**
 * Where a shipment stands with the government's taxes: the export taxes and the royalties of every production lot
 * upstream, paid or not, and the production lots that were never assessed (produced before any schedule covered
 * their date: no retroactive tax, so they are shown, not counted). {@code required} says whether the exporter's
 * country makes payment a condition of the certificate.
 */
public record TaxClearance(boolean required, List<ShipmentTax> taxes, List<NeverAssessed> neverAssessed) {

    /** A production lot of the trace that has no tax due at all. */
    public record NeverAssessed(long lotId, String lotNumber) {
    }

    public TaxClearance {
        taxes = List.copyOf(taxes);
        neverAssessed = List.copyOf(neverAssessed);
    }

    public List<ShipmentTax> unpaid() {
        return taxes.stream().filter(tax -> !tax.paid()).toList();
    }

    /** The receipts of every tax, for the certificate. */
    public List<ShipmentTax> withReceipts() {
        return taxes.stream().filter(tax -> !tax.receipts().isEmpty()).toList();
    }

    /** Whether what is unpaid stops the certificate. */
    public boolean blocks() {
        return required && !unpaid().isEmpty();
    }
}
