package org.orepass.web.attachment;

import org.orepass.account.Actor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.orepass.attachment.AttachmentQueries;
import org.orepass.attachment.AttachmentUpload;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.web.support.Forms;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Reports and photos of inspections: the upload page, the upload, and the download. */
@Controller
@RequestMapping("/sites/{id}/inspections/{inspectionId}/attachments")
class AttachmentController {

    static final String UPLOAD = "attachment/upload";
    /** Set by {@link UploadLimitAdvice} when the server's multipart limit cut the upload off after all. */
    static final String TOO_LARGE_FLASH = "attachmentTooLarge";

    private final AttachmentUpload upload;
    private final AttachmentQueries queries;

    AttachmentController(AttachmentUpload upload, AttachmentQueries queries) {
        this.upload = upload;
        this.queries = queries;
    }

    @GetMapping("/new")
    String create(@PathVariable Long id, @PathVariable Long inspectionId,
            @RequestParam(name = UploadLimitFilter.TOO_LARGE_PARAMETER, required = false) String tooLarge,
            Model model, Actor actor) {
        var form = new AttachmentForm();
        var result = new BeanPropertyBindingResult(form, "form");
        if (tooLarge != null || Boolean.TRUE.equals(model.asMap().get(TOO_LARGE_FLASH))) {
            result.rejectValue("file", "attachment.file.too-large", new Object[] {upload.maxMegabytes()}, null);
        }
        model.addAttribute("form", form);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
        return show(id, inspectionId, model, actor);
    }

    @PostMapping
    String attach(@PathVariable Long id, @PathVariable Long inspectionId, @ModelAttribute("form") AttachmentForm form,
            BindingResult result, Model model, RedirectAttributes redirect, Actor actor) throws IOException {
        var file = form.getFile();
        try {
            upload.attach(actor, id, inspectionId,
                    file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
            redirect.addFlashAttribute("flash", "attachment.saved");
            return "redirect:/sites/" + id + "#attachments-" + inspectionId;
        } catch (DomainRuleViolation violation) {
            Forms.reject(result, violation);
        }
        return show(id, inspectionId, model, actor);
    }

    /**
     * Always a download, with the type recorded from the content and no sniffing: a browser never renders a
     * stored file as a page of this site.
     */
    @GetMapping("/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable Long id, @PathVariable Long inspectionId,
            @PathVariable Long attachmentId, Actor actor) {
        var attachment = queries.download(actor, id, inspectionId, attachmentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.getContentType()))
                .contentLength(attachment.getSizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(attachment.getFileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(attachment.getContent());
    }

    private String show(Long id, Long inspectionId, Model model, Actor actor) {
        model.addAttribute("site", upload.siteToAttachTo(actor, id, inspectionId));
        model.addAttribute("inspectionId", inspectionId);
        model.addAttribute("maxMegabytes", upload.maxMegabytes());
        return UPLOAD;
    }
}
