package org.orepass.proposal.internal;

/** Where a proposed site change stands: waiting for an inspector, applied, or turned down with a reason. */
public enum ProposalStatus {
    PENDING, APPROVED, REJECTED
}
