package org.orepass.web.revenue;

import org.orepass.account.Actor;
import jakarta.validation.Valid;
import java.util.Locale;
import org.orepass.revenue.RevenueAccess;
import org.orepass.revenue.RevenueQueries;
import org.orepass.revenue.TaxCollection;
import org.orepass.revenue.TaxDueStatus;
import org.orepass.revenue.TaxSearch;
import org.orepass.revenue.TaxType;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.StaleEditException;
import org.orepass.web.support.Forms;
import org.orepass.web.support.Pages;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
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

/** Taxes due: the list each user may see, one tax with its payments, and recording a payment. */
@Controller
@RequestMapping("/revenue/taxes")
class TaxController {

    static final String LIST = "revenue/taxes";
    static final String VIEW = "revenue/tax";

    private final RevenueQueries queries;
    private final TaxCollection collection;

    TaxController(RevenueQueries queries, TaxCollection collection) {
        this.queries = queries;
        this.collection = collection;
    }

    @GetMapping
    String list(@RequestParam(required = false) TaxDueStatus status, @RequestParam(required = false) TaxType type,
            @RequestParam(required = false) String division, @RequestParam(required = false) String reference,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            Model model, Actor actor) {
        var search = new TaxSearch(status, null, division == null || division.isBlank() ? null
                : division.strip().toUpperCase(Locale.ROOT), type, reference);
        model.addAttribute("search", search);
        model.addAttribute("statuses", TaxDueStatus.values());
        model.addAttribute("taxTypes", TaxType.values());
        model.addAttribute("result", queries.taxes(actor, search, Pages.of(page, size)));
        model.addAttribute("mayReport", RevenueAccess.mayReport(actor));
        return LIST;
    }

    @GetMapping("/{id}")
    String view(@PathVariable Long id, Model model, Actor actor) {
        var file = queries.tax(actor, id);
        var form = new PaymentForm();
        form.setCurrency(file.due().getCurrency());
        form.setPaidOn(queries.today());
        form.setPayer(file.payerName());
        form.setAmount(file.due().outstanding());
        form.setVersion(file.due().getVersion());
        model.addAttribute("form", form);
        return show(file, model);
    }

    @PostMapping("/{id}/payments")
    String pay(@PathVariable Long id, @Valid @ModelAttribute("form") PaymentForm form, BindingResult result,
            Model model, RedirectAttributes redirect, Actor actor) {
        if (!result.hasErrors()) {
            try {
                collection.pay(actor, id, form.getVersion(), form.toDetails());
                redirect.addFlashAttribute("flash", "tax.payment.saved");
                return "redirect:/revenue/taxes/" + id;
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            } catch (StaleEditException | OptimisticLockingFailureException stale) {
                result.reject("tax.payment.stale");
            } catch (DataIntegrityViolationException raced) {
                // The same receipt recorded a moment earlier by another officer (unique per country).
                result.rejectValue("receiptReference", "tax.payment.receipt.taken");
            }
        }
        return show(queries.tax(actor, id), model);
    }

    private String show(RevenueQueries.TaxFile file, Model model) {
        model.addAttribute("file", file);
        model.addAttribute("due", file.due());
        return VIEW;
    }
}
