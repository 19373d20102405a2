package org.orepass.web.risk;

import org.orepass.web.support.DateInputs;
import org.orepass.account.Actor;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.orepass.risk.Decision;
import org.orepass.risk.MitigationPlanning;
import org.orepass.risk.ReviewOutcome;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.StaleEditException;
import org.orepass.web.support.Forms;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The mitigation plan of an assessment: adopt or revise it, record progress, review it. */
@Controller
class MitigationController {

    private final MitigationPlanning planning;
    private final AssessmentPage page;

    MitigationController(MitigationPlanning planning, AssessmentPage page) {
        this.planning = planning;
        this.page = page;
    }

    @PostMapping("/risk/assessments/{id}/plan")
    String adopt(@PathVariable Long id, @ModelAttribute("planForm") PlanForm form, BindingResult result, Model model,
            RedirectAttributes redirect, Actor actor) {
        LocalDate target = null;
        if (form.getTargetDate() != null && !form.getTargetDate().isBlank()) {
            try {
                target = DateInputs.read(form.getTargetDate().trim());
            } catch (DateTimeParseException wrong) {
                result.rejectValue("targetDate", "risk.plan.targetDate.invalid");
            }
        }
        if (!result.hasErrors()) {
            try {
                planning.adopt(actor, id, form.getVersion(), form.getMeasures(),
                        form.getResponsible(), form.getIndicators(), form.getMilestones(), target);
                redirect.addFlashAttribute("flash", "risk.plan.saved");
                return "redirect:/risk/assessments/" + id + "#plan-title";
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            } catch (StaleEditException | OptimisticLockingFailureException stale) {
                Forms.rejectStale(result);
            }
        }
        return page.show(id, model, null, null);
    }

    @PostMapping("/risk/assessments/{id}/plan/progress")
    String progress(@PathVariable Long id, @ModelAttribute("progressForm") ProgressForm form, BindingResult result,
            Model model, RedirectAttributes redirect, Actor actor) {
        try {
            planning.progress(actor, id, form.getText());
            redirect.addFlashAttribute("flash", "risk.plan.progress.saved");
            return "redirect:/risk/assessments/" + id + "#plan-title";
        } catch (DomainRuleViolation violation) {
            Forms.reject(result, violation);
        }
        return page.show(id, model, null, null);
    }

    @PostMapping("/risk/assessments/{id}/plan/review")
    String review(@PathVariable Long id, @ModelAttribute("reviewForm") ReviewForm form, BindingResult result,
            Model model, RedirectAttributes redirect, Actor actor) {
        try {
            var outcome = blank(form.getOutcome()) ? null : ReviewOutcome.valueOf(form.getOutcome());
            var decision = blank(form.getAfterFailure()) ? null : Decision.valueOf(form.getAfterFailure());
            planning.review(actor, id, outcome, decision);
            redirect.addFlashAttribute("flash", "risk.plan.reviewed");
            return "redirect:/risk/assessments/" + id;
        } catch (IllegalArgumentException unknown) {
            result.reject("risk.value.unknown");
        } catch (DomainRuleViolation violation) {
            Forms.reject(result, violation);
        } catch (StaleEditException | OptimisticLockingFailureException stale) {
            Forms.rejectStale(result);
        }
        return page.show(id, model, null, null);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
