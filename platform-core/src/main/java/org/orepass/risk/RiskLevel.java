package org.orepass.risk;

/** How likely and how serious an Annex II risk is in a supply chain, in increasing order. */
public enum RiskLevel {
    NONE,
    LOW,
    MEDIUM,
    HIGH;

    public RiskLevel max(RiskLevel other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }
}
