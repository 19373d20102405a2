package org.orepass.incident;

/** Who brought the incident to light. Anonymous public reports carry no account and no organisation. */
public enum IncidentSource {
    MONITOR,
    OPERATOR,
    INSPECTOR,
    ANONYMOUS_PUBLIC,
    AUTOMATIC_CHECK
}
