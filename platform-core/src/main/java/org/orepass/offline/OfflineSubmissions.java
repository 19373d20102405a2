package org.orepass.offline;

import java.time.Clock;
import org.orepass.offline.internal.IdempotencyKeys;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The idempotency of offline records. Before a record's request is handled its key is claimed; once handled, the
 * key remembers the page the request led to (done) or is let go (refused, so the author may correct and send it
 * again with the same key). Each step commits on its own, around the use case's own transaction.
 */
@Service
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class OfflineSubmissions {

    /** What a key's claim found. */
    public sealed interface Claim permits Claim.First, Claim.Done, Claim.Running, Claim.NotYours {
        /** New: handle the request. */
        record First() implements Claim {
        }

        /** Handled before: answer with the same page, store nothing. */
        record Done(String location) implements Claim {
        }

        /** The first request with it is still running (or its node stopped mid-way). */
        record Running() implements Claim {
        }

        /** Another user's key. */
        record NotYours() implements Claim {
        }
    }

    public enum Form {
        INSPECTION, INCIDENT, SAVINGS_MEETING
    }

    private final IdempotencyKeys keys;
    private final Clock clock;

    public OfflineSubmissions(IdempotencyKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    public static boolean wellFormed(String key) {
        return key != null && key.matches("[A-Za-z0-9-]{16,64}");
    }

    public Claim claim(String key, String username, Form form) {
        if (keys.claim(key, username, form.name(), clock.instant())) {
            return new Claim.First();
        }
        var stored = keys.find(key);
        if (stored.isEmpty()) {
            // let go between the two statements: claim again
            return keys.claim(key, username, form.name(), clock.instant()) ? new Claim.First() : new Claim.Running();
        }
        if (!stored.get().username().equalsIgnoreCase(username)) {
            return new Claim.NotYours();
        }
        return stored.get().location() == null ? new Claim.Running() : new Claim.Done(stored.get().location());
    }

    public void done(String key, String location) {
        keys.done(key, location, clock.instant());
    }

    public void release(String key) {
        keys.release(key);
    }
}
