package org.orepass.web.risk;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.orepass.risk.CahraList;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.web.security.CurrentUser;
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

    CahraController(CahraList list) {
        this.list = list;
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
            RedirectAttributes redirect) {
        LocalDate listedOn = null;
        if (!result.hasFieldErrors("listedOn")) {
            try {
                listedOn = LocalDate.parse(form.getListedOn().trim());
            } catch (DateTimeParseException wrong) {
                result.rejectValue("listedOn", "risk.cahra.listedOn.invalid");
            }
        }
        if (!result.hasErrors()) {
            try {
                list.add(CurrentUser.require().actor(), form.getCountry(), form.getDivision(), form.getSource(),
                        listedOn);
                redirect.addFlashAttribute("flash", "risk.cahra.added");
                return "redirect:/admin/cahra";
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            }
        }
        return page(model);
    }

    @PostMapping("/admin/cahra/{id}/removal")
    String remove(@PathVariable Long id, RedirectAttributes redirect) {
        list.remove(CurrentUser.require().actor(), id);
        redirect.addFlashAttribute("flash", "risk.cahra.removed");
        return "redirect:/admin/cahra";
    }

    private String page(Model model) {
        model.addAttribute("areas", list.listed());
        return CAHRA;
    }
}
