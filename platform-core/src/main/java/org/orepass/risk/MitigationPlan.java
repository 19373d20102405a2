package org.orepass.risk;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The risk-management plan of an assessment whose decision is to mitigate (OECD step 3): measures, who is
 * responsible, the indicators of improvement, milestones and a target date (six months by default, the guidance's
 * horizon for measurable improvement), then the review outcome. Each edit is also appended as a
 * {@link MitigationUpdate}, so every version of the plan is kept.
 */
@Entity
@Table(name = "risk_mitigation_plan")
public class MitigationPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long assessmentId;

    private String measures;

    private String responsible;

    private String indicators;

    private String milestones;

    private LocalDate targetDate;

    @Enumerated(EnumType.STRING)
    private ReviewOutcome outcome;

    private String reviewedBy;

    private LocalDate reviewedOn;

    private String recordedBy;

    private Instant recordedAt;

    @Version
    private long version;

    protected MitigationPlan() {
    }

    static MitigationPlan adopt(Long assessmentId, String username, Instant now) {
        var plan = new MitigationPlan();
        plan.assessmentId = assessmentId;
        plan.recordedBy = username;
        plan.recordedAt = now;
        return plan;
    }

    void describe(String measures, String responsible, String indicators, String milestones, LocalDate target,
            String username, Instant now) {
        this.measures = measures.trim();
        this.responsible = responsible.trim();
        this.indicators = indicators.trim();
        this.milestones = milestones == null || milestones.isBlank() ? null : milestones.trim();
        this.targetDate = target;
        this.recordedBy = username;
        this.recordedAt = now;
    }

    void review(ReviewOutcome result, String username, LocalDate today) {
        this.outcome = result;
        this.reviewedBy = username;
        this.reviewedOn = today;
    }

    /** The plan as one text, for its kept versions. */
    String summary() {
        return String.join("\n", measures, responsible, indicators, milestones == null ? "" : milestones,
                targetDate.toString());
    }

    public Long getId() {
        return id;
    }

    public Long getAssessmentId() {
        return assessmentId;
    }

    public String getMeasures() {
        return measures;
    }

    public String getResponsible() {
        return responsible;
    }

    public String getIndicators() {
        return indicators;
    }

    public String getMilestones() {
        return milestones;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public ReviewOutcome getOutcome() {
        return outcome;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public long getVersion() {
        return version;
    }
}
