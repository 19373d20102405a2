package org.orepass.web.incident;

import org.orepass.web.security.SignedInUser;
import org.orepass.account.Actor;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.orepass.incident.IncidentAccess;
import org.orepass.incident.IncidentAttachmentUpload;
import org.orepass.incident.IncidentFollowUp;
import org.orepass.incident.IncidentQueries;
import org.orepass.incident.IncidentReporting;
import org.orepass.incident.IncidentSearch;
import org.orepass.incident.IncidentStatus;
import org.orepass.incident.ReportSiteLinking;
import org.orepass.organisation.Organisations;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.StaleEditException;
import org.orepass.site.Mineral;
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
    private final Organisations organisations;
    private final ReportSiteLinking siteLinking;
    private final SitePicker sitePicker;

    IncidentController(IncidentQueries queries, IncidentReporting reporting, IncidentFollowUp followUp,
            IncidentAttachmentUpload upload, Organisations organisations, ReportSiteLinking siteLinking,
            SitePicker sitePicker) {
        this.queries = queries;
        this.reporting = reporting;
        this.followUp = followUp;
        this.upload = upload;
        this.organisations = organisations;
        this.siteLinking = siteLinking;
        this.sitePicker = sitePicker;
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
            @RequestParam(required = false) Integer size, Model model, Actor actor) {
        var search = new IncidentSearch(status, category, severity, IncidentForm.upper(country),
                IncidentForm.upper(division), mineral, from, to, overdue);
        model.addAttribute("search", search);
        model.addAttribute("statuses", IncidentStatus.values());
        model.addAttribute("minerals", Mineral.values());
        model.addAttribute("today", queries.today());
        model.addAttribute("result", queries.list(actor, search, Pages.of(page, size)));
        return LIST;
    }

    @GetMapping("/new")
    String create(@RequestParam(required = false) Long site, Model model, SignedInUser user) {
        var form = new IncidentForm();
        form.setOccurredOn(queries.today());
        form.setCountry(user.jurisdictionCountry());
        // From a site page: that site, in its country (the country list narrows the site search).
        siteLinking.choice(site).ifPresent(chosen -> {
            form.setSiteId(chosen.id());
            form.setCountry(chosen.country());
        });
        model.addAttribute("form", form);
        return showForm(form, model);
    }

    @PostMapping
    String report(@Valid @ModelAttribute("form") IncidentForm form, BindingResult result,
            @RequestParam(name = SitePicker.FIND, required = false) String findSite, Model model,
            RedirectAttributes redirect, Actor actor) {
        if (findSite != null) {
            sitePicker.search(form, result, model);
            return showForm(form, model);
        }
        if (!result.hasErrors()) {
            try {
                var incident = reporting.report(actor, form.toDetails());
                redirect.addFlashAttribute("flash", "incident.reported");
                return "redirect:/incidents/" + incident.getId();
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            }
        } else if (IncidentAccess.mayReport(actor)) {
            // The domain's problems too (a date in the future, an unknown lot), for the fields the form's own
            // checks left alone: every problem of one submission at once (issue 16).
            try {
                reporting.check(form.toDetails());
            } catch (DomainRuleViolation violation) {
                Forms.rejectAlso(result, violation);
            }
        }
        return showForm(form, model);
    }

    /** The incident page; {@code siteQuery}: "Find site" in its site step (a GET form, no JavaScript). */
    @GetMapping("/{id}")
    String view(@PathVariable Long id, @RequestParam(required = false) String siteQuery, Model model, Actor actor) {
        file(id, model, actor);
        if (siteQuery != null && Boolean.TRUE.equals(model.getAttribute("mayLinkSite"))) {
            model.addAttribute("siteQuery", siteQuery);
            try {
                var matches = siteLinking.find(siteQuery, null);
                model.addAttribute("siteMatches", matches);
                model.addAttribute("manyMatches", matches.size() >= ReportSiteLinking.MATCHES_SHOWN);
            } catch (DomainRuleViolation violation) {
                model.addAttribute("siteError", violation);
            }
        }
        return VIEW;
    }

    /**
     * The verification step links the incident to a site (or moves the link). A refused site (unknown, not a
     * number, outside the inspector's jurisdiction) comes back by the field on the same page.
     */
    @PostMapping("/{id}/site")
    String linkSite(@PathVariable Long id, @RequestParam(required = false) String siteId,
            @RequestParam long version, @RequestParam(required = false) String siteQuery, Model model,
            RedirectAttributes redirect, Actor actor) {
        try {
            siteLinking.link(actor, id, version, siteNumber(siteId));
            redirect.addFlashAttribute("flash", "incident.site.linked");
            return "redirect:/incidents/" + id;
        } catch (DomainRuleViolation violation) {
            file(id, model, actor);
            model.addAttribute("siteQuery", siteQuery);
            model.addAttribute("siteError", violation);
            return VIEW;
        } catch (StaleEditException | org.springframework.dao.OptimisticLockingFailureException stale) {
            redirect.addFlashAttribute("flashError", Forms.STALE);
            return "redirect:/incidents/" + id;
        }
    }

    /** A typed or forged value that is not a site number is refused like an unknown site. */
    private static Long siteNumber(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new DomainRuleViolation("siteId", "validation.required");
        }
        try {
            return Long.valueOf(typed.strip());
        } catch (NumberFormatException notANumber) {
            throw new DomainRuleViolation("siteId", "incident.site.unknown");
        }
    }

    private IncidentQueries.IncidentFile file(Long id, Model model, Actor actor) {
        var file = queries.file(actor, id);
        model.addAttribute("file", file);
        model.addAttribute("today", queries.today());
        model.addAttribute("maxMegabytes", upload.maxMegabytes());
        model.addAttribute("mayLinkSite", siteLinking.mayLink(actor, file.incident()));
        return file;
    }

    @PostMapping("/{id}/status")
    String move(@PathVariable Long id, @RequestParam IncidentStatus target, @RequestParam long version,
            @RequestParam(required = false) String reason, RedirectAttributes redirect, Actor actor) {
        try {
            followUp.move(actor, id, version, target, reason);
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
            RedirectAttributes redirect, Actor actor) {
        try {
            followUp.markDescription(actor, id, version, sensitive);
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
            @RequestParam(required = false) boolean sensitive, RedirectAttributes redirect, Actor actor) {
        try {
            followUp.comment(actor, id, body, sensitive);
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
            RedirectAttributes redirect, Actor actor) {
        try {
            followUp.addAction(actor, id, description, owner, dueOn);
            redirect.addFlashAttribute("flash", "incident.action.saved");
        } catch (DomainRuleViolation violation) {
            redirect.addFlashAttribute("flashError", violation.field() == null ? violation.messageKey()
                    : "incident.action.incomplete");
        }
        return "redirect:/incidents/" + id + "#actions";
    }

    @PostMapping("/{id}/actions/{actionId}/outcome")
    String completeAction(@PathVariable Long id, @PathVariable Long actionId, @RequestParam long version,
            @RequestParam(required = false) String outcome, RedirectAttributes redirect, Actor actor) {
        try {
            followUp.completeAction(actor, actionId, version, outcome);
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
            RedirectAttributes redirect, Actor actor) throws IOException {
        try {
            upload.attach(actor, id, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes());
            redirect.addFlashAttribute("flash", "incident.file.saved");
        } catch (DomainRuleViolation violation) {
            // Shown by the file field (incident/view), like the message of an upload over the server's limit.
            redirect.addFlashAttribute("fileError", violation.messageKey());
            redirect.addFlashAttribute("fileErrorArgs", violation.arguments());
        }
        return "redirect:/incidents/" + id + "#files";
    }

    /** Always a download with the type read from the content: a stored file never renders as a page here. */
    @GetMapping("/{id}/attachments/{fileId}")
    ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long fileId, Actor actor) {
        var attachment = queries.download(actor, id, fileId);
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
        sitePicker.show(form, model);
        model.addAttribute("organisations", organisations.allActive());
        model.addAttribute("minerals", Mineral.values());
        model.addAttribute("severities", java.util.List.of(1, 2, 3));
        return FORM;
    }
}
