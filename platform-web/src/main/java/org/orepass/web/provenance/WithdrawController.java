package org.orepass.web.provenance;

import org.orepass.account.Actor;
import org.orepass.provenance.Passports;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Withdrawing a verification code (issue 18): an administrator, or an inspector of the country that issued the
 * certificate, types the code; its passport then answers "withdrawn", the custody ledger records the withdrawal and
 * the audit trail who did it. The rules are {@link Passports#withdraw}'s; a refusal shows by the field, code kept.
 */
@Controller
class WithdrawController {

    static final String PAGE = "provenance/withdraw";

    private final Passports passports;

    WithdrawController(Passports passports) {
        this.passports = passports;
    }

    @GetMapping("/passport/withdraw")
    String page() {
        return PAGE;
    }

    @PostMapping("/passport/withdraw")
    String withdraw(@RequestParam(defaultValue = "") String code, Model model, RedirectAttributes redirect,
            Actor actor) {
        try {
            var kind = passports.withdraw(actor, code);
            redirect.addFlashAttribute("flash", "provenance.withdraw.done." + kind);
            return "redirect:/passport/withdraw";
        } catch (DomainRuleViolation refused) {
            model.addAttribute("typed", code);
            model.addAttribute("codeError", refused.messageKey());
            return PAGE;
        }
    }

    /**
     * The button on the certificate page: withdraws the certificate's code (and with it the certificate), by the
     * same rule; 404 for whoever may not see the shipment. Back to the certificate page, which says so.
     */
    @PostMapping("/passport/exports/{id}/certificate/withdraw")
    String withdrawCertificate(@PathVariable long id, RedirectAttributes redirect, Actor actor) {
        var code = passports.codeOfShipment(actor, id, true)
                .orElseThrow(() -> new NotFoundException("ExportCertificate", id));
        try {
            passports.withdraw(actor, code);
            redirect.addFlashAttribute("flash", "provenance.withdraw.done.CERTIFICATE");
        } catch (DomainRuleViolation refused) {
            redirect.addFlashAttribute("withdrawError", refused.messageKey());
        }
        return "redirect:/exports/" + id + "/certificate";
    }
}
