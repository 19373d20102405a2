package org.orepass.producer;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One verifier's verdict on a rehabilitation progress record; each verifier's newest verdict counts. */
@Entity
@Table(name = "producer_rehabilitation_verification")
public class RehabilitationVerification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long progressId;
    @Enumerated(EnumType.STRING)
    private Verdict verdict;
    private String reason;
    private String verifier;
    private Long verifierOrgId;
    private Instant verifiedAt;

    protected RehabilitationVerification() {
        // for JPA
    }

    public RehabilitationVerification(Long progressId, Verdict verdict, String reason, String verifier,
            Long verifierOrgId, Instant verifiedAt) {
        this.progressId = progressId;
        this.verdict = verdict;
        this.reason = reason;
        this.verifier = verifier;
        this.verifierOrgId = verifierOrgId;
        this.verifiedAt = verifiedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getProgressId() {
        return progressId;
    }

    public Verdict getVerdict() {
        return verdict;
    }

    public String getReason() {
        return reason;
    }

    public String getVerifier() {
        return verifier;
    }

    public Long getVerifierOrgId() {
        return verifierOrgId;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }
}
