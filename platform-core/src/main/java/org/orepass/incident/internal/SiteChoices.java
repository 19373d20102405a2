package org.orepass.incident.internal;

import org.orepass.incident.SiteChoice;
import java.util.List;
import java.util.Optional;

/** Registered sites as reporters may pick them (a port): found by name or place, never by identifier. */
public interface SiteChoices {

    /**
     * At most {@code limit} sites whose name, locality or division contains {@code text} (ignoring case), of
     * {@code country} when it is given, by name. Identifiers are not searched: an ICGLR id holds the
     * coordinates, and a stranger could find sites by typing positions.
     */
    List<SiteChoice> find(String text, String country, int limit);

    Optional<SiteChoice> byId(Long id);
}
