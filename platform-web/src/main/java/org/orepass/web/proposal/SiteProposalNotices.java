package org.orepass.web.proposal;

import java.util.List;
import org.orepass.proposal.SiteChangeProposal;
import org.orepass.proposal.SiteChangeProposing;
import org.orepass.site.MineSite;
import org.orepass.web.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * What the site page shows about proposals, called from the page's fragment (proposal/site-notice.html) so that
 * the site controller needs no change for this feature.
 */
@Component("siteProposalNotices")
public class SiteProposalNotices {

    private final SiteChangeProposing proposing;

    SiteProposalNotices(SiteChangeProposing proposing) {
        this.proposing = proposing;
    }

    public List<SiteChangeProposal> forSite(MineSite site) {
        return proposing.onSitePage(CurrentUser.require().actor(), site);
    }

    public boolean mayPropose(MineSite site) {
        return SiteChangeProposing.mayPropose(CurrentUser.require().actor(), site);
    }
}
