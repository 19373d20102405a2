package org.orepass.risk;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One state an assessment went through (answers saved, a decision taken, a sign-off), kept for inspectors and
 * auditors. Append-only: never updated or deleted.
 */
@Entity
@Table(name = "risk_assessment_version")
public class RiskAssessmentVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long assessmentId;

    private int number;

    private String event;

    private String answers;

    private String notes;

    private String levels;

    private String justification;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    @Enumerated(EnumType.STRING)
    private DecisionStatus decisionStatus;

    private String loweredFrom = "";

    private String loweredBy;

    private String loweringSignedOffBy;

    private String recordedBy;

    private Instant recordedAt;

    protected RiskAssessmentVersion() {
    }

    RiskAssessmentVersion(Long assessmentId, int number, String event, String answers, String notes, String levels,
            String justification, Decision decision, DecisionStatus decisionStatus, String recordedBy,
            Instant recordedAt) {
        this(assessmentId, number, event, answers, notes, levels, justification, decision, decisionStatus, "", null,
                null, recordedBy, recordedAt);
    }

    RiskAssessmentVersion(Long assessmentId, int number, String event, String answers, String notes, String levels,
            String justification, Decision decision, DecisionStatus decisionStatus, String loweredFrom,
            String loweredBy, String loweringSignedOffBy, String recordedBy, Instant recordedAt) {
        this.loweredFrom = loweredFrom == null ? "" : loweredFrom;
        this.loweredBy = loweredBy;
        this.loweringSignedOffBy = loweringSignedOffBy;
        this.assessmentId = assessmentId;
        this.number = number;
        this.event = event;
        this.answers = answers;
        this.notes = notes;
        this.levels = levels;
        this.justification = justification;
        this.decision = decision;
        this.decisionStatus = decisionStatus;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getAssessmentId() {
        return assessmentId;
    }

    public int getNumber() {
        return number;
    }

    public String getEvent() {
        return event;
    }

    public String getAnswers() {
        return answers;
    }

    public String getNotes() {
        return notes;
    }

    public String getLevels() {
        return levels;
    }

    /** The levels of this version, for the page to show in the reader's language. */
    public java.util.Map<AnnexIIRisk, RiskLevel> levelMap() {
        var result = new java.util.EnumMap<AnnexIIRisk, RiskLevel>(AnnexIIRisk.class);
        Codes.read(levels).forEach((risk, level) -> result.put(AnnexIIRisk.valueOf(risk), RiskLevel.valueOf(level)));
        return result;
    }

    public String getJustification() {
        return justification;
    }

    public Decision getDecision() {
        return decision;
    }

    public DecisionStatus getDecisionStatus() {
        return decisionStatus;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getLoweredBy() {
        return loweredBy;
    }

    public String getLoweringSignedOffBy() {
        return loweringSignedOffBy;
    }

    /** The risks lowered in this state, each with the level the answers gave before the lowering. */
    public java.util.Map<AnnexIIRisk, RiskLevel> loweredFromMap() {
        var result = new java.util.EnumMap<AnnexIIRisk, RiskLevel>(AnnexIIRisk.class);
        Codes.read(loweredFrom).forEach((risk, level) -> result.put(AnnexIIRisk.valueOf(risk), RiskLevel.valueOf(level)));
        return result;
    }
}
