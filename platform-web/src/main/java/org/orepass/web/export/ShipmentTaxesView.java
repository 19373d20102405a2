package org.orepass.web.export;

import java.util.List;
import org.orepass.account.Role;
import org.orepass.export.ExportTaxClearance;
import org.orepass.export.ShipmentTax;
import org.orepass.export.TaxClearance;
import org.orepass.shared.NotFoundException;
import org.orepass.web.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * A shipment's taxes for the fragments the shipment, review and certificate pages include ({@code export/taxes}),
 * so their controllers stay as they are. Government readers (inspectors, administrators, auditors) see every
 * amount; the exporter sees its own export taxes in full and, for the producers' royalties upstream, only
 * whether they are paid (another organisation's tax amounts are not its business).
 */
@Component("shipmentTaxes")
public class ShipmentTaxesView {

    private final ExportTaxClearance clearance;

    ShipmentTaxesView(ExportTaxClearance clearance) {
        this.clearance = clearance;
    }

    public record View(TaxClearance clearance, boolean government) {

        public List<ShipmentTax> taxes() {
            return clearance.taxes();
        }

        /** Whether the reader sees the amounts of this tax. */
        public boolean showsAmount(ShipmentTax tax) {
            return government || tax.source() == ShipmentTax.Source.EXPORT;
        }
    }

    /**
     * The receipts for the certificate, in neither language (codes, references, amounts and ISO dates): "ROYALTY
     * UG-2026-0000012: 150.00 USD, receipt URA-88, 2026-12-07; …"; "–" when none.
     */
    public String receiptsLine(Long shipmentId) {
        var view = of(shipmentId);
        if (view == null) {
            return "–";
        }
        var parts = new java.util.ArrayList<String>();
        for (var tax : view.clearance().taxes()) {
            for (var receipt : tax.receipts()) {
                parts.add(tax.taxType() + " " + tax.reference() + ": " + receipt.amount().toPlainString() + " "
                        + receipt.currency() + ", " + receipt.reference() + ", " + receipt.paidOn());
            }
        }
        return parts.isEmpty() ? "–" : String.join("; ", parts);
    }

    public View of(Long shipmentId) {
        var user = CurrentUser.get().orElse(null);
        if (user == null) {
            return null;
        }
        var actor = user.actor();
        try {
            return new View(clearance.ofShipment(actor, shipmentId),
                    actor.has(Role.INSPECTOR) || actor.has(Role.ADMIN) || actor.has(Role.AUDITOR));
        } catch (NotFoundException unseen) {
            return null;
        }
    }
}
