package org.orepass.custody;

import org.orepass.custody.internal.CustodyAnomalies;
import org.orepass.custody.internal.CustodyAnomaly;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.orepass.account.Actor;
import org.orepass.shared.NotFoundException;
import org.orepass.site.MineSite;
import org.orepass.site.MineSites;
import org.orepass.site.SiteAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the custody pages read, checked against who asks. Lists are capped: they are working lists, not reports. */
@Service
@Transactional(readOnly = true)
public class CustodyQueries {

    public static final int LIST_LIMIT = 200;

    private final Lots lots;
    private final Tags tags;
    private final MineSites sites;
    private final CustodyAnomalies anomalies;
    private final Clock clock;

    public CustodyQueries(Lots lots, Tags tags, MineSites sites, CustodyAnomalies anomalies, Clock clock) {
        this.lots = lots;
        this.tags = tags;
        this.sites = sites;
        this.anomalies = anomalies;
        this.clock = clock;
    }

    public record TagRow(Long id, String number, String batch, TagStatus status, String issuedBy,
            java.time.Instant issuedAt) {
    }

    public record SiteTags(MineSite site, List<TagRow> tags, boolean mayIssue) {
    }

    /** A site's tags, for the inspectors who issue them and those who check them. */
    public SiteTags tagsOf(Actor actor, Long siteId) {
        var site = visibleSite(actor, siteId);
        if (!CustodyAccess.mayReadAnomalies(actor)) {
            throw new CustodyAccessDenied("tags of site " + site.getIcglrId());
        }
        var rows = tags.ofSite(siteId, LIST_LIMIT).stream().map(t -> new TagRow(t.getId(), t.getNumber(),
                t.getBatch(), t.getStatus(), t.getIssuedBy(), t.getIssuedAt())).toList();
        return new SiteTags(site, rows, CustodyAccess.mayIssueTags(actor, site));
    }

    /** The site a production form is for, with its minerals loaded; only for those who may produce there. */
    public MineSite productionSite(Actor actor, Long siteId) {
        var site = visibleSite(actor, siteId);
        if (!CustodyAccess.mayProduce(actor, site)) {
            throw new CustodyAccessDenied("record production at site " + site.getIcglrId());
        }
        site.getMinerals().size();
        return site;
    }

    public LotRow lot(Actor actor, Long id) {
        var lot = lots.findById(id).orElseThrow(() -> new NotFoundException("Lot", id));
        if (!CustodyAccess.maySee(actor, lot)) {
            // Not 403: whether a lot exists is itself not for everyone to learn.
            throw new NotFoundException("Lot", id);
        }
        return LotRow.of(lot);
    }

    public List<LotRow> lots(Actor actor) {
        var found = CustodyAccess.seesAllLots(actor) ? lots.newest(LIST_LIMIT)
                : actor.organisationId() == null ? List.<Lot>of()
                : lots.newestHeldBy(actor.organisationId(), LIST_LIMIT);
        return found.stream().map(LotRow::of).toList();
    }

    public record SiteLink(Long id, String name) {
    }

    /** The sites an operator may record production at (their organisation's), for the links on the lot list. */
    public List<SiteLink> productionSites(Actor actor) {
        if (!actor.has(org.orepass.account.Role.OPERATOR) || actor.organisationId() == null) {
            return List.of();
        }
        return sites.ownedOrOperatedBy(actor.organisationId()).stream()
                .filter(site -> CustodyAccess.mayProduce(actor, site))
                .map(site -> new SiteLink(site.getId(), site.getName())).toList();
    }

    public List<CustodyAnomaly> anomalies(Actor actor) {
        if (!CustodyAccess.mayReadAnomalies(actor)) {
            throw new CustodyAccessDenied("custody anomalies");
        }
        return anomalies.newest(LIST_LIMIT);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private MineSite visibleSite(Actor actor, Long siteId) {
        var site = sites.findById(siteId).orElseThrow(() -> new NotFoundException("MineSite", siteId));
        if (!SiteAccess.maySee(actor, site)) {
            throw new NotFoundException("MineSite", siteId);
        }
        return site;
    }
}
