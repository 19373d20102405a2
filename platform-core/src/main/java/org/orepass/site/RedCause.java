package org.orepass.site;

/**
 * Why a site is red. The RCM makes a site red for a breached critical criterion (support to non-state armed
 * groups, illegal security forces, serious abuses such as forced labour or the worst forms of child labour), but
 * the passing of time turns sites red too: a yellow whose correction deadline passed, a blue never inspected for
 * three years. OECD Annex II treats the first as a serious-abuse or armed-group risk (suspend or disengage at once)
 * and the others as a lack of assurance, so risk flags and custody blocks weigh them differently.
 */
public enum RedCause {
    /** An inspection found a critical criterion breached, or an inspector set red with a written reason. */
    CRITICAL_CRITERION,
    /** A yellow site did not correct its important criterion within its deadline. */
    CORRECTION_OVERDUE,
    /** A blue site (never inspected, or green expired) passed three years without an inspection. */
    VALIDITY_EXPIRED;

    public boolean critical() {
        return this == CRITICAL_CRITERION;
    }

    /** The cause of a red status reached by a change for {@code reason}. */
    public static RedCause of(StatusChangeReason reason) {
        if (reason == null) {
            return CRITICAL_CRITERION;
        }
        return switch (reason) {
            case YELLOW_OVERDUE -> CORRECTION_OVERDUE;
            case BLUE_EXPIRED -> VALIDITY_EXPIRED;
            // An inspection or an override only sets red for a critical finding; a site registered red (imports)
            // is taken at its word. Counting these as critical errs on the side of the people at the mine.
            case INSPECTION, OVERRIDE, REGISTRATION, GREEN_EXPIRED -> CRITICAL_CRITERION;
        };
    }
}
