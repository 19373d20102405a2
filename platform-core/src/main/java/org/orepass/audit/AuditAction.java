package org.orepass.audit;

public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE
}
