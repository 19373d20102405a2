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
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An organisation's assessment of the Annex II risks of one supplier, site or lot: the answers to the structured
 * questions, the evidence notes, the level chosen per risk (with the justification when one is below the computed
 * level) and the decision. The row is the current state; every state is also kept as a
 * {@link RiskAssessmentVersion}. Saving new answers withdraws the decision: it was taken on other levels.
 */
@Entity
@Table(name = "risk_assessment")
public class RiskAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long assessingOrgId;

    @Enumerated(EnumType.STRING)
    private SubjectKind subjectKind;

    private Long supplierOrgId;

    private Long siteId;

    private Long lotId;

    private String answers = "";

    private String notes = "";

    private String levels = "";

    private String justification;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    @Enumerated(EnumType.STRING)
    private DecisionStatus decisionStatus;

    private String decidedBy;

    private Instant decidedAt;

    private String signedOffBy;

    private Instant signedOffAt;

    private String createdBy;

    private Instant createdAt;

    @Version
    private long version;

    protected RiskAssessment() {
    }

    public static RiskAssessment start(long assessingOrgId, SubjectKind kind, Long supplierOrgId, Long siteId,
            Long lotId, String username, Instant now) {
        var assessment = new RiskAssessment();
        assessment.assessingOrgId = assessingOrgId;
        assessment.subjectKind = kind;
        assessment.supplierOrgId = kind == SubjectKind.SUPPLIER ? supplierOrgId : null;
        assessment.siteId = kind == SubjectKind.SITE ? siteId : null;
        assessment.lotId = kind == SubjectKind.LOT ? lotId : null;
        assessment.createdBy = username;
        assessment.createdAt = now;
        return assessment;
    }

    /** New answers and levels (already checked by {@link RiskAssessing}); the decision no longer applies. */
    void record(Map<String, Answer> answered, String evidence, Map<AnnexIIRisk, RiskLevel> chosen,
            String why) {
        var a = new LinkedHashMap<String, String>();
        answered.forEach((code, answer) -> a.put(code, answer.name()));
        this.answers = Codes.write(a);
        this.notes = evidence == null ? "" : evidence.trim();
        var l = new LinkedHashMap<String, String>();
        chosen.forEach((risk, level) -> l.put(risk.name(), level.name()));
        this.levels = Codes.write(l);
        this.justification = why == null || why.isBlank() ? null : why.trim();
        withdrawDecision();
    }

    void decide(Decision chosen, boolean needsSignOff, String username, Instant now) {
        this.decision = chosen;
        this.decisionStatus = needsSignOff ? DecisionStatus.PENDING_SIGN_OFF : DecisionStatus.EFFECTIVE;
        this.decidedBy = username;
        this.decidedAt = now;
        this.signedOffBy = null;
        this.signedOffAt = null;
    }

    void signOff(String username, Instant now) {
        this.decisionStatus = DecisionStatus.EFFECTIVE;
        this.signedOffBy = username;
        this.signedOffAt = now;
    }

    private void withdrawDecision() {
        this.decision = null;
        this.decisionStatus = null;
        this.decidedBy = null;
        this.decidedAt = null;
        this.signedOffBy = null;
        this.signedOffAt = null;
    }

    RiskAssessmentVersion snapshot(int number, String event, String username, Instant now) {
        return new RiskAssessmentVersion(id, number, event, answers, notes, levels, justification, decision,
                decisionStatus, username, now);
    }

    public Map<String, Answer> answerMap() {
        var result = new LinkedHashMap<String, Answer>();
        Codes.read(answers).forEach((code, answer) -> result.put(code, Answer.valueOf(answer)));
        return result;
    }

    /** The level chosen per risk (empty before the first save). */
    public Map<AnnexIIRisk, RiskLevel> levelMap() {
        var result = new EnumMap<AnnexIIRisk, RiskLevel>(AnnexIIRisk.class);
        Codes.read(levels).forEach((risk, level) -> result.put(AnnexIIRisk.valueOf(risk), RiskLevel.valueOf(level)));
        return result;
    }

    /** The highest chosen level, NONE before the first save. */
    public RiskLevel highestLevel() {
        return levelMap().values().stream().reduce(RiskLevel.NONE, RiskLevel::max);
    }

    public Long getId() {
        return id;
    }

    public Long getAssessingOrgId() {
        return assessingOrgId;
    }

    public SubjectKind getSubjectKind() {
        return subjectKind;
    }

    public Long getSupplierOrgId() {
        return supplierOrgId;
    }

    public Long getSiteId() {
        return siteId;
    }

    public Long getLotId() {
        return lotId;
    }

    public String getNotes() {
        return notes;
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

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getSignedOffBy() {
        return signedOffBy;
    }

    public Instant getSignedOffAt() {
        return signedOffAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
