package org.orepass.risk;

import java.util.List;
import java.util.Optional;
import org.orepass.site.Mineral;

/** What the yearly due diligence report reads (a port; persistence implements it). */
public interface ReportQueries {

    /** A lot the organisation received (bought) in the year, with its mineral. */
    record ReceivedLot(long lotId, Mineral mineral) {
    }

    List<ReceivedLot> lotsReceived(long organisationId, int year);

    Optional<SupplyChainPolicy> policy(long organisationId);

    SupplyChainPolicy savePolicy(SupplyChainPolicy policy);
}
