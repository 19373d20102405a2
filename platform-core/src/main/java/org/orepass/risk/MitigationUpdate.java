package org.orepass.risk;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of a plan's history: a version of the plan, a progress update or the review. Never changed. */
@Entity
@Table(name = "risk_mitigation_update")
public class MitigationUpdate {

    public static final String PLAN = "PLAN";
    public static final String PROGRESS = "PROGRESS";
    public static final String REVIEW = "REVIEW";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long planId;

    private String kind;

    private String text;

    private String recordedBy;

    private Instant recordedAt;

    protected MitigationUpdate() {
    }

    MitigationUpdate(Long planId, String kind, String text, String recordedBy, Instant recordedAt) {
        this.planId = planId;
        this.kind = kind;
        this.text = text;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getPlanId() {
        return planId;
    }

    public String getKind() {
        return kind;
    }

    public String getText() {
        return text;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
