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
    AUDITOR,
    /** Smelts ore into metal (tin, tungsten, tantalum): the first downstream buyer of an export, with an RMI id. */
    SMELTER,
    /** Refines metal or concentrate (gold, tantalum): like a smelter, a downstream buyer with an RMI id. */
    REFINER;

    /** Whether organisations of this kind buy and sell minerals (CSOs and auditors oversee trade, not trade). */
    public boolean trades() {
        return this != CSO && this != AUDITOR;
    }

    /** Whether organisations of this kind carry an RMI smelter identifier and audit status (the CMRT's smelters). */
    public boolean smelts() {
        return this == SMELTER || this == REFINER;
    }
}
