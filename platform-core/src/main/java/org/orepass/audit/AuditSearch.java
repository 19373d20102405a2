package org.orepass.audit;

import java.time.Instant;

/** Filters of the audit trail search; null means "any". */
public record AuditSearch(String actor, String entityType, String entityId, AuditAction action, Instant from,
        Instant to) {

    public static AuditSearch any() {
        return new AuditSearch(null, null, null, null, null, null);
    }
}
