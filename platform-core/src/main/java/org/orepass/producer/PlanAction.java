package org.orepass.producer;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.orepass.shared.DomainRuleViolation;

/** One action of a producer's improvement plan: toward a goal on a criterion, by an owner, by a date. */
@Entity
@Table(name = "producer_plan_action")
public class PlanAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long producerId;
    private Long criterionId;
    private String goal;
    private String action;
    private String ownerName;
    private LocalDate dueOn;
    private LocalDate doneOn;
    private String evidence;
    private Instant createdAt;
    @Version
    private long version;

    protected PlanAction() {
        // for JPA
    }

    PlanAction(Long producerId, Long criterionId, String goal, String action, String ownerName, LocalDate dueOn,
            Instant createdAt) {
        this.producerId = producerId;
        this.criterionId = criterionId;
        this.goal = text("goal", goal, 500);
        this.action = text("action", action, 500);
        this.ownerName = text("ownerName", ownerName, 200);
        this.dueOn = dueOn;
        this.createdAt = createdAt;
    }

    static String text(String field, String value, int max) {
        var stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw new DomainRuleViolation(field, "producer.field.required");
        }
        if (stripped.length() > max) {
            throw new DomainRuleViolation(field, "producer.field.too-long", max);
        }
        return stripped;
    }

    void done(LocalDate on, String evidenceText) {
        this.doneOn = on;
        this.evidence = text("evidence", evidenceText, 1000);
    }

    public boolean overdue(LocalDate today) {
        return doneOn == null && today.isAfter(dueOn);
    }

    public Long getId() {
        return id;
    }

    public Long getProducerId() {
        return producerId;
    }

    public Long getCriterionId() {
        return criterionId;
    }

    public String getGoal() {
        return goal;
    }

    public String getAction() {
        return action;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public String getEvidence() {
        return evidence;
    }

    public long getVersion() {
        return version;
    }
}
