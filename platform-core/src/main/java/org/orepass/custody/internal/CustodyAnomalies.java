package org.orepass.custody.internal;

import java.util.List;

/** Recorded custody anomalies (a port; persistence implements it). */
public interface CustodyAnomalies {

    CustodyAnomaly add(CustodyAnomaly anomaly);

    List<CustodyAnomaly> newest(int limit);

    List<CustodyAnomaly> ofSite(Long siteId);
}
