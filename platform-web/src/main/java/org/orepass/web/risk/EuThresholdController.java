package org.orepass.web.risk;

import org.orepass.account.Actor;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import org.orepass.risk.AnnexIThresholds;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.StaleEditException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * ADMIN keeps the EU Annex I import thresholds of the yearly report: the list with an add form, and a correction
 * form per CN code carrying the version it was opened at.
 */
@Controller
class EuThresholdController {

    static final String LIST = "risk/thresholds";
    static final String FORM = "risk/threshold-form";

    private final AnnexIThresholds thresholds;

    EuThresholdController(AnnexIThresholds thresholds) {
        this.thresholds = thresholds;
    }

    @GetMapping("/admin/eu-thresholds")
    String list(Model model) {
        model.addAttribute("form", new EuThresholdForm());
        return page(model);
    }

    @PostMapping("/admin/eu-thresholds")
    String add(@Valid @ModelAttribute("form") EuThresholdForm form, BindingResult result, Model model,
            RedirectAttributes redirect, Actor actor) {
        // Checked here as well as by the domain, so its error shows beside those of the other fields.
        if (!AnnexIThresholds.isCnCode(form.getCnCode())) {
            result.rejectValue("cnCode", "risk.threshold.cnCode.format");
        }
        var kg = kilograms(form, result);
        if (!result.hasErrors()) {
            try {
                thresholds.add(actor, form.getCnCode(), form.getDescription(), kg,
                        form.getSource());
                redirect.addFlashAttribute("flash", "risk.threshold.added");
                return "redirect:/admin/eu-thresholds";
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            } catch (DataIntegrityViolationException raced) {
                // Another administrator added the same CN code a moment earlier (primary key).
                result.rejectValue("cnCode", "risk.threshold.cnCode.duplicate", new Object[] {form.getCnCode()},
                        null);
            }
        }
        return page(model);
    }

    @GetMapping("/admin/eu-thresholds/{cnCode}")
    String edit(@PathVariable String cnCode, Model model, Actor actor) {
        model.addAttribute("form", EuThresholdForm.of(thresholds.get(actor, cnCode)));
        model.addAttribute("cnCode", cnCode);
        return FORM;
    }

    @PostMapping("/admin/eu-thresholds/{cnCode}")
    String correct(@PathVariable String cnCode, @Valid @ModelAttribute("form") EuThresholdForm form,
            BindingResult result, Model model, RedirectAttributes redirect, Actor actor) {
        // Unknown code or not an administrator: 404 or 403 before anything is said about the fields.
        thresholds.get(actor, cnCode);
        var kg = kilograms(form, result);
        if (!result.hasErrors()) {
            try {
                thresholds.correct(actor, cnCode, form.getVersion(), form.getDescription(), kg, form.getSource());
                redirect.addFlashAttribute("flash", "risk.threshold.saved");
                return "redirect:/admin/eu-thresholds";
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            } catch (StaleEditException | OptimisticLockingFailureException stale) {
                Forms.rejectStale(result);
            }
        }
        form.setCnCode(cnCode);
        model.addAttribute("cnCode", cnCode);
        return FORM;
    }

    /** The kilograms typed, or null with an error by the field when they are not a usable number. */
    private static BigDecimal kilograms(EuThresholdForm form, BindingResult result) {
        if (result.hasFieldErrors("thresholdKg")) {
            return null;
        }
        try {
            // Spaces between thousands, as French and Swahili writers type them (also the no-break ones), go;
            // a comma is refused: 22,000 and 100,5 cannot both be read.
            var kg = new BigDecimal(form.getThresholdKg().replaceAll("[\\s\u00A0\u202F]", ""));
            // Checked now, so its error shows beside those of the other fields.
            AnnexIThresholds.checkKilograms(kg);
            return kg;
        } catch (NumberFormatException wrong) {
            result.rejectValue("thresholdKg", "risk.threshold.kg.invalid");
        } catch (DomainRuleViolation violation) {
            Forms.reject(result, violation);
        }
        return null;
    }

    private String page(Model model) {
        model.addAttribute("thresholds", thresholds.listed());
        return LIST;
    }
}
