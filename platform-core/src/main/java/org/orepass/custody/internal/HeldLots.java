package org.orepass.custody.internal;

import org.orepass.custody.Lot;
import java.util.List;
import org.orepass.site.Mineral;

/** The lots an organisation holds that still have mass to take (a port; persistence implements it). */
public interface HeldLots {

    /** Lots of the mineral the organisation holds with some mass left, oldest first; at most {@code limit}. */
    List<Lot> withMassLeft(Long organisationId, Mineral mineral, int limit);
}
