package org.orepass.web.revenue;

import org.orepass.web.security.SignedInUser;
import org.orepass.account.Actor;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.orepass.revenue.RevenueAccess;
import org.orepass.revenue.TaxScheduleAdministration;
import org.orepass.revenue.TaxType;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.StaleEditException;
import org.orepass.site.Mineral;
import org.orepass.web.support.CountryOption;
import org.orepass.web.support.Forms;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Tax schedules: administrators list, add and edit them under /admin; inspectors and auditors read the same list
 * under /revenue (the /admin routes are administrators' only).
 */
@Controller
class TaxScheduleController {

    static final String LIST = "revenue/schedules";
    static final String FORM = "revenue/schedule-form";

    private final TaxScheduleAdministration administration;

    TaxScheduleController(TaxScheduleAdministration administration) {
        this.administration = administration;
    }

    @ModelAttribute("countries")
    List<CountryOption> countries(Locale locale) {
        return CountryOption.all(locale);
    }

    @ModelAttribute("allMinerals")
    Mineral[] minerals() {
        return Mineral.values();
    }

    @ModelAttribute("taxTypes")
    TaxType[] taxTypes() {
        return TaxType.values();
    }

    @GetMapping({"/admin/tax-schedules", "/revenue/tax-schedules"})
    String list(@RequestParam(required = false) String country, Model model, Actor actor) {
        var code = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        model.addAttribute("country", code);
        model.addAttribute("schedules", administration.list(actor, code));
        model.addAttribute("mayEdit", RevenueAccess.mayEditSchedules(actor));
        return LIST;
    }

    @GetMapping("/admin/tax-schedules/new")
    String create(Model model, SignedInUser user) {
        var form = new TaxScheduleForm();
        form.setCountry(user.jurisdictionCountry());
        model.addAttribute("form", form);
        return FORM;
    }

    @PostMapping("/admin/tax-schedules")
    String add(@Valid @ModelAttribute("form") TaxScheduleForm form, BindingResult result,
            RedirectAttributes redirect, Actor actor) {
        if (!result.hasErrors()) {
            try {
                administration.create(actor, form.toDetails());
                redirect.addFlashAttribute("flash", "tax.schedule.saved");
                return "redirect:/admin/tax-schedules";
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            } catch (DataIntegrityViolationException raced) {
                // Another administrator saved an overlapping schedule a moment earlier (exclusion constraint).
                result.rejectValue("validFrom", "tax.schedule.overlap.raced");
            }
        }
        return FORM;
    }

    @GetMapping("/admin/tax-schedules/{id}")
    String edit(@PathVariable Long id, Model model, Actor actor) {
        var schedule = administration.get(actor, id);
        model.addAttribute("form", TaxScheduleForm.of(schedule));
        model.addAttribute("scheduleId", id);
        return FORM;
    }

    @PostMapping("/admin/tax-schedules/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") TaxScheduleForm form, BindingResult result,
            Model model, RedirectAttributes redirect, Actor actor) {
        if (!result.hasErrors()) {
            try {
                administration.edit(actor, id, form.getVersion(), form.toDetails());
                redirect.addFlashAttribute("flash", "tax.schedule.saved");
                return "redirect:/admin/tax-schedules";
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            } catch (StaleEditException | OptimisticLockingFailureException stale) {
                Forms.rejectStale(result);
            } catch (DataIntegrityViolationException raced) {
                result.rejectValue("validFrom", "tax.schedule.overlap.raced");
            }
        }
        administration.get(actor, id);
        model.addAttribute("scheduleId", id);
        return FORM;
    }
}
