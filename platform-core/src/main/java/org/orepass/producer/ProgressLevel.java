package org.orepass.producer;

/** Where a producer stands on one criterion, from nothing done to met (each level has its own evidence). */
public enum ProgressLevel {
    NOT_STARTED,
    STARTED,
    IN_PROGRESS,
    MET;

    /** 0 to 3, for charts and averages. */
    public int score() {
        return ordinal();
    }
}
