package org.orepass.custody.internal;

import org.orepass.custody.AnomalyKind;
import org.orepass.custody.CustodyAnomalyRecorded;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes an anomaly and its announcement ({@link CustodyAnomalyRecorded}) in one transaction, so that one never
 * exists without the other: the announcement is an application event recorded by the event publication registry
 * in that transaction and delivered to the other features once it commits (re-sent if a listener fails or the
 * node stops first; docs/architecture.md, "Events between features").
 *
 * <p>Which transaction depends on what the anomaly is about. A refused step (an unknown, reused, voided or foreign
 * tag) names no lot and rolls its own transaction back, and the record that someone tried must survive that: the
 * anomaly and its event get a transaction of their own. An accepted step that is flagged (production beyond
 * capacity, a weight difference, a metal balance) names the lots it writes: the anomaly and its event join the
 * step's transaction, so listeners hear of it once those lots are committed, and not at all if the step itself
 * never happened.
 */
@Service
public class AnomalyRecorder {

    private final CustodyAnomalies anomalies;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate ownTransaction;
    private final TransactionTemplate stepTransaction;

    public AnomalyRecorder(CustodyAnomalies anomalies, Clock clock, ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.anomalies = anomalies;
        this.clock = clock;
        this.events = events;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.stepTransaction = new TransactionTemplate(transactions);
        this.stepTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
    }

    /** An anomaly with no lot to name and the place of its site (or none). */
    public CustodyAnomaly record(AnomalyKind kind, String tagNumber, Long siteId, String who, String details) {
        return record(kind, tagNumber, siteId, null, List.of(), who, details);
    }

    /** {@code country}: where it happened when there is no site; {@code lotIds}: the lots the step concerned. */
    public CustodyAnomaly record(AnomalyKind kind, String tagNumber, Long siteId, String country, List<Long> lotIds,
            String who, String details) {
        var transaction = lotIds.isEmpty() ? ownTransaction : stepTransaction;
        return transaction.execute(status -> {
            var anomaly = anomalies.add(new CustodyAnomaly(kind, tagNumber, siteId, who, clock.instant(), details));
            events.publishEvent(new CustodyAnomalyRecorded(anomaly.getId(), kind, tagNumber, siteId, country, lotIds,
                    anomaly.getRecordedAt(), details));
            return anomaly;
        });
    }
}
