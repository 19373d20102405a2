package org.orepass.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.orepass.audit.Redacted;

/** A comment or added information; never edited. An anonymous reporter's additions carry no author name. */
@Entity
@Table(name = "incident_comment")
public class IncidentComment {

    static final String ANONYMOUS_AUTHOR = "anonymous";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private Long incidentId;
    @Redacted
    @Column(updatable = false)
    private String body;
    @Column(updatable = false)
    private boolean sensitive;
    @Column(updatable = false)
    private boolean fromReporter;
    @Column(updatable = false)
    private String author;
    @Column(updatable = false)
    private Instant addedAt;

    protected IncidentComment() {
        // for JPA
    }

    IncidentComment(Long incidentId, String body, boolean sensitive, boolean fromReporter, String author,
            Instant addedAt) {
        this.incidentId = incidentId;
        this.body = body;
        this.sensitive = sensitive;
        this.fromReporter = fromReporter;
        this.author = author;
        this.addedAt = addedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getIncidentId() {
        return incidentId;
    }

    public String getBody() {
        return body;
    }

    public boolean isSensitive() {
        return sensitive;
    }

    public boolean isFromReporter() {
        return fromReporter;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
