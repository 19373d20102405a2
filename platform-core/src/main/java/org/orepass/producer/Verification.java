package org.orepass.producer;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One verifier's verdict on one answer; a verifier's newest verdict on an answer is the one that counts. */
@Entity
@Table(name = "producer_verification")
public class Verification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long answerId;
    @Enumerated(EnumType.STRING)
    private Verdict verdict;
    private String reason;
    private String verifier;
    private Long verifierOrgId;
    private Instant verifiedAt;

    protected Verification() {
        // for JPA
    }

    public Verification(Long answerId, Verdict verdict, String reason, String verifier, Long verifierOrgId,
            Instant verifiedAt) {
        this.answerId = answerId;
        this.verdict = verdict;
        this.reason = reason;
        this.verifier = verifier;
        this.verifierOrgId = verifierOrgId;
        this.verifiedAt = verifiedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getAnswerId() {
        return answerId;
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
