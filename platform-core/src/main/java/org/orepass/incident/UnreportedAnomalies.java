package org.orepass.incident;

import java.util.List;
import org.orepass.custody.CustodyAnomalyRecorded;

/** Custody anomalies that no automatic incident was opened for (a port; persistence reads custody's table). */
public interface UnreportedAnomalies {

    /**
     * Up to {@code limit} of them with an id above {@code afterId}, oldest first, as custody would have announced
     * them (the lots the step named are not recorded with an anomaly, so none come with them).
     */
    List<CustodyAnomalyRecorded> after(long afterId, int limit);
}
