package org.orepass.export;

import java.util.Collection;
import java.util.List;

/**
 * What holds lots back from export besides their custody trace (a port): a verified serious incident puts its
 * site under review, and lots from that site wait until an inspector clears it (docs/incidents.md). The incident
 * feature answers it; export does not depend on incidents.
 */
public interface ExportHolds {

    /** The lots among these (or upstream of them) held for export review. */
    List<Long> held(Collection<Long> lotIds);
}
