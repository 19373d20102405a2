package org.orepass.web.risk;

import org.orepass.risk.AnnexIIRisk;
import org.orepass.risk.Answer;
import org.orepass.risk.Decision;
import org.orepass.risk.MitigationPlanning;
import org.orepass.risk.ReviewOutcome;
import org.orepass.risk.RiskAssessing;
import org.orepass.risk.RiskEvidenceUpload;
import org.orepass.risk.RiskLevel;
import org.orepass.web.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The assessment page as it is now, for every form on it; a form that failed keeps what the user typed (the others
 * are filled from the stored assessment and plan).
 */
@Component
class AssessmentPage {

    static final String ASSESSMENT = "risk/assessment";

    private final RiskAssessing assessing;
    private final MitigationPlanning planning;
    private final RiskEvidenceUpload evidence;

    AssessmentPage(RiskAssessing assessing, MitigationPlanning planning, RiskEvidenceUpload evidence) {
        this.assessing = assessing;
        this.planning = planning;
        this.evidence = evidence;
    }

    String show(Long id, Model model, AssessmentForm typed, DecisionForm typedDecision) {
        var actor = CurrentUser.require().actor();
        var view = assessing.view(actor, id);
        var assessment = view.assessment();
        var form = typed;
        if (form == null) {
            form = new AssessmentForm();
            var answers = form.getAnswers();
            assessment.answerMap().forEach((code, answer) -> answers.put(code, answer.name()));
            var levels = form.getLevels();
            assessment.levelMap().forEach((risk, level) -> levels.put(risk.name(), level.name()));
            form.setNotes(assessment.getNotes());
            form.setJustification(assessment.getJustification());
        }
        form.setVersion(assessment.getVersion());
        var decisionForm = typedDecision == null ? new DecisionForm() : typedDecision;
        decisionForm.setVersion(assessment.getVersion());
        model.addAttribute("form", form);
        model.addAttribute("decisionForm", decisionForm);
        model.addAttribute("view", view);
        model.addAttribute("risks", AnnexIIRisk.values());
        model.addAttribute("answerValues", Answer.values());
        model.addAttribute("levelValues", RiskLevel.values());
        model.addAttribute("decisions", Decision.values());
        var plan = planning.view(actor, id);
        model.addAttribute("plan", plan);
        if (!model.containsAttribute("planForm")) {
            model.addAttribute("planForm", PlanForm.of(plan));
        }
        if (!model.containsAttribute("progressForm")) {
            model.addAttribute("progressForm", new ProgressForm());
        }
        if (!model.containsAttribute("reviewForm")) {
            model.addAttribute("reviewForm", new ReviewForm());
        }
        model.addAttribute("evidence", evidence.of(id));
        model.addAttribute("evidenceMaxMegabytes", evidence.maxMegabytes());
        if (!model.containsAttribute("evidenceForm")) {
            model.addAttribute("evidenceForm", new EvidenceForm());
        }
        model.addAttribute("outcomes", ReviewOutcome.values());
        model.addAttribute("failureDecisions", new Decision[] {Decision.SUSPEND_MITIGATING, Decision.DISENGAGE});
        return ASSESSMENT;
    }
}
