package org.orepass.site;

public enum MiningType {
    ARTISANAL,
    SMALL_SCALE,
    SEMI_INDUSTRIAL
}
