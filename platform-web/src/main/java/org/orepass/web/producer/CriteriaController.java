package org.orepass.web.producer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.orepass.account.Actor;
import org.orepass.producer.CriteriaFile;
import org.orepass.producer.CriteriaLoading;
import org.orepass.producer.CriteriaTexts;
import org.orepass.producer.ProducerAccessDenied;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.StaleEditException;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of criteria sets (docs/producer-criteria.md): the sets loaded and which one new
 * assessments use, uploading an official set (checked, previewed, then confirmed), the example file. Who may is
 * decided by {@link CriteriaLoading} (administrators only); this class reads the file and shows.
 */
@Controller
@RequestMapping("/producers/criteria")
class CriteriaController {

    static final String EXAMPLE = "producer/criteria-example.csv";

    private final CriteriaLoading loading;
    private final MessageSource messages;

    CriteriaController(CriteriaLoading loading, MessageSource messages) {
        this.loading = loading;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(name = "uploadTooLarge", required = false) String tooLarge, Model model, Actor actor,
            Locale locale) {
        // Sent back here by the server's own limit (PageUploadLimit): the message by the file field, this form's limit.
        if (tooLarge != null && !model.containsAttribute("fileError")) {
            model.addAttribute("fileError",
                    messages.getMessage("upload.file.too-large", new Object[] {MAX_MEGABYTES}, locale));
        }
        return list(model, actor);
    }

    private String list(Model model, Actor actor) {
        model.addAttribute("sets", loading.sets(actor));
        model.addAttribute("maxKb", CriteriaFile.MAX_BYTES / 1024);
        return "producer/criteria";
    }

    private static final int MAX_MEGABYTES = Math.max(1, CriteriaFile.MAX_BYTES / (1024 * 1024));

    @GetMapping("/example.csv")
    ResponseEntity<byte[]> example(Actor actor) throws IOException {
        if (!CriteriaLoading.mayLoad(actor)) {
            throw new ProducerAccessDenied("read the criteria example");
        }
        byte[] bytes;
        try (InputStream in = new ClassPathResource(EXAMPLE).getInputStream()) {
            bytes = in.readAllBytes();
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("orepass-criteria-example.csv").build().toString()).body(bytes);
    }

    @PostMapping
    String upload(@RequestParam(required = false) MultipartFile file, Model model, Actor actor, Locale locale)
            throws IOException {
        if (!CriteriaLoading.mayLoad(actor)) {
            throw new ProducerAccessDenied("load criteria sets");
        }
        String error = null;
        Object[] args = {};
        String text = null;
        if (file == null || file.isEmpty()) {
            error = "criteria.upload.required";
        } else if (file.getSize() > CriteriaFile.MAX_BYTES) {
            // The wording every upload form uses for its own limit (UploadTooLargeIntegrationTest).
            error = "upload.file.too-large";
            args = new Object[] {MAX_MEGABYTES};
        } else {
            var bytes = file.getBytes();
            text = utf8(bytes);
            if (contains(bytes, (byte) 0)) {
                // A NUL byte means the file is not UTF-8 text (a spreadsheet's own format, UTF-16): refused.
                error = "criteria.upload.binary";
            } else if (text == null) {
                error = "criteria.upload.encoding";
            }
        }
        if (error == null) {
            var checked = loading.check(actor, file.getOriginalFilename(), text);
            if (checked.upload() != null) {
                return "redirect:/producers/criteria/uploads/" + checked.upload().getId();
            }
            model.addAttribute("problems", problems(checked.parsed(), locale));
            model.addAttribute("problemCount", checked.parsed().problemCount());
        } else {
            model.addAttribute("fileError", messages.getMessage(error, args, locale));
        }
        model.addAttribute("fileName", file == null ? null : org.orepass.shared.Text.fileName(
                file.getOriginalFilename()));
        return list(model, actor);
    }

    private static boolean contains(byte[] bytes, byte wanted) {
        for (var b : bytes) {
            if (b == wanted) {
                return true;
            }
        }
        return false;
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }

    /** A problem ready to show: row (or the file), column, message in the reader's language. */
    record ProblemLine(Integer row, String column, String message) {
    }

    private List<ProblemLine> problems(CriteriaFile.Parsed parsed, Locale locale) {
        return parsed.problems().stream().map(p -> new ProblemLine(p.row(), p.column(),
                messages.getMessage(p.key(), p.arguments().toArray(), p.key(), locale))).toList();
    }

    @GetMapping("/uploads/{id}")
    String preview(@PathVariable Long id, Model model, Actor actor, Locale locale) {
        var checked = loading.preview(actor, id);
        model.addAttribute("upload", checked.upload());
        model.addAttribute("parsed", checked.parsed());
        model.addAttribute("problems", problems(checked.parsed(), locale));
        model.addAttribute("lang", CriteriaTexts.language(locale));
        model.addAttribute("levels", org.orepass.producer.ProgressLevel.values());
        return "producer/criteria-preview";
    }

    @PostMapping("/uploads/{id}/confirm")
    String confirm(@PathVariable Long id, @RequestParam(defaultValue = "-1") long version,
            @RequestParam(defaultValue = "false") boolean makeCurrent, RedirectAttributes redirect, Actor actor) {
        try {
            loading.confirm(actor, id, version, makeCurrent);
            redirect.addFlashAttribute("flash", makeCurrent ? "criteria.loaded.current" : "criteria.loaded");
            return "redirect:/producers/criteria";
        } catch (DomainRuleViolation | StaleEditException refused) {
            redirect.addFlashAttribute("flashError", refused instanceof DomainRuleViolation violation
                    ? violation.messageKey() : "edit.stale");
            return "redirect:/producers/criteria/uploads/" + id;
        }
    }

    @PostMapping("/{setId}/current")
    String choose(@PathVariable Long setId, RedirectAttributes redirect, Actor actor) {
        loading.choose(actor, setId);
        redirect.addFlashAttribute("flash", "criteria.chosen");
        return "redirect:/producers/criteria";
    }
}
