package org.orepass.site.internal;

/** The per-country sequence of ICGLR identifiers (a port). */
public interface IcglrSequences {

    /** The next number for the country, handed out atomically: two registrations never get the same one. */
    int next(String country);

    /** Moves the country's sequence to at least {@code number}, so that number is never handed out. */
    void atLeast(String country, int number);
}
