package org.orepass.risk.internal;

import org.orepass.risk.AnnexIIRisk;
import org.orepass.risk.RiskLevel;
import java.util.Map;

/**
 * The red flags of the OECD guidance (and the ICGLR bag-and-tag warning signs) the platform computes from its
 * data, each with the Annex II risks it raises and to which level. A flag only raises a risk to a level the answers
 * may push higher. The level a flag raises a risk to is a floor: the assessor cannot type it lower. Some flags say
 * better per case (see {@link RedFlag#raises()}): a red site for a critical criterion raises serious abuses to HIGH,
 * an incident its own risk by severity. New kinds go at the end (stored nowhere, but kept append-friendly).
 */
public enum RedFlagKind {
    CAHRA_ORIGIN(Map.of(AnnexIIRisk.SERIOUS_ABUSES, RiskLevel.MEDIUM, AnnexIIRisk.NON_STATE_ARMED_GROUPS,
            RiskLevel.MEDIUM, AnnexIIRisk.SECURITY_FORCES, RiskLevel.MEDIUM)),
    /**
     * A lot of the chain was transported through a listed area: routes and their roadblocks are where armed groups
     * and security forces levy illegal taxes (Annex II).
     */
    CAHRA_TRANSIT(Map.of(AnnexIIRisk.NON_STATE_ARMED_GROUPS, RiskLevel.MEDIUM, AnnexIIRisk.SECURITY_FORCES,
            RiskLevel.MEDIUM)),
    /** Red for the passing of time (the default); red for a critical criterion raises more (RedFlags.redSite). */
    RED_SITE(Map.of(AnnexIIRisk.SERIOUS_ABUSES, RiskLevel.MEDIUM, AnnexIIRisk.NON_STATE_ARMED_GROUPS,
            RiskLevel.MEDIUM, AnnexIIRisk.SECURITY_FORCES, RiskLevel.MEDIUM)),
    /** Not yet inspected, or green that expired: the origin is not certified. */
    BLUE_SITE(Map.of(AnnexIIRisk.BRIBERY_MISREPRESENTATION, RiskLevel.LOW)),
    OVER_CAPACITY(Map.of(AnnexIIRisk.BRIBERY_MISREPRESENTATION, RiskLevel.MEDIUM)),
    TAG_ANOMALY(Map.of(AnnexIIRisk.BRIBERY_MISREPRESENTATION, RiskLevel.MEDIUM)),
    MASS_BALANCE(Map.of(AnnexIIRisk.BRIBERY_MISREPRESENTATION, RiskLevel.MEDIUM)),
    WEIGHT_DIFFERENCE(Map.of(AnnexIIRisk.BRIBERY_MISREPRESENTATION, RiskLevel.MEDIUM)),
    /** The supplier held minerals from a CAHRA or a red site in the last 12 months. */
    SUPPLIER_RED_FLAG_SOURCING(Map.of(AnnexIIRisk.SERIOUS_ABUSES, RiskLevel.LOW,
            AnnexIIRisk.NON_STATE_ARMED_GROUPS, RiskLevel.LOW)),
    OPEN_INCIDENT(Map.of(AnnexIIRisk.SERIOUS_ABUSES, RiskLevel.MEDIUM)),
    UNPAID_TAXES(Map.of(AnnexIIRisk.TAXES_FEES_ROYALTIES, RiskLevel.MEDIUM)),
    CASH_PAYMENT_GOLD(Map.of(AnnexIIRisk.MONEY_LAUNDERING, RiskLevel.MEDIUM)),
    /** A processing in the chain yielded more metal than it took, beyond the tolerance (assayed, so recorded). */
    METAL_BALANCE(Map.of(AnnexIIRisk.BRIBERY_MISREPRESENTATION, RiskLevel.MEDIUM)),
    /** A lot of the chain has no grade: its contained metal, hence the metal balance, cannot be checked. */
    MISSING_GRADE(Map.of(AnnexIIRisk.BRIBERY_MISREPRESENTATION, RiskLevel.LOW)),
    /**
     * Material of the chain changed country without a recorded import, or was imported without a valid certificate
     * (issue 14): misrepresentation of origin is exactly how foreign material is passed off as domestic.
     */
    UNDOCUMENTED_CROSSING(Map.of(AnnexIIRisk.BRIBERY_MISREPRESENTATION, RiskLevel.HIGH)),
    /**
     * A producer at the origin (or the supplier itself) has a verified "not met" on an Annex II serious-risk
     * criterion (issue 22): the same effect as a verified level-1 incident, its risk HIGH (armed groups raise
     * non-state armed groups; the others serious abuses).
     */
    PRODUCER_FINDING(Map.of(AnnexIIRisk.SERIOUS_ABUSES, RiskLevel.HIGH));

    private final Map<AnnexIIRisk, RiskLevel> raises;

    RedFlagKind(Map<AnnexIIRisk, RiskLevel> raises) {
        this.raises = raises;
    }

    public Map<AnnexIIRisk, RiskLevel> raises() {
        return raises;
    }
}
