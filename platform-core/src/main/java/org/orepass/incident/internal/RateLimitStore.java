package org.orepass.incident.internal;

import java.time.Instant;
import java.time.LocalDate;

/** Where the rate limit of anonymous reporting keeps its secrets and counts: PostgreSQL, shared by all nodes. */
public interface RateLimitStore {

    /** The secret of the day, created at random the first time any node asks for it. */
    byte[] secretOf(LocalDate day);

    /** Counts one more request of the client key in the window; returns the count including this one. */
    int hit(String clientKey, Instant windowStart);

    /** The count of the client key in the window, without counting. */
    int count(String clientKey, Instant windowStart);

    /** Deletes secrets before {@code day} and counts before {@code window}: old keys can no longer be linked. */
    void forget(LocalDate day, Instant window);
}
