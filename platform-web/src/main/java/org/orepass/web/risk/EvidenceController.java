package org.orepass.web.risk;

import org.orepass.account.Actor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.orepass.risk.RiskEvidenceUpload;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.web.support.Forms;
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

/**
 * Evidence files of an assessment: the upload (a bad file is refused by the field on the assessment page) and the
 * download. Authorisation is in {@link RiskEvidenceUpload}.
 */
@Controller
class EvidenceController {

    private final RiskEvidenceUpload upload;
    private final AssessmentPage page;

    EvidenceController(RiskEvidenceUpload upload, AssessmentPage page) {
        this.upload = upload;
        this.page = page;
    }

    @PostMapping("/risk/assessments/{id}/evidence")
    String attach(@PathVariable Long id, @ModelAttribute("evidenceForm") EvidenceForm form, BindingResult result,
            Model model, RedirectAttributes redirect, Actor actor) throws IOException {
        var file = form.getFile();
        try {
            upload.attach(actor, id, form.getRisk(),
                    file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
            redirect.addFlashAttribute("flash", "risk.evidence.saved");
            return "redirect:/risk/assessments/" + id + "#evidence-title";
        } catch (DomainRuleViolation violation) {
            Forms.reject(result, violation);
        }
        return page.show(id, model, null, null);
    }

    /** Always a download with the type read from the content: a stored file never renders as a page here. */
    @GetMapping("/risk/assessments/{id}/evidence/{fileId}")
    ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long fileId, Actor actor) {
        var evidence = upload.download(actor, id, fileId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(evidence.getContentType()))
                .contentLength(evidence.getSizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(evidence.getFileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(evidence.getContent());
    }
}
