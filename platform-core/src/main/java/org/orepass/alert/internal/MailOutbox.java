package org.orepass.alert.internal;

import java.time.Instant;
import java.util.List;
import org.orepass.alert.AlertKind;

/**
 * The durable queue of mails (a port; persistence writes it in plain SQL): written in the transaction of the
 * event, claimed with {@code for update skip locked}, never sent twice.
 */
public interface MailOutbox {

    record Mail(Long userId, String recipient, AlertKind kind, String eventKey, String language, String subject,
            String body, Instant createdAt) {
    }

    record Outgoing(long id, String recipient, String subject, String body, int attempts) {
    }

    /** A row of the administrators' outbox page. */
    record Row(long id, String recipient, String kind, String language, String subject, String body, String state,
            int attempts, Instant createdAt, Instant sentAt, String channel, String lastError) {
    }

    /** Queues the mail unless one for the same recipient and event is already there; true when queued. */
    boolean enqueue(Mail mail);

    List<Outgoing> claimDue(int max, Instant now);

    void sent(long id, String channel, Instant at);

    void failed(long id, String error, Instant retryAt);

    int abandon(Instant before);

    List<Row> newest(int limit);
}
