package org.orepass.sms;

import java.time.Instant;

/** Remembers which aggregator messages were handled: aggregators retry, and a retried message is handled once. */
public interface SmsInbox {

    /**
     * True the first time a message id of a channel is seen (and remembers it), false for a retry. Safe when two
     * nodes receive the same retry at once: exactly one of them gets true.
     */
    boolean firstTime(String channel, String messageId, Instant now);
}
