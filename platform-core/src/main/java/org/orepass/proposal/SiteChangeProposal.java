package org.orepass.proposal;

import org.orepass.proposal.internal.ProposalStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.orepass.shared.DomainRuleViolation;

/**
 * Changes an operator proposes to the description of its own site. Only the changed fields are kept, with the
 * value the operator saw: the inspector reviews exactly those, and approval applies them and nothing else, so
 * a field the operator did not touch never overwrites what an inspector recorded meanwhile.
 */
@Entity
@Table(name = "site_change_proposal")
public class SiteChangeProposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long siteId;
    private long baseVersion;
    private boolean locationConfirmed;
    private String proposedBy;
    private Long organisationId;
    private Instant proposedAt;

    @Enumerated(EnumType.STRING)
    private ProposalStatus status;

    private String decidedBy;
    private Instant decidedAt;
    private String rejectionReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "site_change_proposal_field", joinColumns = @JoinColumn(name = "proposal_id"))
    @OrderBy("field")
    private List<ProposedChange> changes = new ArrayList<>();

    @Version
    private long version;

    protected SiteChangeProposal() {
        // for JPA
    }

    SiteChangeProposal(Long siteId, long baseVersion, Map<String, String> before, Map<String, String> proposed,
            boolean locationConfirmed, String proposedBy, Long organisationId, Instant proposedAt) {
        this.siteId = siteId;
        this.baseVersion = baseVersion;
        this.locationConfirmed = locationConfirmed;
        this.proposedBy = proposedBy;
        this.organisationId = organisationId;
        this.proposedAt = proposedAt;
        this.status = ProposalStatus.PENDING;
        for (var field : SiteFields.changedBetween(before, proposed)) {
            changes.add(new ProposedChange(field, before.get(field), proposed.get(field)));
        }
        if (changes.isEmpty()) {
            throw new DomainRuleViolation(null, "proposal.unchanged");
        }
    }

    void approve(String by, Instant at) {
        requirePending();
        this.status = ProposalStatus.APPROVED;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    void reject(String by, Instant at, String reason) {
        requirePending();
        if (reason == null || reason.isBlank()) {
            throw new DomainRuleViolation("reason", "proposal.reason.required");
        }
        this.status = ProposalStatus.REJECTED;
        this.decidedBy = by;
        this.decidedAt = at;
        this.rejectionReason = reason.strip();
    }

    private void requirePending() {
        if (status != ProposalStatus.PENDING) {
            throw new DomainRuleViolation(null, "proposal.decided");
        }
    }

    /** The proposed values by field, in {@link SiteFields} text form. */
    public Map<String, String> proposedValues() {
        var values = new LinkedHashMap<String, String>();
        changes.forEach(change -> values.put(change.getField(), change.getValueProposed()));
        return values;
    }

    public Long getId() {
        return id;
    }

    public Long getSiteId() {
        return siteId;
    }

    public long getBaseVersion() {
        return baseVersion;
    }

    public boolean isLocationConfirmed() {
        return locationConfirmed;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public List<ProposedChange> getChanges() {
        return List.copyOf(changes);
    }

    public long getVersion() {
        return version;
    }
}
