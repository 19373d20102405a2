package org.orepass.risk;

/** A decision on a high-risk assessment waits for a second person's sign-off before it takes effect. */
public enum DecisionStatus {
    PENDING_SIGN_OFF,
    EFFECTIVE
}
