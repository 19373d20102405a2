package org.orepass.search;

import java.util.List;

/**
 * Records found by the start of a number they carry, ignoring case (a port; persistence implements it over
 * prefix indexes). Each answer is ids, newest first, at most {@code limit}; whether the reader may see them is
 * the use case's to decide.
 */
public interface Identifiers {

    /** Mine sites by their ICGLR id or national id. */
    List<Long> sites(String prefix, int limit);

    /** Issued tags by their number. */
    List<Long> tags(String prefix, int limit);

    /** Export certificates by their serial number: the issuing country and serial of each. */
    List<Numbered> certificates(String prefix, int limit);

    /** A number and the country that gave it (a certificate's serial is unique in its issuing country). */
    record Numbered(String country, String number) {
    }
}
