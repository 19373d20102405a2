package org.orepass.producer;

/** Why a land rehabilitation commitment is owed. */
public enum RehabilitationSource {
    /** A condition of the mining licence or permit. */
    LICENCE_CONDITION,
    /** An environmental or rehabilitation plan the producer adopted (or an authority approved). */
    REHABILITATION_PLAN,
    /** An agreement with the community or the landowners. */
    COMMUNITY_AGREEMENT,
    /** Undertaken by the producer without an obligation. */
    VOLUNTARY
}
