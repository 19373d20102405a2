package org.orepass.web.organisation;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.orepass.audit.AuditTrail;
import org.orepass.organisation.OrganisationAdministration;
import org.orepass.organisation.OrganisationSearch;
import org.orepass.organisation.OrganisationType;
import org.orepass.organisation.Organisations;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.StaleEditException;
import org.orepass.web.support.CountryOption;
import org.orepass.web.support.Forms;
import org.orepass.web.support.Pages;
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

/** Administrators list, search, register, edit, deactivate and reactivate organisations. */
@Controller
@RequestMapping("/admin/organisations")
class OrganisationAdminController {

    static final String LIST = "organisation/list";
    static final String FORM = "organisation/form";

    private final OrganisationAdministration administration;
    private final Organisations organisations;
    private final AuditTrail auditTrail;

    OrganisationAdminController(OrganisationAdministration administration, Organisations organisations,
            AuditTrail auditTrail) {
        this.administration = administration;
        this.organisations = organisations;
        this.auditTrail = auditTrail;
    }

    @ModelAttribute("types")
    OrganisationType[] types() {
        return OrganisationType.values();
    }

    @ModelAttribute("countries")
    List<CountryOption> countries(Locale locale) {
        return CountryOption.all(locale);
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) OrganisationType type,
            @RequestParam(required = false) String country, @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
        var search = new OrganisationSearch(q, type, blankToNull(country), active);
        model.addAttribute("search", search);
        model.addAttribute("result", organisations.search(search, Pages.of(page, size)));
        return LIST;
    }

    @GetMapping("/new")
    String create(Model model) {
        model.addAttribute("form", new OrganisationForm());
        return FORM;
    }

    @PostMapping
    String register(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult result,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            var organisation = administration.register(form.toDetails());
            redirect.addFlashAttribute("flash", "organisation.saved");
            return "redirect:/admin/organisations/" + organisation.getId();
        } catch (DomainRuleViolation violation) {
            Forms.reject(result, violation);
            return FORM;
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable Long id, Model model) {
        var organisation = administration.get(id);
        model.addAttribute("form", OrganisationForm.of(organisation));
        return showForm(id, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                administration.edit(id, form.getVersion(), form.toDetails());
                redirect.addFlashAttribute("flash", "organisation.saved");
                return "redirect:/admin/organisations/" + id;
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            } catch (StaleEditException stale) {
                Forms.rejectStale(result);
            }
        }
        return showForm(id, model);
    }

    /** A smelter's or refiner's RMI identifier, audit status and CMRT address: its own form on the same page. */
    @PostMapping("/{id}/smelter")
    String profileSmelter(@PathVariable Long id, @ModelAttribute("smelterForm") SmelterForm smelterForm,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                administration.profileSmelter(id, smelterForm.getVersion(), smelterForm.toProfile());
                redirect.addFlashAttribute("flash", "organisation.saved");
                return "redirect:/admin/organisations/" + id;
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            } catch (StaleEditException stale) {
                Forms.rejectStale(result);
            }
        }
        model.addAttribute("form", OrganisationForm.of(administration.get(id)));
        return showForm(id, model);
    }

    @PostMapping("/{id}/active")
    String setActive(@PathVariable Long id, @RequestParam long version, @RequestParam boolean active,
            RedirectAttributes redirect) {
        try {
            administration.setActive(id, version, active);
            redirect.addFlashAttribute("flash", active ? "organisation.reactivated" : "organisation.deactivated");
        } catch (StaleEditException stale) {
            redirect.addFlashAttribute("flashError", Forms.STALE);
        }
        return "redirect:/admin/organisations/" + id;
    }

    private String showForm(Long id, Model model) {
        var organisation = administration.get(id);
        if (!model.containsAttribute("smelterForm")) {
            model.addAttribute("smelterForm", SmelterForm.of(organisation));
        }
        model.addAttribute("auditStatuses", org.orepass.organisation.SmelterAuditStatus.values());
        model.addAttribute("organisation", organisation);
        model.addAttribute("history", auditTrail.historyOf("Organisation", String.valueOf(id)));
        return FORM;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }
}
