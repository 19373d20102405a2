package org.orepass.custody;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes anomalies in their own transaction: a refused production rolls its own transaction back, and the record
 * that someone tried to use a foreign or reused tag must survive that rollback.
 */
@Service
public class AnomalyRecorder {

    private final CustodyAnomalies anomalies;
    private final Clock clock;

    public AnomalyRecorder(CustodyAnomalies anomalies, Clock clock) {
        this.anomalies = anomalies;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public CustodyAnomaly record(AnomalyKind kind, String tagNumber, Long siteId, String who, String details) {
        return anomalies.add(new CustodyAnomaly(kind, tagNumber, siteId, who, clock.instant(), details));
    }
}
