package org.orepass.risk.internal;

import java.util.List;

/**
 * Taxes due but unpaid on lots of the chain (the revenue feature computes them). Until that feature provides a
 * bean, {@link RedFlags} uses {@link #NONE}: no data, no flag.
 */
public interface TaxSignals {

    TaxSignals NONE = context -> List.of();

    List<RedFlag> flags(FlagContext context);
}
