package org.orepass.site;

/** The designated minerals by the HS code the ICGLR standard uses. */
public enum Mineral {
    GOLD("7108.12.00"),
    GOLD_ORE("2616.90.00"),
    CASSITERITE("2609.00.00"),
    WOLFRAMITE("2611.00.00"),
    COLTAN("2615.90.00");

    private final String hsCode;

    Mineral(String hsCode) {
        this.hsCode = hsCode;
    }

    public String hsCode() {
        return hsCode;
    }

    public boolean isGold() {
        return this == GOLD || this == GOLD_ORE;
    }
}
