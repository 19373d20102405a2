package org.orepass.web.incident;

import org.orepass.account.Actor;
import jakarta.validation.Valid;
import java.util.Locale;
import org.orepass.incident.CategoryAdministration;
import org.orepass.incident.IncidentQueries;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.web.support.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators see the incident taxonomy and add entries to it. */
@Controller
@RequestMapping("/admin/incident-categories")
class CategoryAdminController {

    static final String PAGE = "incident/categories";

    private final IncidentQueries queries;
    private final CategoryAdministration administration;

    CategoryAdminController(IncidentQueries queries, CategoryAdministration administration) {
        this.queries = queries;
        this.administration = administration;
    }

    @GetMapping
    String page(Model model, Locale locale) {
        model.addAttribute("form", new CategoryForm());
        return show(model, locale);
    }

    @PostMapping
    String add(@Valid @ModelAttribute("form") CategoryForm form, BindingResult result, Model model, Locale locale,
            RedirectAttributes redirect, Actor actor) {
        if (!result.hasErrors()) {
            try {
                administration.add(actor, form.getCode(), form.getParentId(),
                        form.isAnnexIi(), form.names());
                redirect.addFlashAttribute("flash", "incident.category.saved");
                return "redirect:/admin/incident-categories";
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            }
        }
        return show(model, locale);
    }

    private String show(Model model, Locale locale) {
        var all = queries.categories();
        model.addAttribute("entries", all);
        model.addAttribute("categories", CategoryOptions.of(all, locale));
        model.addAttribute("parents", all.stream().filter(c -> !c.isSubcategory()).toList());
        return PAGE;
    }
}
