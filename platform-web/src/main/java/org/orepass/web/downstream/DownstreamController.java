package org.orepass.web.downstream;

import org.orepass.account.Actor;
import org.orepass.downstream.DownstreamReceipts;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.NotFoundException;
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

/**
 * Downstream receipts on the pages (issue 18): the exporter names the consignee of a shipment; the consignee lists
 * what was sent to it and confirms receipt. The rules are {@link DownstreamReceipts}'s, as for the API.
 */
@Controller
class DownstreamController {

    static final String SHIPMENT = "downstream/shipment";
    static final String RECEIPTS = "downstream/receipts";

    private final DownstreamReceipts receipts;

    DownstreamController(DownstreamReceipts receipts) {
        this.receipts = receipts;
    }

    @GetMapping("/downstream/receipts")
    String list(Model model, Actor actor) {
        model.addAttribute("consignments", receipts.toMyOrganisation(actor));
        return RECEIPTS;
    }

    @GetMapping("/downstream/shipments/{id}")
    String shipment(@PathVariable long id, Model model, Actor actor) {
        return show(id, model, actor);
    }

    @PostMapping("/downstream/shipments/{id}/consignee")
    String name(@PathVariable long id, @ModelAttribute("consigneeForm") ConsigneeForm form, BindingResult result,
            Model model, RedirectAttributes redirect, Actor actor) {
        try {
            receipts.nameConsignee(actor, id, form.getConsigneeId());
            redirect.addFlashAttribute("flash", "downstream.consignee.saved");
            return "redirect:/downstream/shipments/" + id;
        } catch (DomainRuleViolation violation) {
            Forms.reject(result, violation);
        } catch (OptimisticLockingFailureException raced) {
            result.reject(Forms.STALE);
        }
        return show(id, model, actor);
    }

    @PostMapping("/downstream/shipments/{id}/receipt")
    String confirm(@PathVariable long id, @ModelAttribute("receiptForm") ReceiptConfirmationForm form,
            BindingResult result, Model model, RedirectAttributes redirect, Actor actor) {
        if (!result.hasErrors()) {
            try {
                receipts.confirmReceipt(actor, id, form.toDetails());
                redirect.addFlashAttribute("flash", "downstream.receipt.saved");
                return "redirect:/downstream/shipments/" + id;
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            } catch (OptimisticLockingFailureException raced) {
                result.reject("downstream.receipt.already");
            }
        }
        return show(id, model, actor);
    }

    /** The consignee corrects its receipt by reversing it, with the reason (issue 18); then confirms it again. */
    @PostMapping("/downstream/shipments/{id}/receipt/reversal")
    String reverse(@PathVariable long id, @ModelAttribute("reversalForm") ReversalForm form, BindingResult result,
            Model model, RedirectAttributes redirect, Actor actor) {
        try {
            receipts.reverseReceipt(actor, id, form.getReason());
            redirect.addFlashAttribute("flash", "downstream.reversal.saved");
            return "redirect:/downstream/shipments/" + id;
        } catch (DomainRuleViolation violation) {
            Forms.reject(result, violation);
        } catch (OptimisticLockingFailureException raced) {
            result.reject(Forms.STALE);
        }
        return show(id, model, actor);
    }

    private String show(long id, Model model, Actor actor) {
        var consignment = receipts.of(actor, id).orElse(null);
        var mayName = receipts.mayName(actor, id);
        if (consignment == null && !mayName) {
            throw new NotFoundException("ExportShipment", id);
        }
        model.addAttribute("shipmentId", id);
        model.addAttribute("consignment", consignment);
        model.addAttribute("mayName", mayName);
        model.addAttribute("candidates", mayName ? receipts.candidates(actor, id) : java.util.List.of());
        if (!model.containsAttribute("consigneeForm")) {
            var form = new ConsigneeForm();
            form.setConsigneeId(consignment == null ? null : consignment.consigneeId());
            model.addAttribute("consigneeForm", form);
        }
        if (!model.containsAttribute("reversalForm")) {
            model.addAttribute("reversalForm", new ReversalForm());
        }
        if (!model.containsAttribute("receiptForm")) {
            model.addAttribute("receiptForm", new ReceiptConfirmationForm());
        }
        return SHIPMENT;
    }
}
