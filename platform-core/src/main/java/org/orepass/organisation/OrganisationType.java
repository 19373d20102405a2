package org.orepass.organisation;

/** The kinds of organisation that take part in a mine-to-export supply chain and its oversight. */
public enum OrganisationType {
    GOVERNMENT_AGENCY,
    COOPERATIVE,
    MINE_OPERATOR,
    TRADER,
    PROCESSOR,
    EXPORTER,
    CSO,
    AUDITOR;

    /** Whether organisations of this kind buy and sell minerals (CSOs and auditors oversee trade, not trade). */
    public boolean trades() {
        return this != CSO && this != AUDITOR;
    }
}
