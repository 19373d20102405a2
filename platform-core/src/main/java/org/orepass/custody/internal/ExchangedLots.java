package org.orepass.custody.internal;

import org.orepass.custody.ExchangedLot;
import org.orepass.custody.LotSearch;
import java.util.Optional;
import org.orepass.shared.PageQuery;
import org.orepass.shared.ResultPage;

/**
 * The lots of the ICGLR interchange, as flat rows (a port; persistence answers it in plain SQL). Every lot is
 * published, whatever the platform lacks of it (issue 17: omit the field, never the document): what its MD.12
 * document must leave out is {@link ExchangedLot#servedWithout}'s to say, so lists, counts and single lots agree.
 */
public interface ExchangedLots {

    /** A page in registration order; {@code custodianId} null means every custodian's lots. */
    ResultPage<ExchangedLot> page(LotSearch search, Long custodianId, PageQuery page);

    Optional<ExchangedLot> byNumber(String lotNumber);
}
