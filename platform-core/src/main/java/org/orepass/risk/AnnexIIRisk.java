package org.orepass.risk;

/**
 * The risks of Annex II of the OECD Due Diligence Guidance. The first two demand immediate suspension or
 * disengagement when present; the others may be mitigated under a risk-management plan.
 */
public enum AnnexIIRisk {
    SERIOUS_ABUSES,
    NON_STATE_ARMED_GROUPS,
    SECURITY_FORCES,
    BRIBERY_MISREPRESENTATION,
    MONEY_LAUNDERING,
    TAXES_FEES_ROYALTIES;

    /** Annex II: suspend or disengage at once, so trade may not simply continue while it is high. */
    public boolean forbidsContinuingWhenHigh() {
        return this == SERIOUS_ABUSES || this == NON_STATE_ARMED_GROUPS;
    }
}
