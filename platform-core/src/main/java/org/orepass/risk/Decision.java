package org.orepass.risk;

/** The responses of the OECD guidance (step 3) to the risks an assessment found. */
public enum Decision {
    CONTINUE,
    CONTINUE_MITIGATING,
    SUSPEND_MITIGATING,
    DISENGAGE;

    /** Trade goes on (with or without mitigation). */
    public boolean continuesTrade() {
        return this == CONTINUE || this == CONTINUE_MITIGATING;
    }
}
