package org.orepass.web.risk;

import org.orepass.web.support.DateInputs;
import org.orepass.account.Actor;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.io.IOException;
import org.orepass.risk.CahraList;
import org.orepass.risk.CahraLoadRefused;
import org.springframework.context.MessageSource;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.web.support.CountryOption;
import org.orepass.web.support.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ADMIN keeps the list of conflict-affected and high-risk areas that red flags are computed from. */
@Controller
class CahraController {

    static final String CAHRA = "risk/cahra";

    private final CahraList list;
    private final MessageSource messages;

    CahraController(CahraList list, MessageSource messages) {
        this.list = list;
        this.messages = messages;
    }

    @ModelAttribute("countries")
    List<CountryOption> countries(Locale locale) {
        return CountryOption.all(locale);
    }

    @GetMapping("/admin/cahra")
    String show(Model model) {
        model.addAttribute("form", new CahraForm());
        return page(model);
    }

    @PostMapping("/admin/cahra")
    String add(@Valid @ModelAttribute("form") CahraForm form, BindingResult result, Model model,
            RedirectAttributes redirect, Actor actor) {
        LocalDate listedOn = null;
        if (!result.hasFieldErrors("listedOn")) {
            try {
                listedOn = DateInputs.read(form.getListedOn().trim());
            } catch (DateTimeParseException wrong) {
                result.rejectValue("listedOn", "risk.cahra.listedOn.invalid");
            }
        }
        if (!result.hasErrors()) {
            try {
                list.add(actor, form.getCountry(), form.getDivision(), form.getSource(),
                        listedOn);
                redirect.addFlashAttribute("flash", "risk.cahra.added");
                return "redirect:/admin/cahra";
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            }
        }
        return page(model);
    }

    /**
     * Loads a list from a CSV file, all or nothing: bad lines are listed with their numbers in the user's language
     * and nothing is loaded; what was typed (source, date) stays.
     */
    @PostMapping("/admin/cahra/load")
    String load(@ModelAttribute("loadForm") CahraLoadForm form, BindingResult result, Model model,
            RedirectAttributes redirect, Locale locale, Actor actor) throws IOException {
        LocalDate listedOn = null;
        if (form.getLoadListedOn() != null && !form.getLoadListedOn().isBlank()) {
            try {
                listedOn = DateInputs.read(form.getLoadListedOn().trim());
            } catch (DateTimeParseException wrong) {
                result.rejectValue("loadListedOn", "risk.cahra.listedOn.invalid");
            }
        }
        if (!result.hasErrors()) {
            try {
                var file = form.getFile();
                var loaded = list.load(actor, file == null ? null : file.getBytes(),
                        form.getLoadSource(), listedOn);
                redirect.addFlashAttribute("flash", "risk.cahra.load.done");
                // Flash attributes live in the (JDBC) session: plain serialisable numbers, not the record.
                redirect.addFlashAttribute("loaded", new java.util.ArrayList<>(List.of(loaded.added(),
                        loaded.replaced(), loaded.keptFromOtherSources())));
                return "redirect:/admin/cahra";
            } catch (DomainRuleViolation violation) {
                var field = violation.field() == null || "file".equals(violation.field()) ? violation.field()
                        : "load" + Character.toUpperCase(violation.field().charAt(0)) + violation.field().substring(1);
                Forms.reject(result, new DomainRuleViolation(field, violation.messageKey(), violation.arguments()));
            } catch (CahraLoadRefused refused) {
                model.addAttribute("lineErrors", refused.errors().stream()
                        .map(e -> messages.getMessage("risk.cahra.load.line", new Object[] {e.line(),
                                messages.getMessage(e.messageKey(), e.arguments(), locale)}, locale))
                        .toList());
                result.rejectValue("file", "risk.cahra.load.refused", new Object[] {refused.errors().size()}, null);
            }
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new CahraForm());
        }
        return page(model);
    }

    @PostMapping("/admin/cahra/{id}/removal")
    String remove(@PathVariable Long id, RedirectAttributes redirect, Actor actor) {
        list.remove(actor, id);
        redirect.addFlashAttribute("flash", "risk.cahra.removed");
        return "redirect:/admin/cahra";
    }

    private String page(Model model) {
        if (!model.containsAttribute("loadForm")) {
            model.addAttribute("loadForm", new CahraLoadForm());
        }
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new CahraForm());
        }
        model.addAttribute("areas", list.listed());
        return CAHRA;
    }
}
