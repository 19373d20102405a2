package org.orepass.offline.internal;

import java.time.Instant;
import java.util.Optional;

/** The keys of offline records (a port; persistence writes plain SQL, the primary key makes a claim unique). */
public interface IdempotencyKeys {

    record Stored(String username, String location) {
    }

    /** True when this call took the key (no row had it). */
    boolean claim(String key, String username, String form, Instant at);

    Optional<Stored> find(String key);

    void done(String key, String location, Instant at);

    /** Deletes a key still pending (the request was refused). */
    void release(String key);
}
