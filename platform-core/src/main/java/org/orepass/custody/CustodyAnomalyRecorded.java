package org.orepass.custody;

import java.time.Instant;
import java.util.List;

/**
 * An anomaly has been recorded (published by {@link AnomalyRecorder} in the transaction that wrote the anomaly, as
 * a durable application event). Other features react to it without custody knowing them: incidents open an
 * automatic-check incident. {@code lotIds} are the lots the step concerned, written in the same transaction, so
 * they exist when a listener hears of it after commit. Stored as JSON in the event publication registry: keep its
 * fields plain values (renaming one needs a migration of the stored, not yet delivered events).
 */
public record CustodyAnomalyRecorded(Long anomalyId, AnomalyKind kind, String tagNumber, Long siteId,
        String country, List<Long> lotIds, Instant recordedAt, String details) {

    public CustodyAnomalyRecorded {
        lotIds = List.copyOf(lotIds);
    }
}
