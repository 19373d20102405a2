package org.orepass.web.export;

import org.orepass.web.security.SignedInUser;
import org.orepass.account.Actor;
import jakarta.validation.Valid;
import org.orepass.export.ExportCertificate;
import org.orepass.export.ExportQueries;
import org.orepass.export.ExportReview;
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

/** The inspector's review of a shipment (certificate or refusal) and the printable certificate. */
@Controller
class ReviewController {

    static final String REVIEW = "export/review";
    static final String CERTIFICATE = "export/certificate";

    private final ExportReview review;
    private final ExportQueries queries;
    private final CertificateText text;

    ReviewController(ExportReview review, ExportQueries queries, CertificateText text) {
        this.review = review;
        this.queries = queries;
        this.text = text;
    }

    @GetMapping("/exports/{id}/review")
    String review(@PathVariable Long id, Model model, SignedInUser user) {
        return show(id, model, user);
    }

    @PostMapping("/exports/{id}/certificate")
    String certify(@PathVariable Long id, @Valid @ModelAttribute("certificateForm") CertificateForm form,
            BindingResult result, Model model, RedirectAttributes redirect, Actor actor, SignedInUser user) {
        if (!result.hasErrors()) {
            try {
                ExportCertificate issued = review.certify(actor, id, form.getVersion(),
                        form.toDetails());
                redirect.addFlashAttribute("flash", "certificate.issued");
                return "redirect:/exports/" + id;
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            } catch (StaleEditException | OptimisticLockingFailureException stale) {
                result.reject("export.review.stale");
            }
        }
        return show(id, model, user);
    }

    @PostMapping("/exports/{id}/refusal")
    String refuse(@PathVariable Long id, @Valid @ModelAttribute("refusalForm") RefusalForm form,
            BindingResult result, Model model, RedirectAttributes redirect, Actor actor, SignedInUser user) {
        if (!result.hasErrors()) {
            try {
                review.refuse(actor, id, form.getVersion(), form.getReason());
                redirect.addFlashAttribute("flash", "export.refused");
                return "redirect:/exports/" + id;
            } catch (DomainRuleViolation violation) {
                Forms.reject(result, violation);
            } catch (StaleEditException | OptimisticLockingFailureException stale) {
                result.reject("export.review.stale");
            }
        }
        return show(id, model, user);
    }

    /** One A4 page, English and French side by side, no script: print it from the browser. */
    @GetMapping("/exports/{id}/certificate")
    String certificate(@PathVariable Long id, Model model, Actor actor) {
        var certificate = queries.certificate(actor, id);
        model.addAttribute("certificate", certificate);
        model.addAttribute("ore", text.both("mineral." + certificate.mineral()) + " – HS " + certificate.hsCode());
        model.addAttribute("transport", text.both("export.transportMode." + certificate.transportMode())
                + (certificate.carrier() == null ? "" : " – " + certificate.carrier()));
        model.addAttribute("shipmentId", id);
        return CERTIFICATE;
    }

    private String show(Long id, Model model, SignedInUser user) {
        var me = user;
        var view = review.review(me.actor(), id);
        model.addAttribute("review", view);
        model.addAttribute("shipment", view.shipment());
        if (!model.containsAttribute("certificateForm")) {
            var form = new CertificateForm();
            form.setIssuingAuthority(me.organisationName());
            form.setVerifierName(me.fullName());
            form.setVerifiedOn(view.today());
            form.setExpiresOn(view.today().plusDays(ExportCertificate.MAX_VALIDITY_DAYS));
            model.addAttribute("certificateForm", form);
        }
        if (!model.containsAttribute("refusalForm")) {
            model.addAttribute("refusalForm", new RefusalForm());
        }
        // The version the inspector reviews is the one the decision is checked against.
        ((CertificateForm) model.getAttribute("certificateForm")).setVersion(view.shipment().version());
        ((RefusalForm) model.getAttribute("refusalForm")).setVersion(view.shipment().version());
        return REVIEW;
    }
}
