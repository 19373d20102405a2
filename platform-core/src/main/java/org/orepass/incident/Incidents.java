package org.orepass.incident;

import org.orepass.incident.internal.LotReference;

import java.util.List;
import java.util.Optional;

/** Incidents (a port; persistence implements it, with the lists in {@link IncidentListings}). */
public interface Incidents {

    Incident add(Incident incident);

    Optional<Incident> findById(Long id);

    Optional<Incident> findByFollowUpCodeHash(String hash);

    /** Ids of the lots with these numbers; unknown numbers are left out. */
    List<LotReference> lotsNumbered(List<String> lotNumbers);

    List<LotReference> lotsById(Iterable<Long> ids);

    /** Whether the organisation owns or operates the site. */
    boolean operatesSite(Long organisationId, Long siteId);

    /** Whether an automatic check already opened an incident for this custody anomaly. */
    boolean existsByCustodyAnomalyId(Long custodyAnomalyId);

    /** The lots that carry a tag (tag numbers are unique per country). */
    List<LotReference> lotsTagged(String country, String tagNumber);

    /** The incidents linked to a lot, newest first, at most {@code limit}. */
    List<Incident> linkedToLot(Long lotId, int limit);
}
