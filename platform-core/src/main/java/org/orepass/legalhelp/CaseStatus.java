package org.orepass.legalhelp;

/** Where a legal-help case stands. */
public enum CaseStatus {
    OPEN,
    IN_PROGRESS,
    CLOSED
}
