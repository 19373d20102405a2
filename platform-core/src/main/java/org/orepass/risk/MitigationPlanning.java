package org.orepass.risk;

import org.orepass.risk.internal.MitigationPlans;
import org.orepass.risk.internal.RiskAccessDenied;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.orepass.account.Actor;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.NotFoundException;
import org.orepass.shared.Versioned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The risk-management plan of an assessment decided as "continue while mitigating" or "suspend while mitigating":
 * adopt and revise it, record progress, review it. At review an improved outcome continues trade, a failed one
 * suspends or disengages: the review records that decision on the assessment through {@link RiskAssessing}, so the
 * same refusals and sign-off apply.
 */
@Service
@Transactional
public class MitigationPlanning {

    /** The OECD guidance aims at measurable improvement within six months of the plan. */
    public static final Period DEFAULT_HORIZON = Period.ofMonths(6);

    private final MitigationPlans plans;
    private final RiskAssessments assessments;
    private final RiskAssessing assessing;
    private final Clock clock;

    public MitigationPlanning(MitigationPlans plans, RiskAssessments assessments, RiskAssessing assessing,
            Clock clock) {
        this.plans = plans;
        this.assessments = assessments;
        this.assessing = assessing;
        this.clock = clock;
    }

    public record PlanView(MitigationPlan plan, List<MitigationUpdate> history, boolean mayPlan,
            LocalDate defaultTarget) {
    }

    @Transactional(readOnly = true)
    public PlanView view(Actor actor, Long assessmentId) {
        var assessment = visible(actor, assessmentId);
        var plan = plans.ofAssessment(assessmentId);
        return new PlanView(plan.orElse(null), plan.map(p -> plans.history(p.getId())).orElse(List.of()),
                RiskAccess.mayAssessFor(actor, assessment) && mitigating(assessment),
                LocalDate.now(clock).plus(DEFAULT_HORIZON));
    }

    /** Adopts the plan, or revises it (the version guards against a stale page). */
    public MitigationPlan adopt(Actor actor, Long assessmentId, Long planVersion, String measures,
            String responsible, String indicators, String milestones, LocalDate target) {
        var assessment = assessable(actor, assessmentId);
        if (!mitigating(assessment)) {
            throw new DomainRuleViolation(null, "risk.plan.not-mitigating");
        }
        required("measures", measures);
        required("responsible", responsible);
        required("indicators", indicators);
        var today = LocalDate.now(clock);
        var targetDate = target == null ? today.plus(DEFAULT_HORIZON) : target;
        if (targetDate.isBefore(today)) {
            throw new DomainRuleViolation("targetDate", "risk.plan.targetDate.past");
        }
        Optional<MitigationPlan> existing = plans.ofAssessment(assessmentId);
        MitigationPlan plan;
        if (existing.isPresent()) {
            plan = existing.get();
            if (planVersion != null) {
                Versioned.requireVersion("MitigationPlan", plan.getId(), plan.getVersion(), planVersion);
            }
            plan.describe(measures, responsible, indicators, milestones, targetDate, actor.username(),
                    clock.instant());
        } else {
            plan = MitigationPlan.adopt(assessmentId, actor.username(), clock.instant());
            plan.describe(measures, responsible, indicators, milestones, targetDate, actor.username(),
                    clock.instant());
            plan = plans.add(plan);
        }
        plans.append(new MitigationUpdate(plan.getId(), MitigationUpdate.PLAN, plan.summary(), actor.username(),
                clock.instant()));
        return plan;
    }

    public MitigationUpdate progress(Actor actor, Long assessmentId, String text) {
        assessable(actor, assessmentId);
        var plan = plans.ofAssessment(assessmentId)
                .orElseThrow(() -> new DomainRuleViolation(null, "risk.plan.none"));
        required("text", text);
        return plans.append(new MitigationUpdate(plan.getId(), MitigationUpdate.PROGRESS, text.trim(),
                actor.username(), clock.instant()));
    }

    /**
     * The review: improved continues trade; failed suspends (while mitigating further) or disengages. The decision
     * goes through {@link RiskAssessing#decide}, so "continue" stays refused while a risk that forbids it is high.
     */
    public MitigationPlan review(Actor actor, Long assessmentId, ReviewOutcome outcome, Decision afterFailure) {
        var assessment = assessable(actor, assessmentId);
        var plan = plans.ofAssessment(assessmentId)
                .orElseThrow(() -> new DomainRuleViolation(null, "risk.plan.none"));
        if (outcome == null) {
            throw new DomainRuleViolation("outcome", "risk.plan.outcome.required");
        }
        Decision decision;
        if (outcome == ReviewOutcome.IMPROVED) {
            decision = Decision.CONTINUE;
        } else {
            if (afterFailure == null || afterFailure.continuesTrade()) {
                throw new DomainRuleViolation("afterFailure", "risk.plan.review.failed-decision");
            }
            decision = afterFailure;
        }
        assessing.decide(actor, assessmentId, assessment.getVersion(), decision);
        plan.review(outcome, actor.username(), LocalDate.now(clock));
        plans.append(new MitigationUpdate(plan.getId(), MitigationUpdate.REVIEW, outcome.name() + " " + decision.name(),
                actor.username(), clock.instant()));
        return plan;
    }

    private static boolean mitigating(RiskAssessment assessment) {
        return assessment.getDecision() == Decision.CONTINUE_MITIGATING
                || assessment.getDecision() == Decision.SUSPEND_MITIGATING;
    }

    private static void required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new DomainRuleViolation(field, "risk.plan." + field + ".required");
        }
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
            throw new RiskAccessDenied("plan for risk assessment " + id);
        }
        return assessment;
    }
}
