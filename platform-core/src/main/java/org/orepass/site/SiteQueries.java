package org.orepass.site;

import org.orepass.site.internal.Inspections;
import org.orepass.site.internal.SiteListings;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.orepass.account.Actor;
import org.orepass.shared.NotFoundException;
import org.orepass.shared.PageQuery;
import org.orepass.shared.ResultPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading sites, always through the visibility and access rules. */
@Service
@Transactional(readOnly = true)
public class SiteQueries {

    private final MineSites sites;
    private final SiteListings listings;
    private final StatusChanges history;
    private final Inspections inspections;
    private final SiteSourcing sourcing;
    private final Clock clock;

    public SiteQueries(MineSites sites, SiteListings listings, StatusChanges history, Inspections inspections,
            SiteSourcing sourcing, Clock clock) {
        this.sites = sites;
        this.listings = listings;
        this.history = history;
        this.inspections = inspections;
        this.sourcing = sourcing;
        this.clock = clock;
    }

    /** A site with what its page shows: status as of today, history and inspections, newest first. */
    public record SiteFile(MineSite site, SiteStatus status, LocalDate statusSince, boolean licenceExpired,
            List<StatusChange> history, List<Inspection> inspections) {
    }

    /** Whole sites page by page, for downloads: no count, a short page is the last. */
    public List<MineSite> page(Actor actor, SiteSearch search, PageQuery page) {
        return sites.page(search, SiteVisibility.of(actor), today(), page);
    }

    /** A page of the list as rows, for the list page and the APIs (no whole sites are loaded). */
    public ResultPage<SiteSummary> list(Actor actor, SiteSearch search, PageQuery page) {
        return listings.list(search, SiteVisibility.of(actor), today(), page);
    }

    /**
     * A page of the sites the ICGLR endpoints may publish, whole, with owner, operators and licences loaded (in
     * batches, not one query per site).
     */
    public ResultPage<MineSite> exchangeable(Actor actor, SiteSearch search, PageQuery page) {
        var ids = listings.exchangeable(search, SiteVisibility.of(actor), today(), page);
        var byId = new java.util.HashMap<Long, MineSite>();
        sites.findAllById(ids.items()).forEach(site -> byId.put(site.getId(), site));
        return ids.map(byId::get).map(SiteQueries::loaded);
    }

    /** A site for the ICGLR endpoints by its ICGLR id (as sent, any case), when the actor may see it and it may be published. */
    public java.util.Optional<SiteFile> exchangeableFile(Actor actor, String icglrId) {
        return IcglrId.parse(icglrId).flatMap(sites::findWholeByIcglrId)
                .filter(site -> SiteAccess.maySee(actor, site) && site.isIcglrReady())
                .map(this::fileOf);
    }

    private static MineSite loaded(MineSite site) {
        if (site.getOwner() != null) {
            site.getOwner().getName();
        }
        site.getOperators().forEach(org.orepass.organisation.Organisation::getName);
        site.getLicences().size();
        return site;
    }

    public SiteFile file(Actor actor, Long id) {
        // Owner, operators and capacities come with the site in one query (issue 15), not one query each.
        var site = sites.findWholeById(id).orElseThrow(() -> new NotFoundException("MineSite", id));
        if (!SiteAccess.maySee(actor, site) && !sourcesFrom(actor, site)) {
            // Not 403: whether a site exists is itself not for everyone to learn.
            throw new NotFoundException("MineSite", id);
        }
        return fileOf(site);
    }

    private SiteFile fileOf(MineSite site) {
        var today = today();
        // Pages render after the transaction (open-in-view is off): load what they show now.
        if (site.getOwner() != null) {
            site.getOwner().getName();
        }
        site.getOperators().forEach(org.orepass.organisation.Organisation::getName);
        site.getCapacityKgPerMonth().size();
        site.getLicences().size();
        return new SiteFile(site, site.statusOn(today), site.statusSinceOn(today), site.hasExpiredLicenceOn(today),
                history.findBySiteIdOrderByChangedOnDescIdDesc(site.getId()),
                inspections.findBySiteIdOrderByInspectedOnDescIdDesc(site.getId()));
    }

    /** Traders and exporters read the sites their minerals came from (not the list: that stays their own). */
    private boolean sourcesFrom(Actor actor, MineSite site) {
        return actor.organisationId() != null && SiteAccess.maySeeAsSupplied(actor)
                && sourcing.supplied(site.getId(), actor.organisationId());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
