package org.orepass.web.producer;

import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.orepass.account.Actor;
import org.orepass.organisation.OrganisationType;
import org.orepass.organisation.Organisations;
import org.orepass.producer.LandRehabilitation;
import org.orepass.producer.ProcessingMethod;
import org.orepass.producer.ProducerProfile;
import org.orepass.producer.ProducerProgress;
import org.orepass.producer.Producers;
import org.orepass.producer.ProgressLevel;
import org.orepass.producer.Verdict;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.NotFoundException;
import org.orepass.shared.StaleEditException;
import org.orepass.site.FormalisationStage;
import org.orepass.web.support.Forms;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Producer pages (issue 22, docs/producers.md): the list, the profile, self-assessments with evidence,
 * verification per answer, the improvement plan and mercury records. Who may do what is decided by
 * {@link Producers}; this class only shows and forwards.
 */
@Controller
@RequestMapping("/producers")
class ProducerController {

    private final Producers producers;
    private final ProducerProgress progress;
    private final Organisations organisations;
    private final Clock clock;
    private final LandRehabilitation rehabilitation;

    ProducerController(Producers producers, ProducerProgress progress, Organisations organisations, Clock clock,
            LandRehabilitation rehabilitation) {
        this.rehabilitation = rehabilitation;
        this.producers = producers;
        this.progress = progress;
        this.organisations = organisations;
        this.clock = clock;
    }

    @GetMapping
    String list(Model model, Actor actor) {
        var visible = producers.visibleTo(actor);
        model.addAttribute("rows", visible.stream().map(p -> Map.of("profile", p, "organisation",
                producers.organisation(p))).toList());
        model.addAttribute("mayCreate", !producers.mayCreateFor(actor).isEmpty());
        model.addAttribute("admin", actor.has(org.orepass.account.Role.ADMIN));
        model.addAttribute("accreditations", producers.accreditations());
        model.addAttribute("csos", csos());
        var names = new java.util.HashMap<Long, String>();
        producers.accreditations().forEach(a -> organisations.findById(a.getOrganisationId())
                .ifPresent(o -> names.put(o.getId(), o.getName())));
        model.addAttribute("organisationNames", names);
        return "producer/list";
    }

    private java.util.List<org.orepass.organisation.Organisation> csos() {
        return organisations.allActive().stream().filter(o -> o.getType() == OrganisationType.CSO).toList();
    }

    @PostMapping("/accreditations")
    String accredit(@RequestParam(required = false) Long organisationId, @RequestParam(required = false) String scheme,
            RedirectAttributes redirect, Actor actor) {
        try {
            producers.accredit(actor, organisationId, scheme);
            redirect.addFlashAttribute("flash", "producer.accredited");
        } catch (DomainRuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKey());
            redirect.addFlashAttribute("flashErrorArgs", violation.arguments());
        }
        return "redirect:/producers";
    }

    // ---- profile

    @GetMapping("/new")
    String create(Model model, Actor actor) {
        var form = new ProfileForm();
        var choices = producers.mayCreateFor(actor);
        if (choices.isEmpty()) {
            throw new org.orepass.producer.ProducerAccessDenied("create a producer profile");
        }
        form.setOrganisationId(choices.get(0).getId());
        model.addAttribute("form", form);
        return showForm(model, actor, null);
    }

    @PostMapping
    String save(@Valid @ModelAttribute("form") ProfileForm form, BindingResult result, Model model,
            RedirectAttributes redirect, Actor actor) {
        if (!result.hasErrors()) {
            try {
                var profile = producers.create(actor, form.getOrganisationId(), form.toDetails());
                redirect.addFlashAttribute("flash", "producer.saved");
                return "redirect:/producers/" + profile.getId();
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            }
        }
        return showForm(model, actor, null);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable Long id, Model model, Actor actor) {
        var profile = producers.managed(actor, id);
        model.addAttribute("form", ProfileForm.of(profile));
        return showForm(model, actor, profile);
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") ProfileForm form, BindingResult result,
            Model model, RedirectAttributes redirect, Actor actor) {
        var profile = producers.managed(actor, id);
        if (!result.hasErrors()) {
            try {
                producers.describe(actor, id, form.getVersion(), form.toDetails());
                redirect.addFlashAttribute("flash", "producer.saved");
                return "redirect:/producers/" + id;
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            } catch (StaleEditException | org.springframework.dao.OptimisticLockingFailureException stale) {
                Forms.rejectStale(result);
            }
        }
        return showForm(model, actor, profile);
    }

    private String showForm(Model model, Actor actor, ProducerProfile profile) {
        model.addAttribute("profile", profile);
        model.addAttribute("organisationChoices", profile == null ? producers.mayCreateFor(actor) : java.util.List.of());
        model.addAttribute("organisation", profile == null ? null : producers.organisation(profile));
        model.addAttribute("stages", FormalisationStage.values());
        model.addAttribute("csos", csos());
        return "producer/form";
    }

    @GetMapping("/{id}")
    String show(@PathVariable Long id, Model model, Actor actor) {
        var profile = producers.visible(actor, id);
        model.addAttribute("mercuryForm", new MercuryForm());
        return showProfile(profile, model, actor);
    }

    private String showProfile(ProducerProfile profile, Model model, Actor actor) {
        var today = LocalDate.now(clock);
        model.addAttribute("profile", profile);
        model.addAttribute("organisation", producers.organisation(profile));
        model.addAttribute("supportingCso", profile.getSupportingCsoId() == null ? null
                : organisations.findById(profile.getSupportingCsoId()).orElse(null));
        model.addAttribute("sites", producers.sitesOf(profile));
        model.addAttribute("today", today);
        model.addAttribute("standings", progress.standings(profile));
        model.addAttribute("findings", progress.findings(profile));
        model.addAttribute("assessments", progress.assessmentsOf(profile.getId()));
        model.addAttribute("mercury", progress.mercuryTrend(profile.getId()));
        model.addAttribute("overdue", progress.overdue(profile.getId()).size());
        model.addAttribute("reviewOverdue", profile.reviewOverdue(today));
        model.addAttribute("mayManage", producers.mayManage(actor, profile));
        model.addAttribute("mayVerify", producers.mayVerify(actor, profile));
        model.addAttribute("methods", ProcessingMethod.values());
        model.addAttribute("rehabilitation", rehabilitation.standings(profile));
        return "producer/profile";
    }

    @PostMapping("/{id}/mercury")
    String mercury(@PathVariable Long id, @Valid @ModelAttribute("mercuryForm") MercuryForm form,
            BindingResult result, Model model, RedirectAttributes redirect, Actor actor) {
        var profile = producers.managed(actor, id);
        if (!result.hasErrors()) {
            try {
                producers.recordMercury(actor, id, form.getSiteId(), form.toDetails());
                redirect.addFlashAttribute("flash", "producer.mercury.saved");
                return "redirect:/producers/" + id + "#mercury";
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            }
        }
        return showProfile(profile, model, actor);
    }

    // ---- assessments

    @GetMapping("/{id}/assessments/new")
    String newAssessment(@PathVariable Long id, Model model, Actor actor) {
        var profile = producers.managed(actor, id);
        var form = new AssessmentForm();
        form.setAssessedOn(LocalDate.now(clock));
        return showAssessmentForm(profile, form, model);
    }

    private String showAssessmentForm(ProducerProfile profile, AssessmentForm form, Model model) {
        var set = producers.currentSet();
        var criteria = producers.criteriaOf(set.getId());
        criteria.forEach(c -> form.getLevels().putIfAbsent(c.getId(), ProgressLevel.NOT_STARTED));
        model.addAttribute("form", form);
        model.addAttribute("profile", profile);
        model.addAttribute("organisation", producers.organisation(profile));
        model.addAttribute("set", set);
        model.addAttribute("criteria", criteria);
        model.addAttribute("levels", ProgressLevel.values());
        return "producer/assessment-form";
    }

    @PostMapping("/{id}/assessments")
    String assess(@PathVariable Long id, @Valid @ModelAttribute("form") AssessmentForm form, BindingResult result,
            Model model, RedirectAttributes redirect, Actor actor) {
        var profile = producers.managed(actor, id);
        if (!result.hasErrors()) {
            try {
                var assessment = producers.selfAssess(actor, id, form.getAssessedOn(), form.getLevels(),
                        form.getNotes());
                redirect.addFlashAttribute("flash", "producer.assessment.saved");
                return "redirect:/producers/" + id + "/assessments/" + assessment.getId();
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            }
        }
        return showAssessmentForm(profile, form, model);
    }

    @GetMapping("/{id}/assessments/{assessmentId}")
    String assessment(@PathVariable Long id, @PathVariable Long assessmentId, Model model, Actor actor) {
        var profile = producers.visible(actor, id);
        var assessment = progress.assessment(id, assessmentId)
                .orElseThrow(() -> new NotFoundException("ProgressAssessment", assessmentId));
        model.addAttribute("profile", profile);
        model.addAttribute("organisation", producers.organisation(profile));
        model.addAttribute("assessment", assessment);
        model.addAttribute("answers", progress.answers(assessment));
        model.addAttribute("mayManage", producers.mayManage(actor, profile));
        model.addAttribute("mayVerify", producers.mayVerify(actor, profile));
        return "producer/assessment";
    }

    @GetMapping("/{id}/answers/{answerId}")
    String answer(@PathVariable Long id, @PathVariable Long answerId, Model model, Actor actor) {
        model.addAttribute("upload", new EvidenceForm());
        model.addAttribute("verification", new VerificationForm());
        return showAnswer(id, answerId, model, actor);
    }

    private String showAnswer(Long id, Long answerId, Model model, Actor actor) {
        var profile = producers.visible(actor, id);
        var view = progress.assessmentsOf(id).stream().flatMap(a -> progress.answers(a).stream()
                .map(v -> Map.entry(a, v))).filter(e -> e.getValue().answer().getId().equals(answerId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Answer", answerId));
        model.addAttribute("profile", profile);
        model.addAttribute("organisation", producers.organisation(profile));
        model.addAttribute("assessment", view.getKey());
        model.addAttribute("view", view.getValue());
        model.addAttribute("mayManage", producers.mayManage(actor, profile));
        model.addAttribute("mayVerify", producers.mayVerify(actor, profile));
        model.addAttribute("verdicts", Verdict.values());
        model.addAttribute("maxMegabytes", producers.maxMegabytes());
        return "producer/answer";
    }

    @PostMapping("/{id}/answers/{answerId}/evidence")
    String attach(@PathVariable Long id, @PathVariable Long answerId, @ModelAttribute("upload") EvidenceForm form,
            BindingResult result, Model model, RedirectAttributes redirect, Actor actor) throws IOException {
        var file = form.getFile();
        try {
            producers.attach(actor, id, answerId, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes());
            redirect.addFlashAttribute("flash", "producer.evidence.saved");
            return "redirect:/producers/" + id + "/answers/" + answerId;
        } catch (DomainRuleViolation violation) {
            Forms.reject(result, violation);
        }
        model.addAttribute("verification", new VerificationForm());
        return showAnswer(id, answerId, model, actor);
    }

    @GetMapping("/{id}/evidence/{fileId}")
    ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long fileId, Actor actor) {
        var file = producers.evidence(actor, id, fileId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.getContentType()))
                .contentLength(file.getSizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.getFileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").cacheControl(CacheControl.noStore())
                .body(file.getContent());
    }

    @PostMapping("/{id}/answers/{answerId}/verification")
    String verify(@PathVariable Long id, @PathVariable Long answerId,
            @Valid @ModelAttribute("verification") VerificationForm form, BindingResult result, Model model,
            RedirectAttributes redirect, Actor actor) {
        if (!result.hasErrors()) {
            try {
                producers.verify(actor, id, answerId, form.getVerdict(), form.getReason());
                redirect.addFlashAttribute("flash", "producer.verification.saved");
                return "redirect:/producers/" + id + "/answers/" + answerId;
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            }
        }
        model.addAttribute("upload", new EvidenceForm());
        return showAnswer(id, answerId, model, actor);
    }

    // ---- plan

    @GetMapping("/{id}/plan")
    String plan(@PathVariable Long id, Model model, Actor actor) {
        model.addAttribute("actionForm", new ActionForm());
        return showPlan(id, model, actor);
    }

    private String showPlan(Long id, Model model, Actor actor) {
        var profile = producers.visible(actor, id);
        var today = LocalDate.now(clock);
        var set = producers.currentSet();
        var criteria = producers.criteriaOf(set.getId());
        model.addAttribute("profile", profile);
        model.addAttribute("organisation", producers.organisation(profile));
        model.addAttribute("actions", progress.plan(id));
        model.addAttribute("criteria", criteria);
        model.addAttribute("criteriaById", criteria.stream().collect(java.util.stream.Collectors.toMap(
                c -> c.getId(), c -> c)));
        model.addAttribute("today", today);
        model.addAttribute("nextReview", profile.nextReviewOn(today));
        model.addAttribute("reviewOverdue", profile.reviewOverdue(today));
        model.addAttribute("mayManage", producers.mayManage(actor, profile));
        model.addAttribute("mayReview", producers.mayManage(actor, profile) || producers.mayVerify(actor, profile));
        return "producer/plan";
    }

    @PostMapping("/{id}/plan/actions")
    String addAction(@PathVariable Long id, @Valid @ModelAttribute("actionForm") ActionForm form,
            BindingResult result, Model model, RedirectAttributes redirect, Actor actor) {
        producers.managed(actor, id);
        if (!result.hasErrors()) {
            try {
                producers.planAction(actor, id, form.getCriterionId(), form.getGoal(), form.getAction(),
                        form.getOwnerName(), form.getDueOn());
                redirect.addFlashAttribute("flash", "producer.action.saved");
                return "redirect:/producers/" + id + "/plan";
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            }
        }
        return showPlan(id, model, actor);
    }

    @PostMapping("/{id}/plan/actions/{actionId}/done")
    String actionDone(@PathVariable Long id, @PathVariable Long actionId,
            @RequestParam(required = false) String evidence, RedirectAttributes redirect, Actor actor) {
        try {
            producers.actionDone(actor, id, actionId, LocalDate.now(clock), evidence);
            redirect.addFlashAttribute("flash", "producer.action.done");
        } catch (DomainRuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKey());
            redirect.addFlashAttribute("flashErrorArgs", violation.arguments());
        }
        return "redirect:/producers/" + id + "/plan";
    }

    @PostMapping("/{id}/plan/review")
    String review(@PathVariable Long id, RedirectAttributes redirect, Actor actor) {
        producers.reviewPlan(actor, id);
        redirect.addFlashAttribute("flash", "producer.plan.reviewed");
        return "redirect:/producers/" + id + "/plan";
    }
}
