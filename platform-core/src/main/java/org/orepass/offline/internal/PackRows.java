package org.orepass.offline.internal;

import java.util.List;
import java.util.Set;
import org.orepass.offline.OfflinePack;

/** The pack's rows (a port; persistence reads them in plain SQL). */
public interface PackRows {

    /** Active sites of the country, in the divisions (all of it when empty), at most {@code limit}. */
    List<OfflinePack.PackSite> sites(String country, Set<String> divisions, int limit);

    List<OfflinePack.PackCategory> categories();
}
