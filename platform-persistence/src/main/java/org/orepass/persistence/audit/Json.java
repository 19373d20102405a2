package org.orepass.persistence.audit;

import java.util.Collection;
import org.orepass.audit.internal.FieldChange;
import tools.jackson.databind.json.JsonMapper;

/**
 * An audit entry's changes as the JSON object stored in {@code audit_entry.changes}:
 * {@code {"field": {"old": ..., "new": ...}}}, in the order the fields changed. Jackson does the escaping.
 */
final class Json {

    /** Thread-safe once built; the audit listener is created by Hibernate, not by Spring, so it has its own. */
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    static String changes(Collection<FieldChange> changes) {
        var json = MAPPER.createObjectNode();
        for (FieldChange change : changes) {
            json.putObject(change.field()).put("old", change.oldValue()).put("new", change.newValue());
        }
        return MAPPER.writeValueAsString(json);
    }
}
