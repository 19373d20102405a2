package org.orepass.proposal;

import org.orepass.proposal.internal.ProposalStatus;
import org.orepass.proposal.internal.ProposalSummary;
import org.orepass.proposal.internal.SiteChangeProposals;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.NotFoundException;
import org.orepass.shared.Versioned;
import org.orepass.site.MineSite;
import org.orepass.site.MineSites;
import org.orepass.site.SiteAccess;
import org.orepass.site.SiteAccessDenied;
import org.orepass.site.SiteDetails;
import org.orepass.site.SiteRegistration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operators propose changes to their own sites; inspectors with jurisdiction over the site approve (the change
 * is then made as an edit by that inspector) or reject them with a reason. A site the actor may not see is "not
 * found"; a site it sees but may not act on is "forbidden".
 */
@Service
@Transactional
public class SiteChangeProposing {

    /** Lists are short by nature; a cap keeps a backlog from making one page heavy. */
    static final int LIST_LIMIT = 200;

    private final MineSites sites;
    private final SiteChangeProposals proposals;
    private final SiteRegistration registration;
    private final Clock clock;

    public SiteChangeProposing(MineSites sites, SiteChangeProposals proposals, SiteRegistration registration,
            Clock clock) {
        this.sites = sites;
        this.proposals = proposals;
        this.registration = registration;
        this.clock = clock;
    }

    /** A proposal with what its review page shows. {@code stale}: the site changed since it was proposed. */
    public record Review(SiteChangeProposal proposal, MineSite site, java.util.Map<String, String> current,
            boolean mayDecide, boolean stale) {
    }

    /** Pending proposals an inspector may decide, and the proposals of the actor's own organisation. */
    public record Lists(List<ProposalSummary> toReview, List<ProposalSummary> own) {
    }

    public static boolean mayPropose(Actor actor, MineSite site) {
        return actor.has(Role.OPERATOR) && site.isOperatedBy(actor.organisationId());
    }

    /** The site to propose changes to, with what the form shows loaded. */
    @Transactional(readOnly = true)
    public MineSite siteToChange(Actor actor, Long siteId) {
        var site = visibleSite(actor, siteId);
        if (!mayPropose(actor, site)) {
            throw new SiteAccessDenied("propose changes to site " + site.getIcglrId());
        }
        SiteFields.of(site);
        return site;
    }

    public SiteChangeProposal propose(Actor actor, Long siteId, long seenVersion, SiteDetails proposed) {
        var site = siteToChange(actor, siteId);
        Versioned.requireVersion("MineSite", siteId, site.getVersion(), seenVersion);
        if (!site.getCountry().equals(proposed.country())) {
            throw new DomainRuleViolation("country", "site.country.fixed");
        }
        var current = SiteFields.of(site);
        var before = SiteFields.valuesOf(current);
        // Operators are not on the form: a proposal keeps the site's operators as they are.
        var merged = SiteFields.with(current, SiteFields.valuesOf(proposed), proposed.locationConfirmed());
        registration.checkChange(site, merged);
        return proposals.add(new SiteChangeProposal(siteId, site.getVersion(), before, SiteFields.valuesOf(merged),
                proposed.locationConfirmed(), actor.username(), actor.organisationId(), clock.instant()));
    }

    @Transactional(readOnly = true)
    public Review review(Actor actor, Long proposalId) {
        var proposal = proposals.findById(proposalId)
                .orElseThrow(() -> new NotFoundException("SiteChangeProposal", proposalId));
        var site = visibleSite(actor, proposal.getSiteId());
        var mayDecide = SiteAccess.mayEdit(actor, site);
        var proposedByOwnOrganisation = actor.has(Role.OPERATOR)
                && proposal.getOrganisationId().equals(actor.organisationId());
        if (!mayDecide && !proposedByOwnOrganisation) {
            throw new SiteAccessDenied("review proposal " + proposalId);
        }
        var current = SiteFields.valuesOf(SiteFields.of(site));
        return new Review(proposal, site, current, mayDecide && proposal.getStatus() == ProposalStatus.PENDING,
                site.getVersion() != proposal.getBaseVersion());
    }

    /**
     * Applies the proposed fields as an edit by the inspector. {@code reviewedVersion} is the site version the
     * inspector compared against: if the site changed since, the change is refused (StaleEditException) and the
     * inspector reviews the proposal against the site as it now is.
     */
    public MineSite approve(Actor actor, Long proposalId, long reviewedVersion) {
        var proposal = decidable(actor, proposalId);
        var site = sites.findById(proposal.getSiteId()).orElseThrow();
        Versioned.requireVersion("MineSite", site.getId(), site.getVersion(), reviewedVersion);
        var details = SiteFields.with(SiteFields.of(site), proposal.proposedValues(),
                proposal.isLocationConfirmed());
        var edited = registration.edit(actor, site.getId(), reviewedVersion, details);
        proposal.approve(actor.username(), clock.instant());
        return edited;
    }

    public void reject(Actor actor, Long proposalId, String reason) {
        decidable(actor, proposalId).reject(actor.username(), clock.instant(), reason);
    }

    @Transactional(readOnly = true)
    public Lists lists(Actor actor) {
        List<ProposalSummary> toReview = List.of();
        if (actor.has(Role.ADMIN)) {
            toReview = proposals.pendingIn(null, Set.of(), LIST_LIMIT);
        } else if (actor.has(Role.INSPECTOR)) {
            toReview = proposals.pendingIn(actor.jurisdictionCountry(), actor.jurisdictionDivisions(), LIST_LIMIT);
        }
        List<ProposalSummary> own = actor.has(Role.OPERATOR) && actor.organisationId() != null
                ? proposals.ofOrganisation(actor.organisationId(), LIST_LIMIT) : List.of();
        if (!actor.has(Role.ADMIN) && !actor.has(Role.INSPECTOR) && !actor.has(Role.OPERATOR)) {
            throw new SiteAccessDenied("list site change proposals");
        }
        return new Lists(toReview, own);
    }

    /**
     * What the site page says about proposals: pending ones to an inspector who may decide them, the
     * organisation's own (any status) to an operator of the site, nothing to others. The page is authorised.
     */
    @Transactional(readOnly = true)
    public List<SiteChangeProposal> onSitePage(Actor actor, MineSite site) {
        var all = proposals.findBySiteIdOrderByProposedAtDesc(site.getId());
        if (SiteAccess.mayEdit(actor, site)) {
            return all.stream().filter(p -> p.getStatus() == ProposalStatus.PENDING).toList();
        }
        if (mayPropose(actor, site)) {
            return all.stream().filter(p -> p.getOrganisationId().equals(actor.organisationId())).toList();
        }
        return List.of();
    }

    private SiteChangeProposal decidable(Actor actor, Long proposalId) {
        var proposal = proposals.findById(proposalId)
                .orElseThrow(() -> new NotFoundException("SiteChangeProposal", proposalId));
        var site = visibleSite(actor, proposal.getSiteId());
        if (!SiteAccess.mayEdit(actor, site)) {
            throw new SiteAccessDenied("decide proposal " + proposalId);
        }
        if (proposal.getStatus() != ProposalStatus.PENDING) {
            throw new DomainRuleViolation(null, "proposal.decided");
        }
        return proposal;
    }

    private MineSite visibleSite(Actor actor, Long siteId) {
        var site = sites.findById(siteId).orElseThrow(() -> new NotFoundException("MineSite", siteId));
        if (!SiteAccess.maySee(actor, site)) {
            // As SiteQueries: whether a site exists is itself not for everyone to learn.
            throw new NotFoundException("MineSite", siteId);
        }
        return site;
    }
}
