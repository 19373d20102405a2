package org.orepass.web.icglr;

import org.orepass.account.Actor;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.orepass.export.ExportQueries;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * MD.03 {@code certificateFile}: the certificate as a PDF (one of the standard's MIME types), reachable with the
 * same token as the rest of the API, made on the server from the printable certificate page's template
 * ({@code export/certificate}, English and French). Whoever may see the certificate may fetch its file.
 */
@RestController
class IcglrCertificateFile {

    static final String PATH = IcglrSecurity.API + "/export-certificates/{identifier}/file";

    private final ExportQueries queries;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final ApplicationContext context;

    IcglrCertificateFile(ExportQueries queries, ITemplateEngine templates, MessageSource messages,
            ApplicationContext context) {
        this.queries = queries;
        this.templates = templates;
        this.messages = messages;
        this.context = context;
    }

    static String path(String identifier, String issuingCountry) {
        return PATH.replace("{identifier}", identifier) + "?issuingCountry=" + issuingCountry;
    }

    @GetMapping(value = PATH, produces = {MediaType.APPLICATION_PDF_VALUE, MediaType.ALL_VALUE})
    ResponseEntity<byte[]> file(@PathVariable String identifier, @RequestParam(required = false) String issuingCountry,
            HttpServletRequest request, HttpServletResponse response, Actor actor) {
        if (issuingCountry == null || issuingCountry.isBlank()) {
            throw IcglrRequestRejected.invalid("issuingCountry", "required: a serial number is unique in its country");
        }
        var found = queries.exchangeable(actor, issuingCountry.strip().toUpperCase(Locale.ROOT), identifier.strip())
                .orElseThrow(IcglrRequestRejected::notFound);
        var certificate = queries.certificate(actor, found.shipmentId());
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response);
        var web = new WebContext(exchange, Locale.ENGLISH, Map.of("certificate", certificate,
                "ore", both("mineral." + certificate.mineral()) + " – HS " + certificate.hsCode(),
                "transport", both("export.transportMode." + certificate.transportMode())
                        + (certificate.carrier() == null ? "" : " – " + certificate.carrier()),
                "shipmentId", found.shipmentId()));
        // So that the template's bean references (@certificateText, @shipmentTaxes) resolve as on the page.
        web.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null));
        var html = templates.process("export/certificate", web);
        try (var out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            builder.toStream(out);
            builder.run();
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header("Content-Disposition", "inline; filename=\"" + certificate.serialNumber() + ".pdf\"")
                    .body(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String both(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH) + " / " + messages.getMessage(key, null, Locale.FRENCH);
    }
}
