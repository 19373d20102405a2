package org.orepass.ledger.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.orepass.ledger.LedgerRecord;
import org.orepass.ledger.SignedHead;

/** The ledger's tables (V83): events noted by the triggers, the chain, the published heads. A port. */
public interface LedgerStore {

    /** An event noted by a trigger and not yet chained, with its content read from the live rows now. */
    record Pending(long id, String source, long sourceId, Instant notedAt, String content) {
    }

    /** A chained record with its content as the live rows give it today (null when the row is gone). */
    record Live(LedgerRecord record, String content) {
    }

    /** Takes the chain's lock for the current transaction (waits while another node chains). */
    void lockChain();

    Optional<LedgerRecord> head();

    /** The oldest noted events, at most {@code limit}, in the order they were noted. */
    List<Pending> pending(int limit);

    void append(List<LedgerRecord> records, List<Long> chainedPendingIds);

    /** Records from {@code fromPosition} on, at most {@code limit}, with their live content. */
    List<Live> live(long fromPosition, int limit);

    /**
     * The records of these lots (their creation, operations, transfers, imports) and of the shipment (its export,
     * its certificate, their revocations), with their live content, in chain order.
     */
    List<Live> liveOf(Collection<Long> lotIds, Long shipmentId);

    Optional<LedgerRecord> at(long position);

    /** The records from {@code from} to {@code to} (positions, both included), in order, without content. */
    List<LedgerRecord> range(long from, long to);

    long pendingCount();

    void publish(SignedHead head);

    List<SignedHead> heads(int limit);

    /** Every public key that signed a head (JWK JSON). */
    List<String> publicKeys();

    void audit(String actor, String entityType, String entityId, String changesJson);
}
