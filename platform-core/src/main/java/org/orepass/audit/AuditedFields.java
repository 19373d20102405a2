package org.orepass.audit;

import java.util.Map;

/**
 * What the audit trail records: every audited entity type (its simple class name, as the trail writes it) with its
 * audited fields and the type of each field's values (the element type of a collection, the key type of a map).
 * Pages use it to show a recorded value as a person reads it: an enum constant as its label, a moment as a date.
 */
public interface AuditedFields {

    /** Entity type to its audited fields (field name to value type), in a stable order. */
    Map<String, Map<String, Class<?>>> all();
}
