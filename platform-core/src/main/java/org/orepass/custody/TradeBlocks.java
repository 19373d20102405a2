package org.orepass.custody;

import org.orepass.custody.internal.LotOrigins;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.site.MineSite;
import org.orepass.site.MineSites;
import org.orepass.site.RedCause;
import org.orepass.site.SiteStatus;
import org.orepass.site.SiteStatusRules;
import org.orepass.site.StatusChange;
import org.orepass.site.StatusChanges;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * No trade from a red site, at any step (ICGLR RCM: a red site may not trade for at least six months and stays red
 * until a later inspection clears it; OECD Annex II: serious abuses and support to armed groups call for suspension
 * at once). A lot is <b>blocked</b> when any mine site it traces back to
 * <ul>
 * <li>was red on the day the lot's ore was produced there (the status history read with {@link SiteStatusRules}:
 * ore mined while trade was forbidden is never cleared by a later green),</li>
 * <li>is red today for a critical criterion ({@link MineSite#redCauseOn}, {@link RedCause#critical()}): until a
 * later inspection clears it, or</li>
 * <li>is under an open review for a verified level-1 Annex II incident ({@link SitesUnderReview}): until the
 * site's inspector clears the review, or</li>
 * <li>belongs to a producer with a verified "not met" on an Annex II serious-risk criterion
 * ({@link ProducerFindings}, issue 22): until a later verified answer says it is met.</li>
 * </ul>
 * Every use case that moves a lot asks here first: sale and receipt, combination, split, processing, export
 * shipments (draft, submission), certificates, the ICGLR lot API. A red site for other reasons (a yellow past its
 * deadline, a blue past three years) still blocks the export certificate through the genealogy, but not trade.
 */
@Service
@Transactional(readOnly = true)
public class TradeBlocks {

    /** Why a lot is blocked, most urgent first. */
    public enum Reason {
        SITE_REVIEW("lot.blocked.site-review"),
        PRODUCER_FINDING("lot.blocked.producer-finding"),
        RED_CRITICAL("lot.blocked.red-critical"),
        RED_AT_PRODUCTION("lot.blocked.red-at-production");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /**
     * One block: the lot asked about, the site and why. {@code detail} is the incident's number (review), the day
     * the site turned red (critical), or the production date (red then).
     */
    public record Block(long lotId, String lotNumber, long siteId, String siteName, Reason reason, Object detail) {

        /** The refusal a use case throws, by its field: names the lot, the site and the reason. */
        public DomainRuleViolation refusal(String field) {
            return new DomainRuleViolation(field, reason.messageKey(), lotNumber, siteName, String.valueOf(detail));
        }
    }

    private final LotOrigins origins;
    private final MineSites sites;
    private final SitesUnderReview reviews;
    private final Clock clock;
    private final StatusChanges history;
    private final ProducerFindings findings;

    /** Without producer findings (tests of the other holds). */
    public TradeBlocks(LotOrigins origins, MineSites sites, SitesUnderReview reviews, Clock clock,
            StatusChanges history) {
        this(origins, sites, reviews, clock, history, ProducerFindings.NONE);
    }

    @Autowired
    public TradeBlocks(LotOrigins origins, MineSites sites, SitesUnderReview reviews, Clock clock,
            StatusChanges history, ProducerFindings findings) {
        this.findings = findings;
        this.history = history;
        this.origins = origins;
        this.sites = sites;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** Every block on these lots, in the order the lots were given, the most urgent reason first for each. */
    public List<Block> blocks(Collection<Long> lotIds) {
        return read(lotIds).blocks();
    }

    /**
     * What one walk over the lots' origins tells: the blocks ({@link #blocks}) and, for each mine site the lots trace
     * back to, the worst colour it had on any production date of its lots there ({@code worstWhenMined}: red, then
     * yellow, blue, green; a site with nothing known that early is absent). The passport shows the colour; reading
     * both from the same walk costs one query for every site's history together. {@code sites}: those sites, as
     * loaded for the blocks (so a caller need not load them again).
     */
    public record Reading(List<Block> blocks, Map<Long, SiteStatus> worstWhenMined, Map<Long, MineSite> sites) {
    }

    /** The blocks and the colours when mined of these lots' origins, from one walk ({@link Reading}). */
    public Reading read(Collection<Long> lotIds) {
        var asked = new LinkedHashSet<Long>(lotIds);
        asked.remove(null);
        if (asked.isEmpty()) {
            return new Reading(List.of(), Map.of(), Map.of());
        }
        var traced = origins.of(asked);
        if (traced.isEmpty()) {
            return new Reading(List.of(), Map.of(), Map.of());
        }
        var siteIds = traced.stream().map(LotOrigins.Origin::siteId).distinct().toList();
        var byId = new HashMap<Long, MineSite>();
        sites.findAllById(siteIds).forEach(site -> byId.put(site.getId(), site));
        var underReview = reviews.underReview(siteIds);
        var held = findings.heldSites(siteIds);
        var today = LocalDate.now(clock);
        var found = new LinkedHashSet<Block>();
        var worst = new HashMap<Long, SiteStatus>();
        for (var origin : traced) {
            var then = statusWhenMined(origin);
            if (then != null) {
                worst.merge(origin.siteId(), then, (a, b) -> severity(b) > severity(a) ? b : a);
            }
            var site = byId.get(origin.siteId());
            var name = site == null ? "#" + origin.siteId() : site.getName();
            var incident = underReview.get(origin.siteId());
            if (incident != null) {
                found.add(new Block(origin.lotId(), origin.lotNumber(), origin.siteId(), name, Reason.SITE_REVIEW,
                        incident));
            }
            var finding = held.get(origin.siteId());
            if (finding != null) {
                found.add(new Block(origin.lotId(), origin.lotNumber(), origin.siteId(), name,
                        Reason.PRODUCER_FINDING, finding));
            }
            if (site != null && site.redCauseOn(today).filter(RedCause::critical).isPresent()) {
                found.add(new Block(origin.lotId(), origin.lotNumber(), origin.siteId(), name, Reason.RED_CRITICAL,
                        site.statusSinceOn(today)));
            }
            if (then == SiteStatus.RED) {
                found.add(new Block(origin.lotId(), origin.lotNumber(), origin.siteId(), name,
                        Reason.RED_AT_PRODUCTION, origin.productionDate()));
            }
        }
        var order = new ArrayList<>(asked);
        var result = new ArrayList<>(found);
        result.sort(Comparator.comparingInt((Block block) -> order.indexOf(block.lotId()))
                .thenComparing(Block::reason).thenComparing(Block::siteName));
        return new Reading(result, Map.copyOf(worst), Map.copyOf(byId));
    }

    /** The first block on these lots, if any. */
    public Optional<Block> firstBlock(Collection<Long> lotIds) {
        return blocks(lotIds).stream().findFirst();
    }

    /** Refuses, by {@code field}, when the lot is blocked. */
    public void requireTradable(String field, Long lotId) {
        requireTradable(field, List.of(lotId));
    }

    /** Refuses, by {@code field}, when any of the lots is blocked. */
    public void requireTradable(String field, Collection<Long> lotIds) {
        firstBlock(lotIds).ifPresent(block -> {
            throw block.refusal(field);
        });
    }

    /** Refuses when any of the lots is blocked, by the field of the blocked lot's row ({@code fieldOf(index)}). */
    public void requireTradable(List<Long> lotIds, IntFunction<String> fieldOf) {
        firstBlock(lotIds).ifPresent(block -> {
            throw block.refusal(fieldOf.apply(lotIds.indexOf(block.lotId())));
        });
    }

    /**
     * Production: no lot may be recorded as produced on a day its site was red, whatever the site is today (the
     * same reading of the status history as {@link LotOrigins}: the newest change on or before the day, or the
     * site's own record when it is newer and not after the day). Refused by the production date.
     */
    public void requireProducible(MineSite site, LocalDate productionDate) {
        if (site == null || site.getId() == null || productionDate == null) {
            return;
        }
        StatusChange then = null;
        for (var change : history.findBySiteIdOrderByChangedOnDescIdDesc(site.getId())) {
            if (!change.getChangedOn().isAfter(productionDate)) {
                then = change;
                break;
            }
        }
        SiteStatus status;
        LocalDate since;
        LocalDate deadline = null;
        var record = site.getStatusSince();
        if (record != null && !record.isAfter(productionDate)
                && (then == null || !record.isBefore(then.getChangedOn()))) {
            status = site.getStatus();
            since = record;
            deadline = site.getCorrectionDeadline();
        } else if (then != null) {
            status = then.getToStatus();
            since = then.getChangedOn();
        } else {
            return;
        }
        if (SiteStatusRules.asOf(status, since, deadline, productionDate) == SiteStatus.RED) {
            throw new DomainRuleViolation("productionDate", "lot.blocked.produced-while-red", site.getName(),
                    productionDate.toString());
        }
    }

    /** RCM: a lot whose ore was produced while its site was red stays out of trade, whatever the site is now. */
    static boolean redOnProductionDate(LotOrigins.Origin origin) {
        return statusWhenMined(origin) == SiteStatus.RED;
    }

    /** Worse colours are larger: green, blue, yellow, red (blue is not inspected yet: worse than green). */
    private static int severity(SiteStatus status) {
        return switch (status) {
            case GREEN -> 0;
            case BLUE -> 1;
            case YELLOW -> 2;
            case RED -> 3;
        };
    }

    /** The site's colour on the production date, carried forward by the status rules; null when nothing is known. */
    private static SiteStatus statusWhenMined(LotOrigins.Origin origin) {
        if (origin.statusThen() == null || origin.statusThenSince() == null || origin.productionDate() == null) {
            return null;
        }
        return SiteStatusRules.asOf(origin.statusThen(), origin.statusThenSince(), origin.correctionDeadlineThen(),
                origin.productionDate());
    }
}
