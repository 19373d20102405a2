package org.orepass.custody.internal;

import org.orepass.custody.ExchangedLot;
import org.orepass.custody.LotSearch;
import java.util.Optional;
import org.orepass.shared.PageQuery;
import org.orepass.shared.ResultPage;

/**
 * Lots the ICGLR interchange may publish, as flat rows (a port; persistence answers it in plain SQL). A lot is
 * published when the standard's document can be written for it: a concentration, a creator with complete contact
 * details ({@link org.orepass.site.IcglrExchange#isCompleteBusinessEntity}) and, on a production lot, a tag whose
 * issuer has them too. Others stay in the platform and out of the interchange, as incomplete sites do.
 */
public interface ExchangedLots {

    /** A page in registration order; {@code custodianId} null means every custodian's lots. */
    ResultPage<ExchangedLot> page(LotSearch search, Long custodianId, PageQuery page);

    Optional<ExchangedLot> byNumber(String lotNumber);
}
