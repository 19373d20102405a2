package org.orepass.risk.internal;

import java.util.List;

/**
 * Open verified incidents on the origin sites, the supplier or the route (issue 5 keeps incidents). Until that
 * feature provides a bean, {@link RedFlags} uses {@link #NONE}: no data, no flag.
 */
public interface IncidentSignals {

    IncidentSignals NONE = context -> List.of();

    List<RedFlag> flags(FlagContext context);
}
