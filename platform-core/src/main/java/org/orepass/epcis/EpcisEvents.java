package org.orepass.epcis;

import java.util.Collection;
import java.util.List;

/** Custody steps as EPCIS events (a port; persistence answers in plain SQL over the custody and export tables). */
public interface EpcisEvents {

    /** The events the filter selects, in time order (then source, then id), at most {@code filter.limit()}. */
    List<EpcisEvent> find(EventFilter filter);

    /** Every event that made, took from or moved one of these lots, in time order. */
    List<EpcisEvent> ofLots(Collection<Long> lotIds);
}
