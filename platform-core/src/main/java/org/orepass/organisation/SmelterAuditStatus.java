package org.orepass.organisation;

/**
 * Where a smelter or refiner stands in the RMI's Responsible Minerals Assurance Process (or a cross-recognised
 * programme): CONFORMANT after a successful assessment, ACTIVE once committed and an assessment is scheduled or
 * under way, NON_CONFORMANT after a failed one, NOT_ENROLLED when it takes part in none.
 */
public enum SmelterAuditStatus {
    CONFORMANT,
    ACTIVE,
    NON_CONFORMANT,
    NOT_ENROLLED
}
