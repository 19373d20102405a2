package org.orepass.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** Something someone must do about an incident (an authority, a cooperative, a buyer), by when, and the outcome. */
@Entity
@Table(name = "incident_action")
public class FollowUpAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(updatable = false)
    private Long incidentId;
    private String description;
    private String owner;
    private LocalDate dueOn;
    private String outcome;
    private LocalDate doneOn;
    @Column(updatable = false)
    private String addedBy;
    @Column(updatable = false)
    private Instant addedAt;

    @Version
    private long version;

    protected FollowUpAction() {
        // for JPA
    }

    FollowUpAction(Long incidentId, String description, String owner, LocalDate dueOn, String addedBy,
            Instant addedAt) {
        this.incidentId = incidentId;
        this.description = description;
        this.owner = owner;
        this.dueOn = dueOn;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    void complete(String actionOutcome, LocalDate on) {
        this.outcome = actionOutcome;
        this.doneOn = on;
    }

    public boolean isOverdueOn(LocalDate today) {
        return doneOn == null && dueOn.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public Long getIncidentId() {
        return incidentId;
    }

    public String getDescription() {
        return description;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public String getOutcome() {
        return outcome;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public long getVersion() {
        return version;
    }
}
