package org.orepass.revenue.internal;

import org.orepass.revenue.TaxAssessment;
import org.orepass.revenue.TaxSource;
import org.orepass.revenue.TaxableEvent;
import org.orepass.custody.LotProduced;
import org.orepass.custody.Lots;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Assesses the taxes due on each production lot as it is recorded, in the same transaction: the lot's site gives
 * the place (country, ISO 3166-2 division, and its locality as the district), the custodian pays.
 */
@Component
class ProductionTaxes {

    private final Lots lots;
    private final TaxAssessment assessment;

    ProductionTaxes(Lots lots, TaxAssessment assessment) {
        this.lots = lots;
        this.assessment = assessment;
    }

    @EventListener
    void on(LotProduced produced) {
        var lot = lots.findById(produced.lotId()).orElseThrow();
        var site = lot.getSite();
        assessment.assess(new TaxableEvent(TaxSource.PRODUCTION_LOT, lot.getId(), lot.getLotNumber(),
                site.getCountry(), site.getDivision(), site.getLocality(), lot.getMineral(), lot.getMassKg(), null,
                null, lot.getProductionDate(), lot.getCustodian().getId()));
    }
}
