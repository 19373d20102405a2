package org.orepass.web.export;

import org.orepass.account.Actor;
import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.orepass.custody.MassUnit;
import org.orepass.export.ExportQueries;
import org.orepass.export.ExportShipping;
import org.orepass.export.TransportMode;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.StaleEditException;
import org.orepass.site.Mineral;
import org.orepass.web.support.CountryOption;
import org.orepass.web.support.Forms;
import org.springframework.dao.OptimisticLockingFailureException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The exporter's pages: the list, the shipment form (draft), the shipment with its documents, submission. */
@Controller
class ExportController {

    static final String LIST = "export/list";
    static final String FORM = "export/form";
    static final String SHIPMENT = "export/shipment";

    private final ExportShipping shipping;
    private final ExportQueries queries;

    ExportController(ExportShipping shipping, ExportQueries queries) {
        this.shipping = shipping;
        this.queries = queries;
    }

    @GetMapping("/exports")
    String list(Model model, Actor actor) {
        model.addAttribute("shipments", queries.list(actor));
        model.addAttribute("mayShip", actor.has(org.orepass.account.Role.EXPORTER) && actor.organisationId() != null);
        return LIST;
    }

    @GetMapping("/exports/new")
    String create(Model model, Locale locale, Actor actor) {
        model.addAttribute("form", new ShipmentForm());
        return showForm(null, model, locale, actor);
    }

    @PostMapping("/exports")
    String draft(@Valid @ModelAttribute("form") ShipmentForm form, BindingResult result, Model model,
            Locale locale, RedirectAttributes redirect, Actor actor) {
        if (!result.hasErrors()) {
            try {
                var shipment = shipping.draft(actor, form.toDetails());
                redirect.addFlashAttribute("flash", "export.saved");
                return "redirect:/exports/" + shipment.getId();
            } catch (DomainRuleViolation violation) {
                reject(result, violation);
            }
        } else {
            checkAlso(result, null, form, actor);
        }
        return showForm(null, model, locale, actor);
    }

    @GetMapping("/exports/{id}/edit")
    String edit(@PathVariable Long id, Model model, Locale locale, Actor actor) {
        var draft = queries.draft(actor, id);
        model.addAttribute("form", ShipmentForm.of(draft.details(), draft.version()));
        return showForm(id, model, locale, actor);
    }

    @PostMapping("/exports/{id}/edit")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") ShipmentForm form, BindingResult result,
            Model model, Locale locale, RedirectAttributes redirect, Actor actor) {
        if (!result.hasErrors()) {
            try {
                shipping.edit(actor, id, form.getVersion(), form.toDetails());
                redirect.addFlashAttribute("flash", "export.saved");
                return "redirect:/exports/" + id;
            } catch (DomainRuleViolation violation) {
                reject(result, violation);
            } catch (StaleEditException | OptimisticLockingFailureException stale) {
                Forms.rejectStale(result);
            }
        } else {
            checkAlso(result, id, form, actor);
        }
        return showForm(id, model, locale, actor);
    }

    @GetMapping("/exports/{id}")
    String shipment(@PathVariable Long id, Model model, Actor actor) {
        return show(id, model, actor);
    }

    @PostMapping("/exports/{id}/submission")
    String submit(@PathVariable Long id, @ModelAttribute("submissionForm") SubmissionForm form,
            BindingResult result, Model model, RedirectAttributes redirect, Actor actor) {
        try {
            shipping.submit(actor, id, form.getVersion());
            redirect.addFlashAttribute("flash", "export.submitted");
            return "redirect:/exports/" + id;
        } catch (DomainRuleViolation violation) {
            result.reject(violation.messageKey(), violation.arguments(), null);
        } catch (StaleEditException | OptimisticLockingFailureException raced) {
            // The draft was changed, or one of its lots was sold or shipped at the same moment: the exporter
            // must look at the lots again rather than oversell them.
            result.reject("export.stale");
        }
        return show(id, model, actor);
    }

    @PostMapping("/exports/{id}/documents")
    String attach(@PathVariable Long id, @ModelAttribute("documentForm") DocumentForm form, BindingResult result,
            Model model, RedirectAttributes redirect, Actor actor) throws IOException {
        var file = form.getFile();
        try {
            shipping.attach(actor, id, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes());
            redirect.addFlashAttribute("flash", "export.document.saved");
            return "redirect:/exports/" + id + "#documents";
        } catch (DomainRuleViolation violation) {
            Forms.reject(result, violation);
        }
        return show(id, model, actor);
    }

    /** Always a download with the type recorded from the content and no sniffing, as inspection files are. */
    @GetMapping("/exports/{id}/documents/{documentId}")
    ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long documentId, Actor actor) {
        var document = queries.document(actor, id, documentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.getContentType()))
                .contentLength(document.getSizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.getFileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(document.getContent());
    }

    /** Refusals about one lot go next to that lot's field ({@code lots[id]}), which is a map entry, not a bean property. */
    static void reject(BindingResult result, DomainRuleViolation violation) {
        for (var each : violation.violations()) {
            if (each.field() != null && each.field().startsWith("lots[")) {
                result.rejectValue(each.field(), each.messageKey(), each.arguments(), null);
            } else {
                Forms.reject(result, each);
            }
        }
    }

    /**
     * The domain's problems too (a domestic destination, an unknown currency, a lot not held), for the fields the
     * form's own checks left alone: every problem of one submission at once (issue 16).
     */
    private void checkAlso(BindingResult result, Long id, ShipmentForm form, Actor actor) {
        try {
            shipping.check(actor, id, form.toDetails());
        } catch (DomainRuleViolation violation) {
            rejectAlso(result, violation);
        }
    }

    /** {@link #reject} for a form Bean Validation already refused: only fields without an error yet. */
    static void rejectAlso(BindingResult result, DomainRuleViolation violation) {
        for (var each : violation.violations()) {
            if (each.field() != null && each.field().startsWith("lots[")) {
                if (!result.hasFieldErrors(each.field())) {
                    result.rejectValue(each.field(), each.messageKey(), each.arguments(), null);
                }
            } else {
                Forms.rejectAlso(result, each);
            }
        }
    }

    private String show(Long id, Model model, Actor actor) {
        var shipment = queries.shipment(actor, id);
        model.addAttribute("shipment", shipment);
        if (!model.containsAttribute("submissionForm")) {
            model.addAttribute("submissionForm", new SubmissionForm(shipment.version()));
        }
        if (!model.containsAttribute("documentForm")) {
            model.addAttribute("documentForm", new DocumentForm());
        }
        model.addAttribute("maxMegabytes", shipping.maxMegabytes());
        return SHIPMENT;
    }

    private String showForm(Long id, Model model, Locale locale, Actor actor) {
        model.addAttribute("shipmentId", id);
        model.addAttribute("lotChoices", queries.lotsToShip(actor));
        model.addAttribute("minerals", Mineral.values());
        model.addAttribute("units", MassUnit.values());
        model.addAttribute("transportModes", TransportMode.values());
        model.addAttribute("countries", CountryOption.all(locale));
        return FORM;
    }
}
