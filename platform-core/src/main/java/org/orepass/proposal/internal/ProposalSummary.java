package org.orepass.proposal.internal;

import java.time.Instant;

/** A line of a proposal list: the proposal and the site it concerns. */
public record ProposalSummary(Long id, Long siteId, String siteName, org.orepass.site.IcglrId icglrId, String proposedBy,
        Instant proposedAt, ProposalStatus status, Instant decidedAt) {
}
