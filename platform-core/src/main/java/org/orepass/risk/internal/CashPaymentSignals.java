package org.orepass.risk.internal;

import java.util.List;

/**
 * For gold, cash payments above a configured threshold (recorded with purchases or exports by other features).
 * Until such a bean exists, {@link RedFlags} uses {@link #NONE}: no data, no flag.
 */
public interface CashPaymentSignals {

    CashPaymentSignals NONE = context -> List.of();

    List<RedFlag> flags(FlagContext context);
}
