package org.orepass.audit.internal;

import org.orepass.audit.AuditAction;
import java.time.Instant;
import java.util.List;

/** One line of the append-only audit trail. */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        String entityType,
        String entityId,
        AuditAction action,
        List<FieldChange> changes) {

    public AuditEntry {
        changes = List.copyOf(changes);
    }
}
