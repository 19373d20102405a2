package org.orepass.risk;

/** An answer to an assessment question. UNKNOWN counts as a low risk: it cannot be ruled out. */
public enum Answer {
    YES,
    NO,
    UNKNOWN
}
