package org.orepass.sms;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sends the queued replies: claims what is due, hands each to its channel's {@link SmsSender}, deletes what was
 * accepted, and retries definite failures with a growing pause (1, 2, 4 ... minutes, then hourly, up to
 * {@value #MAX_ATTEMPTS} tries). Run every few seconds on every node; the claim keeps two nodes off the same reply. Logs carry the reply's
 * id and channel, never its number or text.
 */
@Service
public class SmsDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(SmsDelivery.class);
    static final int BATCH = 50;
    static final int MAX_ATTEMPTS = 30;
    /** A claim older than this belongs to a node that stopped mid-call. */
    static final Duration ABANDONED = Duration.ofMinutes(5);

    private final SmsOutbox outbox;
    private final Map<String, SmsSender> senders;
    private final Clock clock;

    public SmsDelivery(SmsOutbox outbox, List<SmsSender> senders, Clock clock) {
        this.outbox = outbox;
        this.senders = senders.stream().collect(Collectors.toMap(SmsSender::channel, Function.identity()));
        this.clock = clock;
    }

    /** Sends what is due now; returns how many replies were accepted. */
    public int deliverDue() {
        int abandoned = outbox.abandon(clock.instant().minus(ABANDONED));
        if (abandoned > 0) {
            LOG.warn("SMS outbox: {} replies left unconfirmed by a stopped node; not sent again", abandoned);
        }
        int accepted = 0;
        for (var reply : outbox.claimDue(BATCH, clock.instant())) {
            var sender = senders.get(reply.channel());
            if (sender == null) {
                outbox.failed(reply.id(), "no sender for channel " + reply.channel(), retryAt(reply.attempts()));
                continue;
            }
            try {
                sender.send(reply.recipient(), reply.text());
                outbox.sent(reply.id());
                accepted++;
            } catch (SmsSender.Refused refused) {
                LOG.info("SMS reply {} on {} refused (attempt {}): {}", reply.id(), reply.channel(),
                        reply.attempts() + 1, refused.getMessage());
                outbox.failed(reply.id(), refused.getMessage(), retryAt(reply.attempts()));
            } catch (RuntimeException unknown) {
                // Perhaps sent, perhaps not: left claimed, it becomes unconfirmed and is never sent twice.
                LOG.warn("SMS reply {} on {}: outcome unknown ({})", reply.id(), reply.channel(),
                        unknown.getClass().getSimpleName());
            }
        }
        return accepted;
    }

    private Instant retryAt(int attempts) {
        if (attempts + 1 >= MAX_ATTEMPTS) {
            // Given up: kept (with its error) for an administrator to see, never due again.
            return clock.instant().plus(Duration.ofDays(36_500));
        }
        long minutes = Math.min(60, 1L << Math.min(attempts, 6));
        return clock.instant().plus(Duration.ofMinutes(minutes));
    }
}
