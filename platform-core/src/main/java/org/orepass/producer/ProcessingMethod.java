package org.orepass.producer;

/** How gold is processed at a site; the first is a Minamata annex C worst practice. */
public enum ProcessingMethod {
    WHOLE_ORE_AMALGAMATION,
    CONCENTRATE_AMALGAMATION,
    RETORT,
    GRAVITY,
    MERCURY_FREE
}
