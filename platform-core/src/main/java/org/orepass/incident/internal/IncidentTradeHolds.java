package org.orepass.incident.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.orepass.custody.SitesUnderReview;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Custody's question before a lot moves: which of its origin sites are under review for a verified level-1 Annex
 * II incident. Lots from them are held from every trade, not only from export, until the inspector clears the
 * review (docs/custody.md, "No trade from a red site").
 */
@Component
@Transactional(readOnly = true)
class IncidentTradeHolds implements SitesUnderReview {

    private final SiteReviews reviews;

    IncidentTradeHolds(SiteReviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public Map<Long, Long> underReview(Collection<Long> siteIds) {
        var result = new LinkedHashMap<Long, Long>();
        if (siteIds.isEmpty()) {
            return result;
        }
        for (var review : reviews.openAtAny(siteIds)) {
            result.putIfAbsent(review.getSiteId(), review.getIncidentId());
        }
        return result;
    }
}
