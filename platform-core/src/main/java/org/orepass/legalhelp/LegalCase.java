package org.orepass.legalhelp;

import org.orepass.audit.ActorWithheld;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.orepass.audit.Redacted;

/**
 * A confidential legal-help case (issue 24): from a miner or a group (the requester) to a CSO offering legal
 * help, or filed by the CSO for a miner who gives no name ("a miner via the CSO"). Everything that says who asked
 * or what about is {@link Redacted} in the audit trail: an administrator reading it learns that a case exists,
 * its CSO and its status, nothing else.
 */
@Entity
@ActorWithheld
@Table(name = "legal_case")
public class LegalCase {

    static final int SUBJECT_LENGTH = 200;
    static final int OUTCOME_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private Long providerId;

    @Redacted
    @Column(updatable = false)
    private String requesterUsername;

    @Redacted
    @Column(updatable = false)
    private Long requesterOrganisationId;

    @Redacted
    @Column(updatable = false)
    private boolean forGroup;

    @Column(updatable = false)
    private boolean viaCso;

    @Redacted
    @Column(updatable = false)
    private String filedBy;

    @Redacted
    private String subject;

    @Enumerated(EnumType.STRING)
    private CaseStatus status;

    @Redacted
    private String helperUsername;

    @Redacted
    private String outcome;

    @Column(updatable = false)
    private Instant openedAt;

    private Instant closedAt;

    @Version
    private long version;

    protected LegalCase() {
    }

    static LegalCase requested(Long providerId, String requester, Long requesterOrganisationId, boolean forGroup,
            String subject, Instant at) {
        var legalCase = new LegalCase();
        legalCase.providerId = providerId;
        legalCase.requesterUsername = requester;
        legalCase.requesterOrganisationId = requesterOrganisationId;
        legalCase.forGroup = forGroup;
        legalCase.filedBy = requester;
        legalCase.subject = subject;
        legalCase.status = CaseStatus.OPEN;
        legalCase.openedAt = at;
        return legalCase;
    }

    /** Filed by a CSO helper for a miner who does not give their name: the helper who filed it helps. */
    static LegalCase viaCso(Long providerId, String helper, String subject, Instant at) {
        var legalCase = new LegalCase();
        legalCase.providerId = providerId;
        legalCase.viaCso = true;
        legalCase.filedBy = helper;
        legalCase.helperUsername = helper;
        legalCase.subject = subject;
        legalCase.status = CaseStatus.IN_PROGRESS;
        legalCase.openedAt = at;
        return legalCase;
    }

    void assign(String helper) {
        helperUsername = helper;
        if (status == CaseStatus.OPEN) {
            status = CaseStatus.IN_PROGRESS;
        }
    }

    void changeStatus(CaseStatus newStatus, String newOutcome, Instant at) {
        status = newStatus;
        outcome = newOutcome;
        closedAt = newStatus == CaseStatus.CLOSED ? at : null;
    }

    public Long getId() {
        return id;
    }

    public Long getProviderId() {
        return providerId;
    }

    public String getRequesterUsername() {
        return requesterUsername;
    }

    public Long getRequesterOrganisationId() {
        return requesterOrganisationId;
    }

    public boolean isForGroup() {
        return forGroup;
    }

    public boolean isViaCso() {
        return viaCso;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public String getSubject() {
        return subject;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public String getHelperUsername() {
        return helperUsername;
    }

    public String getOutcome() {
        return outcome;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public long getVersion() {
        return version;
    }
}
