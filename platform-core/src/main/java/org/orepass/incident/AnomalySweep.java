package org.orepass.incident;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Opens the automatic incidents that the event did not: anomalies recorded before incidents listened (V21),
 * or whose event was lost because the application stopped between the custody step and the listener. Runs at
 * start-up, in batches, one transaction per anomaly; another node doing the same at the same moment is refused
 * by the unique anomaly column and skipped.
 */
@Component
public class AnomalySweep {

    private static final Logger LOG = LoggerFactory.getLogger(AnomalySweep.class);
    private static final int BATCH = 500;

    private final UnreportedAnomalies unreported;
    private final AutomaticIncidents automaticIncidents;

    public AnomalySweep(UnreportedAnomalies unreported, AutomaticIncidents automaticIncidents) {
        this.unreported = unreported;
        this.automaticIncidents = automaticIncidents;
    }

    @EventListener(ContextRefreshedEvent.class)
    public void atStartUp() {
        var opened = sweep();
        if (opened > 0) {
            LOG.info("Opened {} automatic incidents for custody anomalies that had none", opened);
        }
    }

    /** How many incidents it opened. */
    public int sweep() {
        int opened = 0;
        long after = 0;
        while (true) {
            var batch = unreported.after(after, BATCH);
            for (var anomaly : batch) {
                after = anomaly.anomalyId();
                try {
                    // Through the proxy: a transaction of its own for each anomaly.
                    if (automaticIncidents.openInItsOwnTransaction(anomaly)) {
                        opened++;
                    }
                } catch (DataIntegrityViolationException raced) {
                    LOG.debug("Anomaly {} got its incident elsewhere", anomaly.anomalyId());
                }
            }
            if (batch.size() < BATCH) {
                return opened;
            }
        }
    }
}
