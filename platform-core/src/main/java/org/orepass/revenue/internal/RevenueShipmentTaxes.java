package org.orepass.revenue.internal;

import org.orepass.revenue.TaxDue;
import org.orepass.revenue.TaxPayment;
import org.orepass.revenue.TaxSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.orepass.export.ShipmentTax;
import org.orepass.export.ShipmentTaxes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Revenue's answer to export's question: which taxes stand between a shipment and its certificate. */
@Component
@Transactional(readOnly = true)
class RevenueShipmentTaxes implements ShipmentTaxes {

    private final TaxDues dues;
    private final TaxPayments payments;

    RevenueShipmentTaxes(TaxDues dues, TaxPayments payments) {
        this.dues = dues;
        this.payments = payments;
    }

    @Override
    public List<ShipmentTax> of(Collection<Long> shipmentIds, Collection<Long> productionLotIds) {
        var found = new ArrayList<TaxDue>();
        if (!shipmentIds.isEmpty()) {
            found.addAll(dues.ofSources(TaxSource.EXPORT, shipmentIds));
        }
        if (!productionLotIds.isEmpty()) {
            found.addAll(dues.ofSources(TaxSource.PRODUCTION_LOT, productionLotIds));
        }
        if (found.isEmpty()) {
            return List.of();
        }
        var receipts = payments.ofTaxes(found.stream().map(TaxDue::getId).toList()).stream()
                .collect(Collectors.groupingBy(TaxPayment::getTaxDueId));
        return found.stream().map(due -> new ShipmentTax(due.getId(),
                ShipmentTax.Source.valueOf(due.getSourceKind().name()), due.getSourceId(), due.getReference(),
                due.getTaxType().name(), due.getAmount(), due.getPaidAmount(), due.getCurrency(),
                due.getTaxAuthority(), receipts.getOrDefault(due.getId(), List.of()).stream()
                        .map(p -> new ShipmentTax.Receipt(p.getReceiptReference(), p.getAmount(), p.getCurrency(),
                                p.getPaidOn())).toList())).toList();
    }
}
