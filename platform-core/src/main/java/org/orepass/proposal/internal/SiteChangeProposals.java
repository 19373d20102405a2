package org.orepass.proposal.internal;

import org.orepass.proposal.SiteChangeProposal;
import java.util.List;
import java.util.Optional;

/** Proposed site changes (a port; persistence implements it). */
public interface SiteChangeProposals {

    SiteChangeProposal add(SiteChangeProposal proposal);

    Optional<SiteChangeProposal> findById(Long id);

    List<SiteChangeProposal> findBySiteIdOrderByProposedAtDesc(Long siteId);

    /**
     * Pending proposals on sites of a jurisdiction, oldest first: all countries when {@code country} is null,
     * all divisions of the country when {@code divisions} is empty.
     */
    List<ProposalSummary> pendingIn(String country, java.util.Set<String> divisions, int limit);

    /** An organisation's proposals, newest first. */
    List<ProposalSummary> ofOrganisation(Long organisationId, int limit);
}
