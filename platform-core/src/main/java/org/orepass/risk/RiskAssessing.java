package org.orepass.risk;

import org.orepass.risk.internal.AssessmentLevels;
import org.orepass.risk.internal.RedFlag;
import org.orepass.risk.internal.RedFlagQueries;
import org.orepass.risk.internal.RiskAccessDenied;
import org.orepass.risk.internal.RiskAssessmentVersions;
import org.orepass.risk.internal.RiskEvidenceFiles;
import org.orepass.risk.internal.RiskEvidenceSummary;
import org.orepass.risk.internal.RiskLevels;
import org.orepass.risk.internal.RiskQuestion;
import org.orepass.risk.internal.RiskQuestions;
import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.orepass.account.Actor;
import org.orepass.custody.CustodyAccess;
import org.orepass.custody.Lots;
import org.orepass.organisation.Organisations;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.NotFoundException;
import org.orepass.shared.Versioned;
import org.orepass.site.MineSites;
import org.orepass.site.SiteSourcing;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * OECD step 2 and 3 for one subject: start an assessment, answer the Annex II questions with the red flags in view,
 * set the level per risk (raise freely; never below the red flags; below the answers only with a written reason,
 * evidence and a second person's sign-off), decide on the levels as they stand now, and have a second person sign
 * off a decision on a high-risk assessment. The rules are in {@link RiskAssessment}; every change appends a version.
 */
@Service
@Transactional
public class RiskAssessing {

    /** Lists are working lists: the newest this many. */
    public static final int LIST_LIMIT = 200;

    private final RiskAssessments assessments;
    private final RiskAssessmentVersions versions;
    private final RiskQuestions questions;
    private final RedFlags redFlags;
    private final RedFlagQueries queries;
    private final Organisations organisations;
    private final MineSites sites;
    private final Lots lots;
    private final SiteSourcing sourcing;
    private final AssessmentLevels levelsNow;
    private final RiskEvidenceFiles evidence;
    private final Clock clock;

    public RiskAssessing(RiskAssessments assessments, RiskAssessmentVersions versions, RiskQuestions questions,
            RedFlags redFlags, RedFlagQueries queries, Organisations organisations, MineSites sites, Lots lots,
            SiteSourcing sourcing, AssessmentLevels levelsNow, RiskEvidenceFiles evidence, Clock clock) {
        this.levelsNow = levelsNow;
        this.evidence = evidence;
        this.assessments = assessments;
        this.versions = versions;
        this.questions = questions;
        this.redFlags = redFlags;
        this.queries = queries;
        this.organisations = organisations;
        this.sites = sites;
        this.lots = lots;
        this.sourcing = sourcing;
        this.clock = clock;
    }

    /** Starts an assessment of a subject the actor's organisation trades with or holds. */
    public RiskAssessment start(Actor actor, SubjectKind kind, Long supplierOrgId, Long siteId, Long lotId) {
        if (!RiskAccess.mayAssess(actor)) {
            throw new RiskAccessDenied("start a risk assessment");
        }
        var org = actor.organisationId();
        if (kind == null) {
            throw new DomainRuleViolation("subjectKind", "risk.subject.required");
        }
        switch (kind) {
            case SUPPLIER -> {
                var supplier = supplierOrgId == null ? null : organisations.findById(supplierOrgId).orElse(null);
                if (supplier == null || !supplier.isActive() || supplier.getId().equals(org)) {
                    throw new DomainRuleViolation("supplierId", "risk.subject.supplier.unknown");
                }
            }
            case SITE -> {
                var site = siteId == null ? null : sites.findById(siteId).orElse(null);
                if (site == null || !(site.isOperatedBy(org) || sourcing.supplied(site.getId(), org))) {
                    throw new DomainRuleViolation("siteId", "risk.subject.site.unknown");
                }
            }
            case LOT -> {
                var lot = lotId == null ? null : lots.findById(lotId).orElse(null);
                if (lot == null || !CustodyAccess.maySee(actor, lot) || !org.equals(lot.getCustodian().getId())) {
                    throw new DomainRuleViolation("lotId", "risk.subject.lot.unknown");
                }
            }
        }
        var assessment = assessments.add(RiskAssessment.start(org, kind, supplierOrgId, siteId, lotId,
                actor.username(), clock.instant()));
        append(assessment, "STARTED", actor);
        return assessment;
    }

    /** Everything the assessment page shows, computed now (flags and levels are never stale). */
    public record AssessmentView(RiskAssessment assessment, String subjectName, List<RedFlag> flags,
            List<RiskQuestion> questions, Map<AnnexIIRisk, RiskLevels.Computed> computed,
            List<RiskAssessmentVersion> versions, boolean mayAssess, boolean maySignOff, String assessingOrgName,
            Map<AnnexIIRisk, RiskLevels.Standing> standings, boolean decisionLapsed, boolean maySignOffLowering) {
    }

    @Transactional(readOnly = true)
    public AssessmentView view(Actor actor, Long id) {
        var assessment = visible(actor, id);
        var now = levelsNow.of(assessment);
        return new AssessmentView(assessment, subjectName(assessment), now.flags(), now.questions(), now.computed(),
                versions.of(id), RiskAccess.mayAssessFor(actor, assessment), maySignOff(actor, assessment),
                queries.organisationName(assessment.getAssessingOrgId()), now.standings(),
                assessment.decisionLapsed(now.standings()), maySignOffLowering(actor, assessment));
    }

    /**
     * Saves answers, notes and the level per risk. A level left empty is the computed one; the rules on lowering
     * are {@link RiskAssessment#assess}'s (red flags are a floor; below the answers needs a reason, evidence and a
     * second person).
     */
    public RiskAssessment save(Actor actor, Long id, long version, Map<String, String> answers, String notes,
            Map<String, String> levels, String justification) {
        var assessment = assessable(actor, id);
        Versioned.requireVersion("RiskAssessment", id, assessment.getVersion(), version);
        var ordered = questions.ordered();
        var answered = new LinkedHashMap<String, Answer>();
        for (var question : ordered) {
            var value = answers == null ? null : answers.get(question.getCode());
            if (value != null && !value.isBlank()) {
                answered.put(question.getCode(), parse(Answer.class, value, "answers[" + question.getCode() + "]"));
            }
        }
        var typed = new EnumMap<AnnexIIRisk, RiskLevel>(AnnexIIRisk.class);
        for (var risk : AnnexIIRisk.values()) {
            var value = levels == null ? null : levels.get(risk.name());
            if (value != null && !value.isBlank()) {
                typed.put(risk, parse(RiskLevel.class, value, "levels[" + risk.name() + "]"));
            }
        }
        var computed = RiskLevels.compute(ordered, answered, redFlags.of(assessment));
        var previous = new EnumMap<AnnexIIRisk, RiskLevel>(AnnexIIRisk.class);
        RiskLevels.compute(ordered, assessment.answerMap(), List.of())
                .forEach((risk, c) -> previous.put(risk, c.level()));
        var evidenced = evidence.summariesOf(id).stream().map(RiskEvidenceSummary::risk)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
        assessment.assess(answered, notes, typed, justification, computed, previous, evidenced, actor.username(),
                clock.instant());
        append(assessment, "SAVED", actor);
        return assessment;
    }

    /**
     * Records the decision, checked against the levels as they stand now (red flags of today included, a lowering
     * only once signed off): see {@link RiskAssessment#decide}.
     */
    public RiskAssessment decide(Actor actor, Long id, long version, Decision decision) {
        var assessment = assessable(actor, id);
        Versioned.requireVersion("RiskAssessment", id, assessment.getVersion(), version);
        var liftsStop = decision != null && decision.continuesTrade() && liftsAnotherStop(assessment);
        assessment.decide(decision, levelsNow.of(assessment).standings(), liftsStop, actor.username(),
                clock.instant());
        append(assessment, "DECIDED", actor);
        return assessment;
    }

    /**
     * Whether the organisation's newest effective decision on the same supplier or site, taken in another
     * assessment, is to suspend or disengage. A fresh assessment answered "no" would otherwise let one person lift
     * a suspension that two people signed: continuing then waits for a second person, as a lowering does.
     */
    private boolean liftsAnotherStop(RiskAssessment assessment) {
        var kind = assessment.getSubjectKind();
        if (kind == SubjectKind.LOT) {
            return false;
        }
        var supplier = kind == SubjectKind.SUPPLIER ? assessment.getSupplierOrgId() : null;
        var sites = kind == SubjectKind.SITE ? List.of(assessment.getSiteId()) : List.<Long>of();
        for (var other : assessments.decidedOn(assessment.getAssessingOrgId(), supplier, sites)) {
            if (other.getId().equals(assessment.getId()) || other.getSubjectKind() != kind
                    || other.getDecisionStatus() != DecisionStatus.EFFECTIVE) {
                continue;
            }
            // Newest first: the first effective decision on the same subject is the one in force.
            return !other.getDecision().continuesTrade();
        }
        return false;
    }

    /** A second trader of the assessing organisation (neither the assessor nor the decider) signs the decision off. */
    public RiskAssessment signOff(Actor actor, Long id, long version) {
        var assessment = assessable(actor, id);
        Versioned.requireVersion("RiskAssessment", id, assessment.getVersion(), version);
        assessment.signOff(actor.username(), levelsNow.of(assessment).standings(), clock.instant());
        append(assessment, "SIGNED_OFF", actor);
        return assessment;
    }

    /**
     * A second trader of the assessing organisation (neither the one who lowered the levels nor the one who started
     * the assessment) signs a lowering off; from then on the lowered levels count (never below the red flags).
     */
    public RiskAssessment signOffLowering(Actor actor, Long id, long version) {
        var assessment = assessable(actor, id);
        Versioned.requireVersion("RiskAssessment", id, assessment.getVersion(), version);
        assessment.signOffLowering(actor.username(), clock.instant());
        append(assessment, "LOWERING_SIGNED_OFF", actor);
        return assessment;
    }

    public record AssessmentRow(Long id, String assessingOrgName, SubjectKind kind, String subjectName,
            RiskLevel highest, Decision decision, DecisionStatus decisionStatus, String createdBy) {
    }

    @Transactional(readOnly = true)
    public List<AssessmentRow> list(Actor actor) {
        List<RiskAssessment> found;
        if (RiskAccess.readsAll(actor)) {
            found = assessments.newest(LIST_LIMIT);
        } else if (actor.organisationId() != null) {
            found = assessments.newestOf(actor.organisationId(), LIST_LIMIT);
        } else {
            found = List.of();
        }
        return found.stream().map(a -> new AssessmentRow(a.getId(), queries.organisationName(a.getAssessingOrgId()),
                a.getSubjectKind(), subjectName(a), a.highestLevel(), a.getDecision(), a.getDecisionStatus(),
                a.getCreatedBy())).toList();
    }

    public record Option(Long id, String name) {
    }

    /** What the actor's organisation may assess: other active organisations, the sites it sourced from, its lots. */
    public record SubjectOptions(List<Option> suppliers, List<Option> sites, List<Option> lots) {
    }

    @Transactional(readOnly = true)
    public SubjectOptions options(Actor actor) {
        if (!RiskAccess.mayAssess(actor)) {
            throw new RiskAccessDenied("start a risk assessment");
        }
        var org = actor.organisationId();
        var suppliers = organisations.allActive().stream().filter(o -> !o.getId().equals(org))
                .map(o -> new Option(o.getId(), o.getName() + " (" + o.getCountry() + ")")).toList();
        var held = lots.newestHeldBy(org, LIST_LIMIT).stream()
                .map(l -> new Option(l.getId(), l.getLotNumber())).toList();
        return new SubjectOptions(suppliers, queries.sitesSourcedBy(org), held);
    }

    private boolean maySignOffLowering(Actor actor, RiskAssessment assessment) {
        return assessment.loweringPending() && RiskAccess.mayAssessFor(actor, assessment)
                && !actor.username().equals(assessment.getLoweredBy())
                && !actor.username().equals(assessment.getCreatedBy());
    }

    private boolean maySignOff(Actor actor, RiskAssessment assessment) {
        return assessment.getDecisionStatus() == DecisionStatus.PENDING_SIGN_OFF
                && RiskAccess.mayAssessFor(actor, assessment)
                && !actor.username().equals(assessment.getDecidedBy())
                && !actor.username().equals(assessment.getCreatedBy());
    }

    private String subjectName(RiskAssessment assessment) {
        return switch (assessment.getSubjectKind()) {
            case SUPPLIER -> queries.organisationName(assessment.getSupplierOrgId());
            case SITE -> sites.findById(assessment.getSiteId()).map(s -> s.getName() + " (" + s.getIcglrId() + ")")
                    .orElse("");
            case LOT -> queries.lotNumber(assessment.getLotId());
        };
    }

    private void append(RiskAssessment assessment, String event, Actor actor) {
        var number = versions.countOf(assessment.getId()) + 1;
        versions.add(assessment.snapshot(number, event, actor.username(), clock.instant()));
    }

    private RiskAssessment visible(Actor actor, Long id) {
        var assessment = assessments.findById(id).orElseThrow(() -> new NotFoundException("RiskAssessment", id));
        if (!RiskAccess.maySee(actor, assessment)) {
            throw new NotFoundException("RiskAssessment", id);
        }
        return assessment;
    }

    private RiskAssessment assessable(Actor actor, Long id) {
        var assessment = visible(actor, id);
        if (!RiskAccess.mayAssessFor(actor, assessment)) {
            throw new RiskAccessDenied("change risk assessment " + id);
        }
        return assessment;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            throw new DomainRuleViolation(field, "risk.value.unknown");
        }
    }
}
