package org.orepass.custody;

/** The warning signs of bag-and-tag schemes the platform records for inspectors to follow up. */
public enum AnomalyKind {
    UNKNOWN_TAG,
    TAG_REUSED,
    TAG_VOIDED,
    TAG_FROM_OTHER_SITE,
    OVER_CAPACITY,
    /** The buyer weighed a purchase differently from the seller, beyond the tolerance. */
    WEIGHT_DIFFERENCE,
    /** A processing's assayed outputs hold more metal than its inputs, beyond the metal tolerance. */
    METAL_BALANCE,
    /** Material imported without a valid certificate of the country it came from, held as a suspect lot. */
    SUSPECT_IMPORT
}
