package org.orepass.web.risk;

import org.orepass.account.Actor;
import org.orepass.risk.Decision;
import org.orepass.risk.RiskAssessing;
import org.orepass.risk.SubjectKind;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.StaleEditException;
import org.orepass.web.support.Forms;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * OECD Annex II risk assessments: the list, a new assessment of a supplier, site or lot, and the assessment page
 * (red flags with their evidence, questions, levels with reasons, decision, sign-off, versions). Authorisation is
 * in {@link RiskAssessing}; the route rules only keep out who never assesses.
 */
@Controller
class RiskAssessmentController {

    static final String LIST = "risk/assessments";
    static final String NEW = "risk/new";

    private final RiskAssessing assessing;
    private final AssessmentPage assessmentPage;

    RiskAssessmentController(RiskAssessing assessing, AssessmentPage assessmentPage) {
        this.assessing = assessing;
        this.assessmentPage = assessmentPage;
    }

    @GetMapping("/risk/assessments")
    String list(Model model, Actor actor) {
        model.addAttribute("assessments", assessing.list(actor));
        model.addAttribute("mayAssess", org.orepass.risk.RiskAccess.mayAssess(actor));
        return LIST;
    }

    @GetMapping("/risk/assessments/new")
    String create(Model model, Actor actor) {
        model.addAttribute("form", new StartForm());
        return newPage(model, actor);
    }

    @PostMapping("/risk/assessments")
    String start(@ModelAttribute("form") StartForm form, BindingResult result, Model model,
            RedirectAttributes redirect, Actor actor) {
        try {
            var kind = form.getSubjectKind() == null || form.getSubjectKind().isBlank() ? null
                    : SubjectKind.valueOf(form.getSubjectKind());
            var assessment = assessing.start(actor, kind, form.getSupplierId(),
                    form.getSiteId(), form.getLotId());
            redirect.addFlashAttribute("flash", "risk.assessment.started");
            return "redirect:/risk/assessments/" + assessment.getId();
        } catch (IllegalArgumentException unknownKind) {
            result.rejectValue("subjectKind", "risk.subject.required");
        } catch (DomainRuleViolation violation) {
            Forms.reject(result, violation);
        }
        return newPage(model, actor);
    }

    @GetMapping("/risk/assessments/{id}")
    String show(@PathVariable Long id, Model model) {
        return page(id, model, null, null);
    }

    @PostMapping("/risk/assessments/{id}")
    String save(@PathVariable Long id, @ModelAttribute("form") AssessmentForm form, BindingResult result,
            Model model, RedirectAttributes redirect, Actor actor) {
        try {
            assessing.save(actor, id, form.getVersion(), form.getAnswers(), form.getNotes(),
                    form.getLevels(), form.getJustification());
            redirect.addFlashAttribute("flash", "risk.assessment.saved");
            return "redirect:/risk/assessments/" + id;
        } catch (DomainRuleViolation violation) {
            if (violation.field() != null && violation.field().startsWith("levels[")) {
                // A map entry is no bean property Forms knows; it is still the field the refusal is about.
                result.rejectValue(violation.field(), violation.messageKey(), violation.arguments(), null);
            } else {
                Forms.reject(result, violation);
            }
        } catch (StaleEditException | OptimisticLockingFailureException stale) {
            Forms.rejectStale(result);
        }
        return page(id, model, form, null);
    }

    @PostMapping("/risk/assessments/{id}/decision")
    String decide(@PathVariable Long id, @ModelAttribute("decisionForm") DecisionForm form, BindingResult result,
            Model model, RedirectAttributes redirect, Actor actor) {
        try {
            var decision = form.getDecision() == null || form.getDecision().isBlank() ? null
                    : Decision.valueOf(form.getDecision());
            var decided = assessing.decide(actor, id, form.getVersion(), decision);
            redirect.addFlashAttribute("flash", decided.getDecisionStatus()
                    == org.orepass.risk.DecisionStatus.PENDING_SIGN_OFF ? "risk.decision.pending" : "risk.decision.taken");
            return "redirect:/risk/assessments/" + id;
        } catch (IllegalArgumentException unknown) {
            result.rejectValue("decision", "risk.decision.required");
        } catch (DomainRuleViolation violation) {
            Forms.reject(result, violation);
        } catch (StaleEditException | OptimisticLockingFailureException stale) {
            Forms.rejectStale(result);
        }
        return page(id, model, null, form);
    }

    @PostMapping("/risk/assessments/{id}/sign-off")
    String signOff(@PathVariable Long id, @ModelAttribute("decisionForm") DecisionForm form, BindingResult result,
            Model model, RedirectAttributes redirect, Actor actor) {
        try {
            assessing.signOff(actor, id, form.getVersion());
            redirect.addFlashAttribute("flash", "risk.signoff.done");
            return "redirect:/risk/assessments/" + id;
        } catch (DomainRuleViolation violation) {
            Forms.reject(result, violation);
        } catch (StaleEditException | OptimisticLockingFailureException stale) {
            Forms.rejectStale(result);
        }
        return page(id, model, null, form);
    }

    @PostMapping("/risk/assessments/{id}/lowering-sign-off")
    String signOffLowering(@PathVariable Long id, @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult result, Model model, RedirectAttributes redirect, Actor actor) {
        try {
            assessing.signOffLowering(actor, id, form.getVersion());
            redirect.addFlashAttribute("flash", "risk.lowering.done");
            return "redirect:/risk/assessments/" + id;
        } catch (DomainRuleViolation violation) {
            Forms.reject(result, violation);
        } catch (StaleEditException | OptimisticLockingFailureException stale) {
            Forms.rejectStale(result);
        }
        return page(id, model, null, form);
    }

    private String newPage(Model model, Actor actor) {
        model.addAttribute("options", assessing.options(actor));
        model.addAttribute("kinds", SubjectKind.values());
        return NEW;
    }

    private String page(Long id, Model model, AssessmentForm typed, DecisionForm typedDecision) {
        return assessmentPage.show(id, model, typed, typedDecision);
    }
}
