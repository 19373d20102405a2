package org.orepass.web.custody;

import org.orepass.account.Actor;
import jakarta.validation.Valid;
import org.orepass.custody.CustodyTransfers;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.StaleEditException;
import org.orepass.web.support.Forms;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Purchase and sale between organisations: the seller's sale on the lot page, the buyer's receipt or rejection. */
@Controller
class TransferController {

    static final String TRANSFERS = "custody/transfers";
    static final String TRANSFER = "custody/transfer";

    private final CustodyTransfers transfers;
    private final LotPage lotPage;

    TransferController(CustodyTransfers transfers, LotPage lotPage) {
        this.transfers = transfers;
        this.lotPage = lotPage;
    }

    @PostMapping("/lots/{id}/sales")
    String sell(@PathVariable Long id, @Valid @ModelAttribute("saleForm") SaleForm form, BindingResult result,
            Model model, RedirectAttributes redirect, Actor actor) {
        if (!result.hasErrors()) {
            try {
                transfers.sell(actor, id, form.getVersion(), form.getBuyerId(), form.getMassKg(),
                        form.toPayment(), form.getContractId());
                redirect.addFlashAttribute("flash", "transfer.sold");
                return "redirect:/lots/" + id;
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            } catch (StaleEditException | OptimisticLockingFailureException raced) {
                // Another sale (or a returned delivery) changed the lot since the page was opened, or at the same
                // moment: the seller must look at the remaining mass again rather than oversell.
                result.reject("transfer.stale");
            }
        } else {
            // The domain's problems too (a buyer abroad or the seller itself, a bad currency), for the fields the
            // form's own checks left alone: every problem of one submission at once (issue 16).
            try {
                transfers.checkSale(actor, id, form.getBuyerId(), form.getMassKg(), form.toPayment(),
                        form.getContractId());
            } catch (DomainRuleViolation violation) {
                Forms.rejectAlso(result, violation);
            }
        }
        var page = lotPage.show(actor, id, model);
        // The seller sees the lot as it is now; the version they resubmit is the current one.
        var current = (CustodyTransfers.SaleOptions) model.getAttribute("sale");
        form.setVersion(current.lotVersion());
        return page;
    }

    @GetMapping("/transfers")
    String list(Model model, Actor actor) {
        model.addAttribute("transfers", transfers.ofOrganisation(actor));
        return TRANSFERS;
    }

    @GetMapping("/transfers/{id}")
    String transfer(@PathVariable Long id, Model model, Actor actor) {
        model.addAttribute("receiptForm", new ReceiptForm());
        model.addAttribute("rejectionForm", new RejectionForm());
        return show(id, model, actor);
    }

    @PostMapping("/transfers/{id}/receipt")
    String receive(@PathVariable Long id, @Valid @ModelAttribute("receiptForm") ReceiptForm form,
            BindingResult result, Model model, RedirectAttributes redirect, Actor actor) {
        if (!result.hasErrors()) {
            try {
                var received = transfers.receive(actor, id, form.getMassKg());
                redirect.addFlashAttribute("flash", received.flagged() ? "transfer.received.flagged"
                        : "transfer.received");
                return "redirect:/lots/" + received.lot().getId();
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            } catch (OptimisticLockingFailureException raced) {
                result.reject("transfer.not-pending");
            }
        }
        model.addAttribute("rejectionForm", new RejectionForm());
        return show(id, model, actor);
    }

    @PostMapping("/transfers/{id}/rejection")
    String reject(@PathVariable Long id, @Valid @ModelAttribute("rejectionForm") RejectionForm form,
            BindingResult result, Model model, RedirectAttributes redirect, Actor actor) {
        if (!result.hasErrors()) {
            try {
                transfers.reject(actor, id, form.getReason());
                redirect.addFlashAttribute("flash", "transfer.rejected");
                return "redirect:/transfers";
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            } catch (OptimisticLockingFailureException raced) {
                result.reject("transfer.not-pending");
            }
        }
        model.addAttribute("receiptForm", new ReceiptForm());
        return show(id, model, actor);
    }

    private String show(Long id, Model model, Actor actor) {
        model.addAttribute("transfer", transfers.transfer(actor, id));
        model.addAttribute("tolerance", transfers.tolerancePercent());
        return TRANSFER;
    }
}
