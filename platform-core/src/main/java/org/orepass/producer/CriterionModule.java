package org.orepass.producer;

/** CRAFT's modules: entry (legitimacy), Annex II risks to disengage from, Annex II risks to mitigate, improvement. */
public enum CriterionModule {
    LEGITIMACY,
    ANNEX_II_DISENGAGE,
    ANNEX_II_MITIGATE,
    PROGRESSIVE
}
