package org.orepass.custody;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes anomalies in their own transaction: a refused production rolls its own transaction back, and the record
 * that someone tried to use a foreign or reused tag must survive that rollback. Then it announces the anomaly
 * ({@link CustodyAnomalyRecorded}) in the caller's transaction, so that listeners may wait for the step's outcome.
 */
@Service
public class AnomalyRecorder {

    private final CustodyAnomalies anomalies;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate ownTransaction;

    public AnomalyRecorder(CustodyAnomalies anomalies, Clock clock, ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.anomalies = anomalies;
        this.clock = clock;
        this.events = events;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** An anomaly with no lot to name and the place of its site (or none). */
    public CustodyAnomaly record(AnomalyKind kind, String tagNumber, Long siteId, String who, String details) {
        return record(kind, tagNumber, siteId, null, List.of(), who, details);
    }

    /** {@code country}: where it happened when there is no site; {@code lotIds}: the lots the step concerned. */
    public CustodyAnomaly record(AnomalyKind kind, String tagNumber, Long siteId, String country, List<Long> lotIds,
            String who, String details) {
        // A programmatic REQUIRES_NEW (not @Transactional on this method) so the event below is published in the
        // caller's transaction, not in the anomaly's own.
        var anomaly = ownTransaction.execute(status -> anomalies.add(new CustodyAnomaly(kind, tagNumber, siteId, who,
                clock.instant(), details)));
        events.publishEvent(new CustodyAnomalyRecorded(anomaly.getId(), kind, tagNumber, siteId, country, lotIds,
                anomaly.getRecordedAt(), details));
        return anomaly;
    }
}
