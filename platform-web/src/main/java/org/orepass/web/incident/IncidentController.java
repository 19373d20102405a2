package org.orepass.web.incident;

import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.orepass.incident.IncidentAttachmentUpload;
import org.orepass.incident.IncidentFollowUp;
import org.orepass.incident.IncidentQueries;
import org.orepass.incident.IncidentReporting;
import org.orepass.incident.IncidentSearch;
import org.orepass.incident.IncidentStatus;
import org.orepass.organisation.Organisations;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.StaleEditException;
import org.orepass.site.Mineral;
import org.orepass.site.SiteQueries;
import org.orepass.web.security.CurrentUser;
import org.orepass.web.support.CountryOption;
import org.orepass.web.support.Forms;
import org.orepass.web.support.Pages;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Signed-in reporting, the incident lists (overdue included) and the incident page with its follow-up. */
@Controller
@RequestMapping("/incidents")
class IncidentController {

    static final String LIST = "incident/list";
    static final String FORM = "incident/form";
    static final String VIEW = "incident/view";

    private final IncidentQueries queries;
    private final IncidentReporting reporting;
    private final IncidentFollowUp followUp;
    private final IncidentAttachmentUpload upload;
    private final SiteQueries sites;
    private final Organisations organisations;

    IncidentController(IncidentQueries queries, IncidentReporting reporting, IncidentFollowUp followUp,
            IncidentAttachmentUpload upload, SiteQueries sites, Organisations organisations) {
        this.queries = queries;
        this.reporting = reporting;
        this.followUp = followUp;
        this.upload = upload;
        this.sites = sites;
        this.organisations = organisations;
    }

    @ModelAttribute("categories")
    CategoryOptions categories(Locale locale) {
        return CategoryOptions.of(queries.categories(), locale);
    }

    @ModelAttribute("countries")
    java.util.List<CountryOption> countries(Locale locale) {
        return CountryOption.all(locale);
    }

    @GetMapping
    String list(@RequestParam(required = false) IncidentStatus status,
            @RequestParam(required = false) Long category, @RequestParam(required = false) Integer severity,
            @RequestParam(required = false) String country, @RequestParam(required = false) String division,
            @RequestParam(required = false) Mineral mineral,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) boolean overdue, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size, Model model) {
        var search = new IncidentSearch(status, category, severity, IncidentForm.upper(country),
                IncidentForm.upper(division), mineral, from, to, overdue);
        model.addAttribute("search", search);
        model.addAttribute("statuses", IncidentStatus.values());
        model.addAttribute("minerals", Mineral.values());
        model.addAttribute("today", queries.today());
        model.addAttribute("result", queries.list(CurrentUser.require().actor(), search, Pages.of(page, size)));
        return LIST;
    }

    @GetMapping("/new")
    String create(@RequestParam(required = false) Long site, Model model) {
        var form = new IncidentForm();
        form.setOccurredOn(queries.today());
        form.setSiteId(site);
        form.setCountry(CurrentUser.require().jurisdictionCountry());
        model.addAttribute("form", form);
        return showForm(form, model);
    }

    @PostMapping
    String report(@Valid @ModelAttribute("form") IncidentForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                var incident = reporting.report(CurrentUser.require().actor(), form.toDetails());
                redirect.addFlashAttribute("flash", "incident.reported");
                return "redirect:/incidents/" + incident.getId();
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            }
        }
        return showForm(form, model);
    }

    @GetMapping("/{id}")
    String view(@PathVariable Long id, Model model) {
        model.addAttribute("file", queries.file(CurrentUser.require().actor(), id));
        model.addAttribute("today", queries.today());
        model.addAttribute("maxMegabytes", upload.maxMegabytes());
        return VIEW;
    }

    @PostMapping("/{id}/status")
    String move(@PathVariable Long id, @RequestParam IncidentStatus target, @RequestParam long version,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            followUp.move(CurrentUser.require().actor(), id, version, target, reason);
            redirect.addFlashAttribute("flash", "incident.moved." + target);
        } catch (DomainRuleViolation violation) {
            flashError(redirect, violation);
        } catch (StaleEditException | org.springframework.dao.OptimisticLockingFailureException stale) {
            // Two monitors deciding at once: the second is told, as with any edit of a changed record.
            redirect.addFlashAttribute("flashError", Forms.STALE);
        }
        return "redirect:/incidents/" + id;
    }

    /** Publish the description on the public pages, or withhold it again (those who verify). */
    @PostMapping("/{id}/description")
    String markDescription(@PathVariable Long id, @RequestParam boolean sensitive, @RequestParam long version,
            RedirectAttributes redirect) {
        try {
            followUp.markDescription(CurrentUser.require().actor(), id, version, sensitive);
            redirect.addFlashAttribute("flash", sensitive ? "incident.description.withheld-now"
                    : "incident.description.published-now");
        } catch (StaleEditException | org.springframework.dao.OptimisticLockingFailureException stale) {
            // Two monitors deciding at once: the second is told, as with any edit of a changed record.
            redirect.addFlashAttribute("flashError", Forms.STALE);
        }
        return "redirect:/incidents/" + id;
    }

    @PostMapping("/{id}/comments")
    String comment(@PathVariable Long id, @RequestParam(required = false) String body,
            @RequestParam(required = false) boolean sensitive, RedirectAttributes redirect) {
        try {
            followUp.comment(CurrentUser.require().actor(), id, body, sensitive);
            redirect.addFlashAttribute("flash", "incident.comment.saved");
        } catch (DomainRuleViolation violation) {
            redirect.addFlashAttribute("flashError", "incident.comment.required");
        }
        return "redirect:/incidents/" + id + "#comments";
    }

    @PostMapping("/{id}/actions")
    String addAction(@PathVariable Long id, @RequestParam(required = false) String description,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            RedirectAttributes redirect) {
        try {
            followUp.addAction(CurrentUser.require().actor(), id, description, owner, dueOn);
            redirect.addFlashAttribute("flash", "incident.action.saved");
        } catch (DomainRuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.field() == null ? violation.messageKey()
                    : "incident.action.incomplete");
        }
        return "redirect:/incidents/" + id + "#actions";
    }

    @PostMapping("/{id}/actions/{actionId}/outcome")
    String completeAction(@PathVariable Long id, @PathVariable Long actionId, @RequestParam long version,
            @RequestParam(required = false) String outcome, RedirectAttributes redirect) {
        try {
            followUp.completeAction(CurrentUser.require().actor(), actionId, version, outcome);
            redirect.addFlashAttribute("flash", "incident.action.completed");
        } catch (DomainRuleViolation violation) {
            redirect.addFlashAttribute("flashError", "incident.action.outcome.required");
        } catch (StaleEditException stale) {
            redirect.addFlashAttribute("flashError", Forms.STALE);
        }
        return "redirect:/incidents/" + id + "#actions";
    }

    @PostMapping("/{id}/attachments")
    String attach(@PathVariable Long id, @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        try {
            upload.attach(CurrentUser.require().actor(), id, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes());
            redirect.addFlashAttribute("flash", "incident.file.saved");
        } catch (DomainRuleViolation violation) {
            flashError(redirect, violation);
        }
        return "redirect:/incidents/" + id + "#files";
    }

    /** Always a download with the type read from the content: a stored file never renders as a page here. */
    @GetMapping("/{id}/attachments/{fileId}")
    ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long fileId) {
        var attachment = queries.download(CurrentUser.require().actor(), id, fileId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.getContentType()))
                .contentLength(attachment.getSizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.getFileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(attachment.getContent());
    }

    private static void flashError(RedirectAttributes redirect, DomainRuleViolation violation) {
        redirect.addFlashAttribute("flashError", violation.messageKey());
        if (violation.arguments().length > 0) {
            redirect.addFlashAttribute("flashErrorArgs", violation.arguments());
        }
    }

    private String showForm(IncidentForm form, Model model) {
        if (form.getSiteId() != null) {
            model.addAttribute("site", sites.file(CurrentUser.require().actor(), form.getSiteId()).site());
        }
        model.addAttribute("organisations", organisations.allActive());
        model.addAttribute("minerals", Mineral.values());
        model.addAttribute("severities", java.util.List.of(1, 2, 3));
        return FORM;
    }
}
