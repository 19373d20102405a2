package org.orepass.producer;

/**
 * The OECD Annex II serious risks that call for disengagement at once: a verified "not met" on a criterion marked
 * with one blocks trade from the producer's sites, as a verified level-1 incident does (docs/producers.md).
 */
public enum SeriousRisk {
    WORST_CHILD_LABOUR,
    FORCED_LABOUR,
    SERIOUS_ABUSE,
    ARMED_GROUPS
}
