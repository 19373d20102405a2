package org.orepass.custody;

import java.time.Instant;
import java.util.List;

/**
 * An anomaly has been recorded (published by {@link AnomalyRecorder} in the caller's transaction, after the
 * anomaly's own transaction committed). Other features react to it without custody knowing them: incidents open
 * an automatic-check incident. {@code lotIds} are the lots the step concerned; those of a refused step never
 * come to exist, so a listener that waits for the caller's transaction to end finds only the real ones.
 */
public record CustodyAnomalyRecorded(Long anomalyId, AnomalyKind kind, String tagNumber, Long siteId,
        String country, List<Long> lotIds, Instant recordedAt, String details) {

    public CustodyAnomalyRecorded {
        lotIds = List.copyOf(lotIds);
    }
}
