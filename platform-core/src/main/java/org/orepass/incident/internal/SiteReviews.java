package org.orepass.incident.internal;

import org.orepass.incident.SiteReview;
import java.util.List;
import java.util.Optional;

/** Site reviews (a port). */
public interface SiteReviews {

    SiteReview add(SiteReview review);

    Optional<SiteReview> findById(Long id);

    /** The incident's latest review (a link moved to another site ends one review and opens another). */
    Optional<SiteReview> findByIncidentId(Long incidentId);

    /** Every review the incident opened, oldest first. */
    List<SiteReview> ofIncident(Long incidentId);

    List<SiteReview> openAt(Long siteId);

    /** Writes pending changes now: a review ended must reach the database before the next one opens. */
    void flush();

    /** The open reviews of any of these sites, oldest first (custody's trade blocks ask before a lot moves). */
    List<SiteReview> openAtAny(java.util.Collection<Long> siteIds);

    /**
     * The hold on lots, as a query for export review: ids of lots produced at a site under review, or made
     * (combined, processed) from such a lot, at any depth.
     */
    List<Long> lotsOnHold(Iterable<Long> lotIds);
}
