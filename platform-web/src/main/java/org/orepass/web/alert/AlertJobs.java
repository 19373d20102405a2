package org.orepass.web.alert;

import org.orepass.alert.AlertScan;
import org.orepass.alert.MailDelivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the queued mails every 10 s when a server is configured or demo mode keeps them, and looks for the alerts
 * that come from a state every 5 minutes ({@code orepass.alerts.scan.enabled}).
 *
 * <p>Several nodes (issue 15). Delivery runs on every node, and may: each mail is claimed by one statement that
 * commits at once ({@code for update skip locked}), so two nodes never take the same mail, and each outcome is
 * written by a statement of its own, so no transaction spans a run. The scan runs on one node at a time and in
 * short chunks ({@link AlertScan}: the job's lock; a node that finds it taken skips its run).
 */
@Component
class AlertJobs {

    private static final Logger LOG = LoggerFactory.getLogger(AlertJobs.class);

    private final MailSettings settings;
    private final MailDelivery delivery;
    private final AlertScan scan;
    private final boolean scanning;

    AlertJobs(MailSettings settings, MailDelivery delivery, AlertScan scan,
            org.springframework.core.env.Environment env) {
        this.settings = settings;
        this.delivery = delivery;
        this.scan = scan;
        this.scanning = env.getProperty("orepass.alerts.scan.enabled", Boolean.class, true);
    }

    @Scheduled(initialDelay = 10_000, fixedDelay = 10_000)
    void deliver() {
        if (!settings.delivers()) {
            return;
        }
        try {
            delivery.deliverDue();
        } catch (RuntimeException e) {
            LOG.warn("Mail delivery failed; next try in 10 s ({})", e.getClass().getSimpleName());
        }
    }

    @Scheduled(initialDelay = 60_000, fixedDelay = 300_000)
    void scan() {
        if (!scanning) {
            return;
        }
        try {
            scan.scan();
        } catch (RuntimeException e) {
            LOG.warn("Alert scan failed; next in 5 minutes ({})", e.getClass().getSimpleName());
        }
    }
}
