package org.orepass.risk.internal;

import org.orepass.risk.SupplyChainPolicy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.orepass.site.Mineral;

/** What the yearly due diligence report reads (a port; persistence implements it). */
public interface ReportQueries {

    /** A lot the organisation received (bought) in the year, with its mineral and the kilograms received. */
    record ReceivedLot(long lotId, Mineral mineral, BigDecimal massKg) {
    }

    /** The EU Regulation 2017/821 Annex I yearly volume thresholds on record, in kilograms by CN code. */
    Map<String, BigDecimal> importThresholds();

    List<ReceivedLot> lotsReceived(long organisationId, int year);

    /**
     * The import lots the organisation recorded for material that crossed the border in the year (issue 14), with
     * the kilograms it weighed; suspect imports too (the material is there).
     */
    List<ReceivedLot> lotsImported(long organisationId, int year);

    /** The ISO 3166-1 country the organisation is registered in (where it sits), or null. */
    String organisationCountry(long organisationId);

    Optional<SupplyChainPolicy> policy(long organisationId);

    SupplyChainPolicy savePolicy(SupplyChainPolicy policy);
}
