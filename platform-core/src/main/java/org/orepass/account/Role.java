package org.orepass.account;

/** What a user may do. A user holds one or more roles; AUDITOR is read-only everywhere. */
public enum Role {
    ADMIN,
    INSPECTOR,
    OPERATOR,
    EXPORTER,
    CSO_MONITOR,
    AUDITOR
}
