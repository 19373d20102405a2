package org.orepass.ledger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.ledger.internal.LedgerStore;
import org.orepass.shared.JobLocks;
import org.orepass.shared.NotFoundException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The custody ledger (issue 18, tamper evidence, docs/provenance.md). Triggers note every custody event as it is
 * recorded; {@link #chain()} appends the noted events to the hash chain in the order they were noted, in batches of
 * {@value #BATCH}, each its own transaction under the chain's lock (so two nodes or two threads never fork the
 * chain, and an event committed late simply enters at the next run: the head is extended, never recomputed).
 * {@link #verify} recomputes every record from the live rows; {@link #publish} signs the head.
 */
@Service
public class Ledger {

    static final int BATCH = 2_000;
    static final String PUBLISH_JOB = "ledger-publish";

    private final LedgerStore store;
    private final LedgerKeys keys;
    private final JobLocks locks;
    private final Clock clock;
    private final TransactionTemplate transaction;

    public Ledger(LedgerStore store, LedgerKeys keys, JobLocks locks, Clock clock,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.keys = keys;
        this.locks = locks;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Chains every event noted so far; the number chained. Run every few seconds and before a check or a head. */
    @Scheduled(fixedDelayString = "${orepass.ledger.chain-delay:PT10S}", initialDelayString = "PT30S")
    public int chain() {
        int total = 0;
        while (true) {
            Integer chained = transaction.execute(status -> chainBatch());
            if (chained == null || chained == 0) {
                return total;
            }
            total += chained;
        }
    }

    private int chainBatch() {
        store.lockChain();
        var pending = store.pending(BATCH);
        if (pending.isEmpty()) {
            return 0;
        }
        var head = store.head();
        long position = head.map(LedgerRecord::position).orElse(0L);
        var prev = head.map(LedgerRecord::recordHash).orElse(LedgerHashes.GENESIS);
        var records = new ArrayList<LedgerRecord>(pending.size());
        var ids = new ArrayList<Long>(pending.size());
        for (var event : pending) {
            position++;
            var content = LedgerHashes.content(event.content());
            var hash = LedgerHashes.record(position, event.source(), event.sourceId(), content, prev);
            records.add(new LedgerRecord(position, event.source(), event.sourceId(), event.notedAt(), content, prev,
                    hash));
            ids.add(event.id());
            prev = hash;
        }
        store.append(records, ids);
        return records.size();
    }

    /** Where a record no longer matches: its content (a row changed or gone), its link, or its own hash. */
    public enum Break {
        CONTENT, LINK, HASH, HEAD
    }

    /** The verifier's answer: how many records were checked and the first that no longer matches, if any. */
    public record Verification(long checked, LedgerRecord firstBroken, Break why, Instant at) {

        public boolean intact() {
            return firstBroken == null;
        }
    }

    /**
     * Recomputes the whole chain from the live custody rows: each record's content hash, its link to the previous
     * record and its own hash, and the latest published head against the record at its position. For
     * administrators; audited.
     */
    public Verification verify(Actor actor, long fromPosition) {
        requireAdmin(actor);
        chain();
        var result = verifyFrom(fromPosition);
        transaction.executeWithoutResult(status -> store.audit(actor.username(), "LedgerVerification",
                String.valueOf(result.checked()), "{\"from\":" + Math.max(1, fromPosition) + ",\"checked\":"
                        + result.checked() + ",\"intact\":" + result.intact()
                        + (result.intact() ? "" : ",\"firstBroken\":" + result.firstBroken().position()
                                + ",\"why\":\"" + result.why() + "\"") + "}"));
        return result;
    }

    /**
     * The same check without an actor, for the command line ({@code --orepass.ledger.verify}), from a position on
     * (1: the whole chain; a later position checks the records since then, linked to the record before it).
     */
    public Verification verifyFrom(long fromPosition) {
        long checked = 0;
        long from = Math.max(1, fromPosition);
        String prev = from == 1 ? LedgerHashes.GENESIS
                : transaction.execute(status -> store.at(from - 1)).map(LedgerRecord::recordHash)
                        .orElse(LedgerHashes.GENESIS);
        long next = from;
        while (true) {
            long start = next;
            var batch = transaction.execute(status -> store.live(start, BATCH));
            if (batch == null || batch.isEmpty()) {
                break;
            }
            for (var live : batch) {
                var record = live.record();
                var why = check(live, prev);
                if (why != null) {
                    return new Verification(checked, record, why, clock.instant());
                }
                checked++;
                prev = record.recordHash();
                next = record.position() + 1;
            }
        }
        var heads = transaction.execute(status -> store.heads(1));
        if (heads != null && !heads.isEmpty()) {
            var head = heads.get(0);
            var at = transaction.execute(status -> store.at(head.position())).orElse(null);
            if (at == null || !at.recordHash().equals(head.recordHash())) {
                return new Verification(checked, at != null ? at
                        : new LedgerRecord(head.position(), "HEAD", 0, head.publishedAt(), "", "", head.recordHash()),
                        Break.HEAD, clock.instant());
            }
        }
        return new Verification(checked, null, null, clock.instant());
    }

    private static Break check(LedgerStore.Live live, String prev) {
        var record = live.record();
        if (!LedgerHashes.content(live.content()).equals(record.contentHash())) {
            return Break.CONTENT;
        }
        if (!record.prevHash().equals(prev)) {
            return Break.LINK;
        }
        var hash = LedgerHashes.record(record.position(), record.source(), record.sourceId(), record.contentHash(),
                record.prevHash());
        return hash.equals(record.recordHash()) ? null : Break.HASH;
    }

    /**
     * A passport's check: the records of the lots of its chain, the operations, transfers and imports of those lots,
     * the shipment and its certificate, each recomputed from the live rows. Intact when every one matches.
     */
    public record Proof(boolean intact, List<LedgerRecord> records, SignedHead head) {
    }

    public Proof proofOf(Collection<Long> lotIds, Long shipmentId) {
        var live = store.liveOf(lotIds, shipmentId);
        boolean intact = true;
        var records = new ArrayList<LedgerRecord>(live.size());
        for (var one : live) {
            var record = one.record();
            if (!LedgerHashes.content(one.content()).equals(record.contentHash())
                    || !LedgerHashes.record(record.position(), record.source(), record.sourceId(),
                            record.contentHash(), record.prevHash()).equals(record.recordHash())) {
                intact = false;
            }
            records.add(record);
        }
        var heads = store.heads(1);
        return new Proof(intact, records, heads.isEmpty() ? null : heads.get(0));
    }

    /** The most records one segment answers; a longer one is read in pages ({@link Segment#next}). */
    public static final int SEGMENT_MAX = 10_000;

    /**
     * A stretch of the chain (public, hashes only: no content, no personal data): the records from {@code from} to
     * {@code to}, at most {@value #SEGMENT_MAX}; {@code next} is the first position not answered (null when done).
     */
    public record Segment(long from, long to, List<LedgerRecord> records, Long next) {
    }

    /**
     * The chain from one position to another, so a buyer can check offline that a passport's records lead to a
     * signed head ({@link LedgerHashes#firstBrokenLink}). {@code 1 <= from <= to}.
     */
    public Segment segment(long from, long to) {
        if (from < 1 || to < from) {
            throw new IllegalArgumentException("not a range of the chain: " + from + ".." + to);
        }
        long last = Math.min(to, from + SEGMENT_MAX - 1);
        var records = transaction.execute(status -> store.range(from, last));
        var next = last < to && records != null && records.size() == last - from + 1 ? last + 1 : null;
        return new Segment(from, to, records == null ? List.of() : records, next);
    }

    /** Publishes the head signed (once a day, run on one node). */
    @Scheduled(cron = "${orepass.ledger.publish-cron:0 30 0 * * *}", zone = "UTC")
    public void publishDaily() {
        locks.runAlone(PUBLISH_JOB, () -> publishAs("system"));
    }

    /** An administrator publishes the head now; audited. */
    public Optional<SignedHead> publish(Actor actor) {
        requireAdmin(actor);
        return publishAs(actor.username());
    }

    private Optional<SignedHead> publishAs(String who) {
        chain();
        return Optional.ofNullable(transaction.execute(status -> {
            store.lockChain();
            var head = store.head().orElse(null);
            if (head == null) {
                return null;
            }
            var at = clock.instant();
            var payload = "{\"iss\":\"orepass-ledger\",\"position\":" + head.position() + ",\"recordHash\":\""
                    + head.recordHash() + "\",\"publishedAt\":\"" + at + "\"}";
            var signed = new SignedHead(head.position(), head.recordHash(), at, who, keys.keyId(), keys.publicJwk(),
                    keys.sign(payload));
            store.publish(signed);
            store.audit(who, "LedgerHead", String.valueOf(head.position()),
                    "{\"position\":" + head.position() + ",\"recordHash\":\"" + head.recordHash() + "\",\"keyId\":"
                            + LedgerKeys.jsonString(keys.keyId()) + "}");
            return signed;
        }));
    }

    /** The published heads, newest first (public). */
    public List<SignedHead> heads(int limit) {
        return transaction.execute(status -> store.heads(limit));
    }

    /** The public keys as JWK JSON objects: the current one and every one that signed a head (public). */
    public List<String> publicKeys() {
        var out = new ArrayList<String>();
        out.add(keys.publicJwk());
        for (var jwk : transaction.execute(status -> store.publicKeys())) {
            if (!out.contains(jwk)) {
                out.add(jwk);
            }
        }
        return out;
    }

    public long pendingCount() {
        return transaction.execute(status -> store.pendingCount());
    }

    public Optional<LedgerRecord> head() {
        return transaction.execute(status -> store.head());
    }

    private static void requireAdmin(Actor actor) {
        if (actor == null || !actor.has(Role.ADMIN)) {
            throw new NotFoundException("Ledger", 0L);
        }
    }
}
