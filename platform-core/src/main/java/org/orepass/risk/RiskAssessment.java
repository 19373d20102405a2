package org.orepass.risk;

import org.orepass.risk.internal.RiskLevels;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.orepass.shared.DomainRuleViolation;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * An organisation's assessment of the Annex II risks of one supplier, site or lot: the answers to the structured
 * questions, the evidence notes, the level chosen per risk (with the reason, who lowered it and who signed the
 * lowering off when one is below the answers) and the decision. The level decisions are checked against is
 * {@link #standings}: never below today's red flags, below the answers only once signed off. The row is the current state; every state is also kept as a
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

    private String loweredFrom = "";

    private String loweredBy;

    private Instant loweredAt;

    private String loweringSignedOffBy;

    private Instant loweringSignedOffAt;

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

    /**
     * Saves new answers, notes and levels; the decision no longer applies (it was taken on other levels). The rules
     * of issue 12, here so that every door meets them:
     * <ul>
     * <li>no level below what the red flags raise it to (data, not opinion: it falls when the data changes);</li>
     * <li>a level below what the answers give, now or as last saved ({@code previous}: re-answering "no" is a
     * lowering too), needs a written reason and an evidence file for that risk, and counts only once a second
     * person signs the lowering off ({@link #signOffLowering}); until then the higher level applies.</li>
     * </ul>
     *
     * @param typed the level typed per risk; absent: the computed one
     * @param computed today's levels from the new answers and the red flags
     * @param previous the levels the previously saved answers gave (red flags left out)
     * @param evidenced the risks that have an evidence file on this assessment
     */
    void assess(Map<String, Answer> answered, String evidence, Map<AnnexIIRisk, RiskLevel> typed, String why,
            Map<AnnexIIRisk, RiskLevels.Computed> computed, Map<AnnexIIRisk, RiskLevel> previous,
            Collection<AnnexIIRisk> evidenced, String username, Instant now) {
        var chosen = new EnumMap<AnnexIIRisk, RiskLevel>(AnnexIIRisk.class);
        var lowered = new LinkedHashMap<AnnexIIRisk, RiskLevel>();
        // A lowering still waiting for its sign-off stays one when saved again: the answers last saved are already
        // the lowered ones, so without this a second save would make the lowering count with nobody signing it.
        var pending = loweringPending() ? loweredFromMap() : Map.<AnnexIIRisk, RiskLevel>of();
        for (var risk : AnnexIIRisk.values()) {
            var c = computed.get(risk);
            var level = typed.get(risk) == null ? c.level() : typed.get(risk);
            if (level.compareTo(c.fromFlags()) < 0) {
                throw new DomainRuleViolation(levelField(risk), "risk.level.flagged", riskName(risk),
                        levelName(c.fromFlags()));
            }
            var base = c.level().max(previous.getOrDefault(risk, RiskLevel.NONE))
                    .max(pending.getOrDefault(risk, RiskLevel.NONE));
            if (level.compareTo(base) < 0) {
                lowered.put(risk, base);
            }
            chosen.put(risk, level);
        }
        if (!lowered.isEmpty() && (why == null || why.isBlank()) && pending.keySet().containsAll(lowered.keySet())) {
            // Nothing newly lowered: the reason already given stands.
            why = justification;
        }
        if (!lowered.isEmpty()) {
            var first = lowered.keySet().iterator().next();
            if (why == null || why.isBlank()) {
                throw new DomainRuleViolation("justification", "risk.justification.required", riskName(first));
            }
            for (var risk : lowered.keySet()) {
                if (!evidenced.contains(risk)) {
                    throw new DomainRuleViolation(levelField(risk), "risk.lowering.evidence", riskName(risk));
                }
            }
        }
        var a = new LinkedHashMap<String, String>();
        answered.forEach((code, answer) -> a.put(code, answer.name()));
        this.answers = Codes.write(a);
        this.notes = evidence == null ? "" : evidence.trim();
        var l = new LinkedHashMap<String, String>();
        chosen.forEach((risk, level) -> l.put(risk.name(), level.name()));
        this.levels = Codes.write(l);
        this.justification = lowered.isEmpty() ? null : why.trim();
        var from = new LinkedHashMap<String, String>();
        lowered.forEach((risk, level) -> from.put(risk.name(), level.name()));
        this.loweredFrom = Codes.write(from);
        this.loweredBy = lowered.isEmpty() ? null : username;
        this.loweredAt = lowered.isEmpty() ? null : now;
        this.loweringSignedOffBy = null;
        this.loweringSignedOffAt = null;
        withdrawDecision();
    }

    /**
     * A second person signs a pending lowering off: a trader of the assessing organisation (the use case checks
     * the role and organisation) who neither lowered the levels nor started the assessment, as for decisions.
     */
    void signOffLowering(String username, Instant now) {
        if (!loweringPending()) {
            throw new DomainRuleViolation(null, "risk.lowering.nothing");
        }
        if (username.equals(loweredBy) || username.equals(createdBy)) {
            throw new DomainRuleViolation(null, "risk.lowering.second-person");
        }
        this.loweringSignedOffBy = username;
        this.loweringSignedOffAt = now;
    }

    /**
     * Decides on the levels as they stand now ({@link #standings}). Continuing (with or without mitigation) is
     * refused while serious abuses or support to non-state armed groups is HIGH (Annex II: suspend or disengage at
     * once); a decision while any risk is HIGH, or one that would lift another assessment's suspension or
     * disengagement of the same subject ({@code liftsStop}), waits for a second person.
     */
    void decide(Decision chosen, Map<AnnexIIRisk, RiskLevels.Standing> standings, boolean liftsStop, String username,
            Instant now) {
        if (chosen == null) {
            throw new DomainRuleViolation("decision", "risk.decision.required");
        }
        if (levelMap().isEmpty()) {
            throw new DomainRuleViolation("decision", "risk.decision.unassessed");
        }
        if (chosen.continuesTrade()) {
            forbiddingRisk(standings).ifPresent(risk -> {
                throw new DomainRuleViolation("decision", "risk.decision.refused", riskName(risk));
            });
        }
        var anyHigh = standings.values().stream().anyMatch(s -> s.effective() == RiskLevel.HIGH);
        this.decision = chosen;
        this.decisionStatus = anyHigh || liftsStop ? DecisionStatus.PENDING_SIGN_OFF : DecisionStatus.EFFECTIVE;
        this.decidedBy = username;
        this.decidedAt = now;
        this.signedOffBy = null;
        this.signedOffAt = null;
    }

    /** The second person signs the decision off, unless the levels have since risen so that it no longer holds. */
    void signOff(String username, Map<AnnexIIRisk, RiskLevels.Standing> standings, Instant now) {
        if (decisionStatus != DecisionStatus.PENDING_SIGN_OFF) {
            throw new DomainRuleViolation(null, "risk.signoff.nothing");
        }
        if (username.equals(decidedBy) || username.equals(createdBy)) {
            throw new DomainRuleViolation(null, "risk.signoff.second-person");
        }
        if (decision.continuesTrade()) {
            forbiddingRisk(standings).ifPresent(risk -> {
                throw new DomainRuleViolation(null, "risk.decision.lapsed", riskName(risk));
            });
        }
        this.decisionStatus = DecisionStatus.EFFECTIVE;
        this.signedOffBy = username;
        this.signedOffAt = now;
    }

    /**
     * The level of each risk that decisions are checked against, given today's computed levels: at least what the
     * red flags raise it to; a chosen higher level counts; a lowered level counts only once signed off (a pending
     * one leaves the level it was lowered from). A level saved lower before lowerings needed a sign-off (V27) has
     * no lowering on record and so does not count either.
     */
    public Map<AnnexIIRisk, RiskLevels.Standing> standings(Map<AnnexIIRisk, RiskLevels.Computed> computed) {
        var chosenLevels = levelMap();
        var from = loweredFromMap();
        var signedOff = loweringSignedOffBy != null;
        var result = new EnumMap<AnnexIIRisk, RiskLevels.Standing>(AnnexIIRisk.class);
        for (var risk : AnnexIIRisk.values()) {
            var c = computed.get(risk);
            var chosen = chosenLevels.get(risk);
            var loweredFromLevel = from.get(risk);
            RiskLevel effective;
            if (chosen == null) {
                effective = c.level();
            } else if (loweredFromLevel != null && signedOff) {
                effective = chosen.max(c.fromFlags());
            } else if (loweredFromLevel != null) {
                effective = c.level().max(loweredFromLevel);
            } else {
                effective = chosen.max(c.level());
            }
            result.put(risk, new RiskLevels.Standing(c.level(), c.fromFlags(), chosen, loweredFromLevel, signedOff,
                    effective));
        }
        return result;
    }

    /**
     * A decision to continue that the levels as they stand now no longer allow (a site turned red, an incident
     * was verified after it was taken): it no longer counts as allowing trade; a new decision is needed.
     */
    public boolean decisionLapsed(Map<AnnexIIRisk, RiskLevels.Standing> standings) {
        return decision != null && decision.continuesTrade() && forbiddingRisk(standings).isPresent();
    }

    /** The first risk that forbids continuing trade at its effective level, if any. */
    public static java.util.Optional<AnnexIIRisk> forbiddingRisk(Map<AnnexIIRisk, RiskLevels.Standing> standings) {
        for (var risk : AnnexIIRisk.values()) {
            var standing = standings.get(risk);
            if (risk.forbidsContinuingWhenHigh() && standing != null && standing.effective() == RiskLevel.HIGH) {
                return java.util.Optional.of(risk);
            }
        }
        return java.util.Optional.empty();
    }

    public boolean loweringPending() {
        return loweredBy != null && loweringSignedOffBy == null;
    }

    /** The risks lowered in the last save, each with the level it was lowered from. */
    public Map<AnnexIIRisk, RiskLevel> loweredFromMap() {
        var result = new EnumMap<AnnexIIRisk, RiskLevel>(AnnexIIRisk.class);
        Codes.read(loweredFrom).forEach((risk, level) -> result.put(AnnexIIRisk.valueOf(risk), RiskLevel.valueOf(level)));
        return result;
    }

    private static String levelField(AnnexIIRisk risk) {
        return "levels[" + risk.name() + "]";
    }

    /** The risk's name in the user's language, resolved when the message is shown. */
    static DefaultMessageSourceResolvable riskName(AnnexIIRisk risk) {
        return new DefaultMessageSourceResolvable("risk.annex." + risk.name());
    }

    private static DefaultMessageSourceResolvable levelName(RiskLevel level) {
        return new DefaultMessageSourceResolvable("risk.level." + level.name());
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
                decisionStatus, loweredFrom, loweredBy, loweringSignedOffBy, username, now);
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

    public String getLoweredBy() {
        return loweredBy;
    }

    public Instant getLoweredAt() {
        return loweredAt;
    }

    public String getLoweringSignedOffBy() {
        return loweringSignedOffBy;
    }

    public Instant getLoweringSignedOffAt() {
        return loweringSignedOffAt;
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
