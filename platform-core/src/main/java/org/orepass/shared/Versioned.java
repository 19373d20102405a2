package org.orepass.shared;

/** Checks the version a user edited against the stored one (optimistic locking across the form round trip). */
public final class Versioned {

    private Versioned() {
    }

    public static void requireVersion(String entity, Object id, long stored, long edited) {
        if (stored != edited) {
            throw new StaleEditException(entity, id);
        }
    }
}
