package org.orepass.risk;

import java.time.Clock;
import java.util.ArrayList;
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
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * OECD step 2 and 3 for one subject: start an assessment, answer the Annex II questions with the red flags in view,
 * set the level per risk (raise freely, lower only with a written justification), decide, and have a second person
 * sign off a decision on a high-risk assessment. Every change appends a version.
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
    private final Clock clock;

    public RiskAssessing(RiskAssessments assessments, RiskAssessmentVersions versions, RiskQuestions questions,
            RedFlags redFlags, RedFlagQueries queries, Organisations organisations, MineSites sites, Lots lots,
            SiteSourcing sourcing, Clock clock) {
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
            List<RiskAssessmentVersion> versions, boolean mayAssess, boolean maySignOff, String assessingOrgName) {
    }

    @Transactional(readOnly = true)
    public AssessmentView view(Actor actor, Long id) {
        var assessment = visible(actor, id);
        var flags = redFlags.of(assessment);
        var ordered = questions.ordered();
        var computed = RiskLevels.compute(ordered, assessment.answerMap(), flags);
        return new AssessmentView(assessment, subjectName(assessment), flags, ordered, computed,
                versions.of(id), RiskAccess.mayAssessFor(actor, assessment), maySignOff(actor, assessment),
                queries.organisationName(assessment.getAssessingOrgId()));
    }

    /**
     * Saves answers, notes and the level per risk. A level left empty is the computed one; a level below the
     * computed one needs a written justification (refused by the field, naming the risk, otherwise).
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
        var computed = RiskLevels.compute(ordered, answered, redFlags.of(assessment));
        var chosen = new EnumMap<AnnexIIRisk, RiskLevel>(AnnexIIRisk.class);
        var lowered = new ArrayList<AnnexIIRisk>();
        for (var risk : AnnexIIRisk.values()) {
            var value = levels == null ? null : levels.get(risk.name());
            var level = value == null || value.isBlank() ? computed.get(risk).level()
                    : parse(RiskLevel.class, value, "levels[" + risk.name() + "]");
            if (level.compareTo(computed.get(risk).level()) < 0) {
                lowered.add(risk);
            }
            chosen.put(risk, level);
        }
        if (!lowered.isEmpty() && (justification == null || justification.isBlank())) {
            throw new DomainRuleViolation("justification", "risk.justification.required", riskName(lowered.get(0)));
        }
        assessment.record(answered, notes, chosen, lowered.isEmpty() ? null : justification);
        append(assessment, "SAVED", actor);
        return assessment;
    }

    /**
     * Records the decision. Continuing (with or without mitigation) is refused while serious abuses or support to
     * non-state armed groups is HIGH; a decision on an assessment with any HIGH risk waits for a second person.
     */
    public RiskAssessment decide(Actor actor, Long id, long version, Decision decision) {
        var assessment = assessable(actor, id);
        Versioned.requireVersion("RiskAssessment", id, assessment.getVersion(), version);
        if (decision == null) {
            throw new DomainRuleViolation("decision", "risk.decision.required");
        }
        var levels = assessment.levelMap();
        if (levels.isEmpty()) {
            throw new DomainRuleViolation("decision", "risk.decision.unassessed");
        }
        if (decision.continuesTrade()) {
            for (var risk : AnnexIIRisk.values()) {
                if (risk.forbidsContinuingWhenHigh() && levels.get(risk) == RiskLevel.HIGH) {
                    throw new DomainRuleViolation("decision", "risk.decision.refused", riskName(risk));
                }
            }
        }
        assessment.decide(decision, assessment.highestLevel() == RiskLevel.HIGH, actor.username(),
                clock.instant());
        append(assessment, "DECIDED", actor);
        return assessment;
    }

    /** A second trader of the assessing organisation (neither the assessor nor the decider) signs the decision off. */
    public RiskAssessment signOff(Actor actor, Long id, long version) {
        var assessment = assessable(actor, id);
        Versioned.requireVersion("RiskAssessment", id, assessment.getVersion(), version);
        if (assessment.getDecisionStatus() != DecisionStatus.PENDING_SIGN_OFF) {
            throw new DomainRuleViolation(null, "risk.signoff.nothing");
        }
        if (!maySignOff(actor, assessment)) {
            throw new DomainRuleViolation(null, "risk.signoff.second-person");
        }
        assessment.signOff(actor.username(), clock.instant());
        append(assessment, "SIGNED_OFF", actor);
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

    /** The risk's name in the user's language, resolved when the message is shown. */
    private static DefaultMessageSourceResolvable riskName(AnnexIIRisk risk) {
        return new DefaultMessageSourceResolvable("risk.annex." + risk.name());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            throw new DomainRuleViolation(field, "risk.value.unknown");
        }
    }
}
