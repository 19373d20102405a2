package org.orepass.web.legalhelp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.orepass.account.Actor;
import org.orepass.legalhelp.CaseStatus;
import org.orepass.legalhelp.LegalHelp;
import org.orepass.legalhelp.LegalHelpAccessDenied;
import org.orepass.organisation.OrganisationType;
import org.orepass.organisation.Organisations;
import org.orepass.shared.DomainRuleViolation;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Legal help (issue 24): the cases the signed-in user may read, asking a CSO for help (miners), filing a case for a
 * miner who gives no name (CSO helpers), the counts administrators and auditors see, the case page, and the
 * administrators' list of CSOs offering legal help. Every check is the domain's ({@code LegalHelp}).
 */
@Controller
class LegalHelpController {

    static final String HOME = "legalhelp/home";
    static final String CASE = "legalhelp/case";
    static final String PROVIDERS = "legalhelp/providers";

    private final LegalHelp legalHelp;
    private final Organisations organisations;

    LegalHelpController(LegalHelp legalHelp, Organisations organisations) {
        this.legalHelp = legalHelp;
        this.organisations = organisations;
    }

    @GetMapping("/legal-help")
    String home(Model model, Actor actor) {
        model.addAttribute("requestForm", new RequestForm());
        model.addAttribute("minerForm", new RequestForm());
        return showHome(model, actor);
    }

    private String showHome(Model model, Actor actor) {
        var abilities = legalHelp.abilities(actor);
        model.addAttribute("abilities", abilities);
        model.addAttribute("cases", legalHelp.cases(actor));
        model.addAttribute("providers", legalHelp.providers(actor));
        if (abilities.mayCount()) {
            model.addAttribute("counts", legalHelp.counts(actor));
        }
        return HOME;
    }

    @PostMapping("/legal-help/requests")
    String request(@ModelAttribute("requestForm") RequestForm form, BindingResult result, Model model,
            RedirectAttributes redirect, Actor actor) {
        if (!result.hasErrors()) {
            try {
                var legalCase = legalHelp.request(actor, form.getProviderId(), form.getSubject(), form.getMessage(),
                        form.isForGroup());
                redirect.addFlashAttribute("flash", "legalhelp.requested");
                return "redirect:/legal-help/" + legalCase.getId();
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            }
        }
        model.addAttribute("minerForm", new RequestForm());
        return showHome(model, actor);
    }

    @PostMapping("/legal-help/for-miner")
    String fileForMiner(@ModelAttribute("minerForm") RequestForm form, BindingResult result, Model model,
            RedirectAttributes redirect, Actor actor) {
        if (!result.hasErrors()) {
            try {
                var legalCase = legalHelp.fileForMiner(actor, form.getSubject(), form.getMessage());
                redirect.addFlashAttribute("flash", "legalhelp.filed");
                return "redirect:/legal-help/" + legalCase.getId();
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            }
        }
        model.addAttribute("requestForm", new RequestForm());
        return showHome(model, actor);
    }

    @GetMapping("/legal-help/{id}")
    String view(@PathVariable Long id, Model model, Actor actor) {
        model.addAttribute("view", legalHelp.view(actor, id));
        model.addAttribute("statuses", CaseStatus.values());
        return CASE;
    }

    @PostMapping("/legal-help/{id}/messages")
    String write(@PathVariable Long id, @RequestParam(required = false) String body, RedirectAttributes redirect,
            Actor actor) {
        try {
            legalHelp.write(actor, id, body);
            redirect.addFlashAttribute("flash", "legalhelp.message.saved");
        } catch (DomainRuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKey());
            redirect.addFlashAttribute("flashErrorArgs", violation.arguments());
        }
        return "redirect:/legal-help/" + id + "#messages";
    }

    @PostMapping("/legal-help/{id}/documents")
    String attach(@PathVariable Long id, @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect, Actor actor) throws IOException {
        try {
            legalHelp.attach(actor, id, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes());
            redirect.addFlashAttribute("flash", "legalhelp.document.saved");
        } catch (DomainRuleViolation violation) {
            redirect.addFlashAttribute("fileError", violation.messageKey());
            redirect.addFlashAttribute("fileErrorArgs", violation.arguments());
        }
        return "redirect:/legal-help/" + id + "#documents";
    }

    @GetMapping("/legal-help/{id}/documents/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long documentId, Actor actor) {
        var document = legalHelp.download(actor, id, documentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.getContentType()))
                .contentLength(document.getSizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.getFileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(document.getContent());
    }

    @PostMapping("/legal-help/{id}/assignment")
    String assign(@PathVariable Long id, @RequestParam(required = false) String helper, RedirectAttributes redirect,
            Actor actor) {
        try {
            legalHelp.assign(actor, id, helper);
            redirect.addFlashAttribute("flash", "legalhelp.assigned");
        } catch (DomainRuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKey());
        }
        return "redirect:/legal-help/" + id;
    }

    @PostMapping("/legal-help/{id}/status")
    String decide(@PathVariable Long id, @RequestParam(required = false) CaseStatus status,
            @RequestParam(required = false) String outcome, RedirectAttributes redirect, Actor actor) {
        try {
            legalHelp.decide(actor, id, status, outcome);
            redirect.addFlashAttribute("flash", "legalhelp.status.saved");
        } catch (DomainRuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.messageKey());
            redirect.addFlashAttribute("flashErrorArgs", violation.arguments());
        }
        return "redirect:/legal-help/" + id;
    }

    @GetMapping("/admin/legal-help-providers")
    String providers(Model model, Actor actor) {
        model.addAttribute("form", new ProviderForm());
        return showProviders(model, actor);
    }

    @PostMapping("/admin/legal-help-providers")
    String register(@ModelAttribute("form") ProviderForm form, BindingResult result, Model model,
            RedirectAttributes redirect, Actor actor) {
        if (!result.hasErrors()) {
            try {
                legalHelp.registerProvider(actor, form.getOrganisationId(), form.getDescription(),
                        form.getSupervisors());
                redirect.addFlashAttribute("flash", "legalhelp.provider.saved");
                return "redirect:/admin/legal-help-providers";
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            }
        }
        return showProviders(model, actor);
    }

    private String showProviders(Model model, Actor actor) {
        if (!legalHelp.abilities(actor).mayRegister()) {
            throw new LegalHelpAccessDenied("register legal-help providers");
        }
        model.addAttribute("providers", legalHelp.providers(actor));
        model.addAttribute("csos", organisations.allActive().stream()
                .filter(o -> o.getType() == OrganisationType.CSO).toList());
        return PROVIDERS;
    }
}
