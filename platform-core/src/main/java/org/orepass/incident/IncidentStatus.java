package org.orepass.incident;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of an incident as ITSCI practice runs it: reported, fact-checked, then verified (or dismissed with a
 * reason), followed up with those who can act, and closed as resolved, kept under monitoring, or recorded as
 * persistent. Monitored and persistent incidents may go back to follow-up when something new happens.
 */
public enum IncidentStatus {
    REPORTED,
    UNDER_VERIFICATION,
    VERIFIED,
    DISMISSED,
    FOLLOW_UP,
    RESOLVED,
    MONITORED,
    PERSISTENT;

    /** The states the public and the dashboards count as verified: everything past verification but dismissal. */
    public static final Set<IncidentStatus> VERIFIED_OR_LATER =
            EnumSet.of(VERIFIED, FOLLOW_UP, RESOLVED, MONITORED, PERSISTENT);

    /** Verified and not closed: the review clock runs and follow-up actions may be added. */
    public static final Set<IncidentStatus> OPEN_AFTER_VERIFICATION =
            EnumSet.of(VERIFIED, FOLLOW_UP, MONITORED, PERSISTENT);

    public Set<IncidentStatus> next() {
        return switch (this) {
            case REPORTED -> EnumSet.of(UNDER_VERIFICATION, DISMISSED);
            case UNDER_VERIFICATION -> EnumSet.of(VERIFIED, DISMISSED);
            case VERIFIED -> EnumSet.of(FOLLOW_UP);
            case FOLLOW_UP -> EnumSet.of(RESOLVED, MONITORED, PERSISTENT);
            case MONITORED -> EnumSet.of(FOLLOW_UP, RESOLVED, PERSISTENT);
            case PERSISTENT -> EnumSet.of(FOLLOW_UP, RESOLVED);
            case DISMISSED, RESOLVED -> EnumSet.noneOf(IncidentStatus.class);
        };
    }

    public boolean mayMoveTo(IncidentStatus target) {
        return next().contains(target);
    }

    /** Not reported, under verification or open after verification: dismissed or resolved. */
    public boolean isClosed() {
        return this == DISMISSED || this == RESOLVED;
    }
}
