package org.orepass.incident;

import java.util.List;
import java.util.Optional;

/** Site reviews (a port). */
public interface SiteReviews {

    SiteReview add(SiteReview review);

    Optional<SiteReview> findById(Long id);

    Optional<SiteReview> findByIncidentId(Long incidentId);

    List<SiteReview> openAt(Long siteId);

    /** The open reviews of any of these sites, oldest first (custody's trade blocks ask before a lot moves). */
    List<SiteReview> openAtAny(java.util.Collection<Long> siteIds);

    /**
     * The hold on lots, as a query for export review: ids of lots produced at a site under review, or made
     * (combined, processed) from such a lot, at any depth.
     */
    List<Long> lotsOnHold(Iterable<Long> lotIds);
}
