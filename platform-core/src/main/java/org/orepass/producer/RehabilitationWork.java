package org.orepass.producer;

/** What a land rehabilitation commitment will do. */
public enum RehabilitationWork {
    /** Filling pits and trenches back in. */
    BACKFILLING,
    /** Putting the topsoil back. */
    TOPSOIL,
    /** Planting trees, grass or crops. */
    REPLANTING,
    /** Making water safe: ponds fenced or filled, streams and their banks restored, water cleaned. */
    WATER
}
