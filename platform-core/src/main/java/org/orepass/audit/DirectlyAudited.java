package org.orepass.audit;

import java.util.Map;

/**
 * Records a feature writes to the audit trail itself, in plain SQL rather than through Hibernate (the savings
 * groups' ledger, issue 23): their record types and fields, which the metamodel cannot list. {@link AuditedFields}
 * adds them to the entities', so the audit pages show their labels and constants as words and
 * {@code AuditLabelsIntegrationTest} fails when one has no words in a language.
 */
public interface DirectlyAudited {

    /** Record type (as the trail writes it) to its fields (field name to value type), in a stable order. */
    Map<String, Map<String, Class<?>>> fields();
}
