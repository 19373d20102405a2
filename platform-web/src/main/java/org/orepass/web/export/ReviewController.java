package org.orepass.web.export;

import org.orepass.web.security.SignedInUser;
import org.orepass.account.Actor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.orepass.export.ExportCertificate;
import org.orepass.export.ExportQueries;
import org.orepass.export.ExportReview;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.StaleEditException;
import org.orepass.web.support.Forms;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
    private final CertificatePdf pdf;

    ReviewController(ExportReview review, ExportQueries queries, CertificateText text, CertificatePdf pdf) {
        this.pdf = pdf;
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

    /** One A4 page, English and French side by side, no script: print it from the browser, or download it. */
    @GetMapping("/exports/{id}/certificate")
    String certificate(@PathVariable Long id, Model model, Actor actor) {
        model.addAllAttributes(certificateModel(id, actor));
        return CERTIFICATE;
    }

    /** The same certificate as a PDF, to whoever may open the page (the same query refuses the others). */
    @GetMapping("/exports/{id}/certificate.pdf")
    ResponseEntity<byte[]> certificatePdf(@PathVariable Long id, Actor actor, HttpServletRequest request,
            HttpServletResponse response) {
        var model = certificateModel(id, actor);
        var serial = ((ExportQueries.CertificateView) model.get("certificate")).serialNumber();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(serial + ".pdf", StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.noStore())
                .body(pdf.render(model, request, response, actor));
    }

    private Map<String, Object> certificateModel(Long id, Actor actor) {
        var certificate = queries.certificate(actor, id);
        var model = new LinkedHashMap<String, Object>();
        model.put("certificate", certificate);
        model.put("ore", text.both("mineral." + certificate.mineral()) + " – HS " + certificate.hsCode());
        model.put("transport", text.both("export.transportMode." + certificate.transportMode())
                + (certificate.carrier() == null ? "" : " – " + certificate.carrier()));
        model.put("shipmentId", id);
        // Issue 18: the withdraw button, for whoever may withdraw it (the rule of /passport/withdraw).
        model.put("mayWithdraw", !certificate.withdrawn()
                && org.orepass.export.ExportAccess.mayWithdrawCertificate(actor, certificate.issuingCountry()));
        model.put("withdrawnOn", certificate.withdrawn()
                ? certificate.withdrawnAt().atZone(java.time.ZoneOffset.UTC).toLocalDate() : null);
        return model;
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
