package org.orepass.sms;

import java.time.Instant;
import java.util.List;

/**
 * The durable queue of replies: written in the transaction that handled the message, sent by
 * {@link SmsDelivery} afterwards, retried after a definite failure, never sent twice. The number is kept only
 * until the reply is sent, and never in clear (the implementation seals it).
 */
public interface SmsOutbox {

    /** A reply to send, with its number opened again. */
    record Outgoing(long id, String channel, String recipient, String text, int attempts) {
    }

    void enqueue(String channel, String recipient, String text);

    /**
     * Claims up to {@code max} replies due at {@code now}, oldest first, marking them as being sent; rows another
     * node has claimed are skipped, so two nodes never send the same reply.
     */
    List<Outgoing> claimDue(int max, Instant now);

    /** The aggregator accepted it: the row and its number are deleted. */
    void sent(long id);

    /** The aggregator refused it or could not be reached: tried again at {@code retryAt}. */
    void failed(long id, String error, Instant retryAt);

    /**
     * Replies claimed before {@code before} and neither sent nor failed (their node stopped mid-call): whether the
     * phone got them is unknown, so they are marked unconfirmed and not sent again. Returns how many.
     */
    int abandon(Instant before);
}
