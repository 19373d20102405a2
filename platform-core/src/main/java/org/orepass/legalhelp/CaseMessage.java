package org.orepass.legalhelp;

import org.orepass.audit.ActorWithheld;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.orepass.audit.Redacted;

/** A message of a case; its author and text are redacted in the audit trail. */
@Entity
@ActorWithheld
@Table(name = "legal_case_message")
public class CaseMessage {

    static final int BODY_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private Long caseId;

    @Redacted
    @Column(updatable = false)
    private String author;

    @Redacted
    @Column(updatable = false)
    private String body;

    @Column(updatable = false)
    private Instant writtenAt;

    protected CaseMessage() {
    }

    CaseMessage(Long caseId, String author, String body, Instant writtenAt) {
        this.caseId = caseId;
        this.author = author;
        this.body = body;
        this.writtenAt = writtenAt;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
