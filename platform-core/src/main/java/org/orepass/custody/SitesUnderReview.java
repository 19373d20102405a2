package org.orepass.custody;

import java.util.Collection;
import java.util.Map;

/**
 * Mine sites under an open review for a verified level-1 Annex II incident (a port: the incident feature answers
 * it, as it answers export's holds; custody does not depend on incidents).
 */
public interface SitesUnderReview {

    /** Of these sites, those under an open review, each with the incident that opened its oldest open review. */
    Map<Long, Long> underReview(Collection<Long> siteIds);
}
