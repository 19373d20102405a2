package org.orepass.web.sms;

import org.orepass.sms.SmsDelivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the queued replies every 5 s (after the last run ends), when an aggregator or the simulator is configured
 * and {@code orepass.sms.delivery.enabled} is not false.
 *
 * <p>Several nodes (issue 15): every node runs it, and may, without a job lock. The outbox's claim ({@code for
 * update skip locked}, one statement that commits at once) keeps two nodes off the same reply, at most 50 a run,
 * and each reply's outcome is a statement of its own: no transaction spans a run, and a node that stops mid-run
 * leaves only its claimed replies, which become unconfirmed (never sent twice). Running it on one node only would
 * just slow the replies down.
 */
@Component
class SmsDeliveryJob {

    private static final Logger LOG = LoggerFactory.getLogger(SmsDeliveryJob.class);

    private final SmsSettings settings;
    private final SmsDelivery delivery;

    SmsDeliveryJob(SmsSettings settings, SmsDelivery delivery) {
        this.settings = settings;
        this.delivery = delivery;
    }

    @Scheduled(initialDelay = 5_000, fixedDelay = 5_000)
    void deliver() {
        if (!settings.delivers()) {
            return;
        }
        try {
            delivery.deliverDue();
        } catch (RuntimeException e) {
            LOG.warn("SMS delivery failed; next try in 5 s ({})", e.getClass().getSimpleName());
        }
    }
}
