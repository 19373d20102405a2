package org.orepass.web.siteimport;

import org.orepass.account.Actor;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.siteimport.ImportReportLine;
import org.orepass.siteimport.SiteImportColumns;
import org.orepass.siteimport.SiteImporting;
import org.orepass.web.support.Csv;
import org.orepass.web.support.Forms;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Bulk import of mine sites: the template, the upload, and each job's progress and report. */
@Controller
@RequestMapping("/sites/import")
class SiteImportController {

    static final String UPLOAD = "siteimport/upload";
    static final String JOB = "siteimport/job";
    static final String TOO_LARGE = "too-large";

    private final SiteImporting importing;
    private final SiteImportRunner runner;
    private final MessageSource messages;

    SiteImportController(SiteImporting importing, SiteImportRunner runner, MessageSource messages) {
        this.importing = importing;
        this.runner = runner;
        this.messages = messages;
    }

    @GetMapping
    String page(@ModelAttribute("form") SiteImportForm form, BindingResult result,
            @RequestParam(required = false) String error) {
        if (TOO_LARGE.equals(error)) {
            // The upload limit answered with a redirect here (see SiteImportUploadLimit).
            result.rejectValue("file", "siteimport.file.too-large", new Object[] {SiteImportUploadLimit.MAX_MB},
                    null);
        }
        return UPLOAD;
    }

    @GetMapping("/template.csv")
    void template(HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"orepass-site-import-template.csv\"");
        var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        new Csv(writer).row(SiteImportColumns.ALL).row(SiteImportColumns.exampleRow());
        writer.flush();
    }

    @PostMapping
    String upload(@ModelAttribute("form") SiteImportForm form, BindingResult result, Actor actor) throws IOException {
        var file = form.getFile();
        if (file == null || file.isEmpty()) {
            result.rejectValue("file", "siteimport.file.required");
            return UPLOAD;
        }
        if (file.getSize() > SiteImportUploadLimit.MAX_MB * 1024L * 1024L) {
            // SiteImportUploadLimit turns most such files back before; one sent without a declared length not.
            result.rejectValue("file", "siteimport.file.too-large", new Object[] {SiteImportUploadLimit.MAX_MB},
                    null);
            return UPLOAD;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file.getBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            result.rejectValue("file", "siteimport.file.encoding");
            return UPLOAD;
        }
        try {
            var job = importing.upload(actor, file.getOriginalFilename(), text);
            runner.start(job.getId());
            return "redirect:/sites/import/" + job.getId();
        } catch (DomainRuleViolation violation) {
            Forms.reject(result, violation);
            return UPLOAD;
        }
    }

    @GetMapping("/{id}")
    String job(@PathVariable Long id, Model model, Locale locale, Actor actor) {
        var job = importing.job(actor, id);
        model.addAttribute("job", job);
        if (job.getStatus().isFinished()) {
            var report = importing.report(actor, id);
            model.addAttribute("accepted", report.stream().filter(ImportReportLine::isAccepted).toList());
            model.addAttribute("problems", report.stream().filter(line -> !line.isAccepted())
                    .map(line -> new Problem(line.rowNumber(), line.column(), message(line, locale))).toList());
        }
        return JOB;
    }

    /** A rejected row's problem, its message already in the reader's language. */
    record Problem(int row, String column, String message) {
    }

    private String message(ImportReportLine line, Locale locale) {
        return messages.getMessage(line.messageKey(), line.arguments().toArray(), line.messageKey(), locale);
    }

    @ModelAttribute("columns")
    List<String> columns() {
        return SiteImportColumns.ALL;
    }
}
