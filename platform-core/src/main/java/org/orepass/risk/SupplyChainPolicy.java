package org.orepass.risk;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An organisation's supply-chain policy and management system (OECD step 1), printed in its yearly report. */
@Entity
@Table(name = "risk_policy")
public class SupplyChainPolicy {

    @Id
    private Long organisationId;

    private String policy;

    private String updatedBy;

    private Instant updatedAt;

    /** A wrapper, so a policy not yet saved is new to Spring Data (its id is assigned: the organisation's). */
    @Version
    private Long version;

    protected SupplyChainPolicy() {
    }

    SupplyChainPolicy(Long organisationId) {
        this.organisationId = organisationId;
    }

    void write(String text, String username, Instant now) {
        this.policy = text.trim();
        this.updatedBy = username;
        this.updatedAt = now;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getPolicy() {
        return policy;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }
}
