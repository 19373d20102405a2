package org.orepass.web.export;

import org.orepass.account.Actor;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.orepass.export.ExportTaxClearance;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.web.support.CountryOption;
import org.orepass.web.support.Forms;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ADMIN sets, per country, whether export certificates wait for the taxes (the platform default otherwise). */
@Controller
class ExportTaxSettingController {

    static final String SETTINGS = "export/tax-settings";
    static final List<String> RULES = List.of("REQUIRED", "NOT_REQUIRED");

    private final ExportTaxClearance clearance;

    ExportTaxSettingController(ExportTaxClearance clearance) {
        this.clearance = clearance;
    }

    @ModelAttribute("countries")
    List<CountryOption> countries(Locale locale) {
        return CountryOption.all(locale);
    }

    @GetMapping("/admin/export-tax-settings")
    String list(Model model, Actor actor) {
        model.addAttribute("form", new ExportTaxSettingForm());
        return page(model, actor);
    }

    @PostMapping("/admin/export-tax-settings")
    String save(@Valid @ModelAttribute("form") ExportTaxSettingForm form, BindingResult result, Model model,
            RedirectAttributes redirect, Actor actor) {
        if (!result.hasErrors()) {
            try {
                clearance.set(actor, form.getCountry(), form.required());
                redirect.addFlashAttribute("flash", "export.taxes.setting.saved");
                return "redirect:/admin/export-tax-settings";
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            } catch (OptimisticLockingFailureException | DataIntegrityViolationException raced) {
                // Another administrator set the same country at the same moment.
                Forms.rejectStale(result);
            }
        }
        return page(model, actor);
    }

    private String page(Model model, Actor actor) {
        model.addAttribute("settings", clearance.settings(actor));
        model.addAttribute("requiredByDefault", clearance.requiredByDefault());
        model.addAttribute("rules", RULES);
        return SETTINGS;
    }
}
