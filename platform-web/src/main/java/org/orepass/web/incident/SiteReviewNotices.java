package org.orepass.web.incident;

import java.util.List;
import org.orepass.incident.IncidentQueries;
import org.orepass.incident.SiteReview;
import org.orepass.site.MineSite;
import org.orepass.web.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * What the site page shows about incidents, called from incident/site-review.html (one include line in
 * site/view-main.html) so the site controller needs no change for this feature.
 */
@Component("siteReviewNotices")
public class SiteReviewNotices {

    private final IncidentQueries queries;

    SiteReviewNotices(IncidentQueries queries) {
        this.queries = queries;
    }

    /** The page has checked that the user may see the site. */
    public List<SiteReview> openReviews(MineSite site) {
        return queries.openReviewsAt(site.getId());
    }

    public boolean mayClear(MineSite site) {
        return CurrentUser.require().actor().inspectsIn(site.getCountry(), site.getDivision());
    }

    public boolean mayReport() {
        return org.orepass.incident.IncidentAccess.mayReport(CurrentUser.require().actor());
    }
}
