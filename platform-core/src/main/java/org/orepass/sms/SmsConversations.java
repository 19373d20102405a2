package org.orepass.sms;

import java.time.Instant;
import java.util.Optional;

/** Where a report being put together waits for the next message of its phone: PostgreSQL, shared by all nodes. */
public interface SmsConversations {

    /** The phone's draft, unless it has expired. */
    Optional<ReportDraft> open(String phoneKey, Instant now);

    /** Keeps (or replaces) the phone's draft until {@code expiresAt}. */
    void keep(String phoneKey, ReportDraft draft, Instant expiresAt);

    /** Ends the phone's conversation. */
    void close(String phoneKey);
}
