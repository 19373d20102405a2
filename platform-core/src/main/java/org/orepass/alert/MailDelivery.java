package org.orepass.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.orepass.alert.internal.MailOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sends the queued mails (the pattern of {@code sms.SmsDelivery}): claims what is due, hands each to the
 * {@link MailSender}, marks what was accepted as sent, and retries definite failures with a growing pause (1, 2, 4
 * ... minutes, then hourly, up to {@value #MAX_ATTEMPTS} tries). A mail whose outcome is unknown (the call failed
 * half-way, or the node stopped mid-call) is left unconfirmed and never sent again: never twice. Logs carry the
 * mail's id, never its address or text.
 */
@Service
public class MailDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(MailDelivery.class);
    static final int BATCH = 50;
    static final int MAX_ATTEMPTS = 30;
    static final Duration ABANDONED = Duration.ofMinutes(5);

    private final MailOutbox outbox;
    private final MailSender sender;
    private final Clock clock;

    public MailDelivery(MailOutbox outbox, MailSender sender, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.clock = clock;
    }

    /** Sends what is due now; returns how many mails the server accepted. */
    public int deliverDue() {
        int abandoned = outbox.abandon(clock.instant().minus(ABANDONED));
        if (abandoned > 0) {
            LOG.warn("Mail outbox: {} mails left unconfirmed by a stopped node; not sent again", abandoned);
        }
        int accepted = 0;
        for (var mail : outbox.claimDue(BATCH, clock.instant())) {
            try {
                sender.send(mail.recipient(), mail.subject(), mail.body());
                outbox.sent(mail.id(), sender.channel(), clock.instant());
                accepted++;
            } catch (MailSender.Refused refused) {
                LOG.info("Mail {} refused (attempt {}): {}", mail.id(), mail.attempts() + 1, refused.getMessage());
                outbox.failed(mail.id(), refused.getMessage(), retryAt(mail.attempts()));
            } catch (RuntimeException unknown) {
                LOG.warn("Mail {}: outcome unknown ({})", mail.id(), unknown.getClass().getSimpleName());
            }
        }
        return accepted;
    }

    private Instant retryAt(int attempts) {
        if (attempts + 1 >= MAX_ATTEMPTS) {
            return clock.instant().plus(Duration.ofDays(36_500));
        }
        long minutes = Math.min(60, 1L << Math.min(attempts, 6));
        return clock.instant().plus(Duration.ofMinutes(minutes));
    }
}
