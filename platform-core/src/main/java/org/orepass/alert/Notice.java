package org.orepass.alert;

import java.time.Instant;

/** A line of a user's alert list. */
public record Notice(long id, AlertKind kind, String subject, String link, Instant createdAt, boolean read) {
}
