package org.orepass.web.producer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.orepass.account.Actor;
import org.orepass.producer.LandRehabilitation;
import org.orepass.producer.ProducerAccessDenied;
import org.orepass.producer.ProducerProfile;
import org.orepass.producer.Producers;
import org.orepass.producer.RehabilitationCommitment;
import org.orepass.producer.RehabilitationSource;
import org.orepass.producer.RehabilitationWork;
import org.orepass.producer.Verdict;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.NotFoundException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Land rehabilitation pages (issue 22, docs/producers.md): a commitment per site, its progress records with files,
 * and verifiers' verdicts on each record. Who may do what is decided by {@link LandRehabilitation} (the producer's
 * rules); this class only shows and forwards.
 */
@Controller
@RequestMapping("/producers/{id}/rehabilitation")
class RehabilitationController {

    private final Producers producers;
    private final LandRehabilitation rehabilitation;
    private final Clock clock;

    RehabilitationController(Producers producers, LandRehabilitation rehabilitation, Clock clock) {
        this.producers = producers;
        this.rehabilitation = rehabilitation;
        this.clock = clock;
    }

    @GetMapping("/new")
    String create(@PathVariable Long id, Model model, Actor actor) {
        var profile = producers.managed(actor, id);
        var form = new RehabilitationForm();
        var sites = producers.sitesOf(profile);
        if (!sites.isEmpty()) {
            form.setSiteId(sites.get(0).getId());
        }
        model.addAttribute("form", form);
        return showForm(profile, model);
    }

    @PostMapping
    String save(@PathVariable Long id, @ModelAttribute("form") RehabilitationForm form, BindingResult result,
            Model model, RedirectAttributes redirect, Actor actor) {
        var profile = producers.managed(actor, id);
        try {
            if (!result.hasErrors()) {
                var commitment = rehabilitation.commit(actor, id, form.toDetails());
                redirect.addFlashAttribute("flash", "producer.rehabilitation.saved");
                return "redirect:/producers/" + id + "/rehabilitation/" + commitment.getId();
            }
        } catch (DomainRuleViolation violation) {
            Forms.reject(result, violation);
        }
        return showForm(profile, model);
    }

    private String showForm(ProducerProfile profile, Model model) {
        model.addAttribute("profile", profile);
        model.addAttribute("organisation", producers.organisation(profile));
        model.addAttribute("sites", producers.sitesOf(profile));
        model.addAttribute("works", RehabilitationWork.values());
        model.addAttribute("sources", RehabilitationSource.values());
        return "producer/rehabilitation-form";
    }

    @GetMapping("/{commitmentId}")
    String show(@PathVariable Long id, @PathVariable Long commitmentId, Model model, Actor actor) {
        var form = new RehabilitationProgressForm();
        form.setMeasuredOn(LocalDate.now(clock));
        model.addAttribute("progressForm", form);
        return showCommitment(id, commitmentId, model, actor);
    }

    private String showCommitment(Long id, Long commitmentId, Model model, Actor actor) {
        var commitment = rehabilitation.commitment(actor, id, commitmentId);
        var profile = producers.visible(actor, id);
        model.addAttribute("profile", profile);
        model.addAttribute("organisation", producers.organisation(profile));
        model.addAttribute("commitment", commitment);
        model.addAttribute("standing", rehabilitation.standings(profile).stream()
                .filter(s -> s.commitment().getId().equals(commitmentId)).findFirst().orElseThrow());
        model.addAttribute("records", rehabilitation.records(commitment));
        model.addAttribute("mayManage", producers.mayManage(actor, profile));
        model.addAttribute("mayVerify", producers.mayVerify(actor, profile));
        model.addAttribute("maxMegabytes", rehabilitation.maxMegabytes());
        return "producer/rehabilitation";
    }

    @PostMapping("/{commitmentId}/progress")
    String progress(@PathVariable Long id, @PathVariable Long commitmentId,
            @ModelAttribute("progressForm") RehabilitationProgressForm form, BindingResult result, Model model,
            RedirectAttributes redirect, Actor actor) throws IOException {
        var profile = producers.managed(actor, id);
        rehabilitation.commitment(actor, id, commitmentId);
        var file = form.getFile();
        var name = file == null ? null : file.getOriginalFilename();
        var bytes = file == null ? null : file.getBytes();
        try {
            if (result.hasErrors()) {
                // Every problem of one submission at once: the file's too, while the other fields are fixed.
                rehabilitation.checkFile(name, bytes);
            } else {
                rehabilitation.recordProgress(actor, profile.getId(), commitmentId, form.getMeasuredOn(),
                        form.getRehabilitatedHa(), form.getNote(), name, bytes);
                redirect.addFlashAttribute("flash", "producer.rehabilitation.progress.saved");
                return "redirect:/producers/" + id + "/rehabilitation/" + commitmentId;
            }
        } catch (DomainRuleViolation violation) {
            Forms.reject(result, violation);
        }
        return showCommitment(id, commitmentId, model, actor);
    }

    @GetMapping("/{commitmentId}/records/{recordId}")
    String record(@PathVariable Long id, @PathVariable Long commitmentId, @PathVariable Long recordId, Model model,
            Actor actor) {
        model.addAttribute("verification", new VerificationForm());
        return showRecord(id, commitmentId, recordId, model, actor);
    }

    private String showRecord(Long id, Long commitmentId, Long recordId, Model model, Actor actor) {
        var commitment = rehabilitation.commitment(actor, id, commitmentId);
        var profile = producers.visible(actor, id);
        var view = rehabilitation.records(commitment).stream().filter(r -> r.record().getId().equals(recordId))
                .findFirst().orElseThrow(() -> new NotFoundException("RehabilitationRecord", recordId));
        model.addAttribute("profile", profile);
        model.addAttribute("organisation", producers.organisation(profile));
        model.addAttribute("commitment", commitment);
        model.addAttribute("siteName", rehabilitation.siteName(commitment.getSiteId()));
        model.addAttribute("view", view);
        model.addAttribute("mayVerify", producers.mayVerify(actor, profile));
        model.addAttribute("verdicts", Verdict.values());
        return "producer/rehabilitation-record";
    }

    @PostMapping("/{commitmentId}/records/{recordId}/verification")
    String verify(@PathVariable Long id, @PathVariable Long commitmentId, @PathVariable Long recordId,
            @ModelAttribute("verification") VerificationForm form, BindingResult result, Model model,
            RedirectAttributes redirect, Actor actor) {
        RehabilitationCommitment commitment = rehabilitation.commitment(actor, id, commitmentId);
        if (!producers.mayVerify(actor, producers.visible(actor, id))) {
            throw new ProducerAccessDenied("verify rehabilitation of producer " + id);
        }
        try {
            if (!result.hasErrors()) {
                rehabilitation.records(commitment).stream().filter(r -> r.record().getId().equals(recordId))
                        .findFirst().orElseThrow(() -> new NotFoundException("RehabilitationRecord", recordId));
                rehabilitation.verify(actor, id, recordId, form.getVerdict(), form.getReason());
                redirect.addFlashAttribute("flash", "producer.verification.saved");
                return "redirect:/producers/" + id + "/rehabilitation/" + commitmentId + "/records/" + recordId;
            }
        } catch (DomainRuleViolation violation) {
            Forms.reject(result, violation);
        }
        return showRecord(id, commitmentId, recordId, model, actor);
    }

    @GetMapping("/files/{fileId}")
    ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long fileId, Actor actor) {
        var file = rehabilitation.evidence(actor, id, fileId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.getContentType()))
                .contentLength(file.getSizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.getFileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").cacheControl(CacheControl.noStore())
                .body(file.getContent());
    }
}
