package org.orepass.web.ledger;

import org.orepass.account.Actor;
import org.orepass.ledger.Ledger;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators check the custody chain (the verifier recomputes every record from the live rows and names the
 * first one that no longer matches) and publish its head signed, at once rather than waiting for the night. Both are
 * audited by the use case; POST with the CSRF token of the pages.
 */
@Controller
class LedgerAdminController {

    static final String PAGE = "ledger/admin";

    private final Ledger ledger;

    LedgerAdminController(Ledger ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/admin/ledger")
    String page(Model model) {
        model.addAttribute("head", ledger.head().orElse(null));
        model.addAttribute("pending", ledger.pendingCount());
        model.addAttribute("heads", ledger.heads(5));
        if (!model.containsAttribute("from")) {
            model.addAttribute("from", "1");
        }
        return PAGE;
    }

    @PostMapping("/admin/ledger/verify")
    String verify(@RequestParam(defaultValue = "1") String from, Model model, Actor actor) {
        long position;
        try {
            position = Long.parseLong(from.strip());
        } catch (NumberFormatException notANumber) {
            position = 0;
        }
        if (position < 1) {
            model.addAttribute("from", from);
            model.addAttribute("fromError", true);
            return page(model);
        }
        model.addAttribute("from", from.strip());
        model.addAttribute("result", ledger.verify(actor, position));
        return page(model);
    }

    @PostMapping("/admin/ledger/publish")
    String publish(Actor actor, RedirectAttributes redirect) {
        var head = ledger.publish(actor);
        redirect.addFlashAttribute("flash", head.isPresent() ? "ledger.published" : "ledger.nothingToPublish");
        return "redirect:/admin/ledger";
    }
}
