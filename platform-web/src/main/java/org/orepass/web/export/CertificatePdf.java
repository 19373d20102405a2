package org.orepass.web.export;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The printable certificate page ({@code export/certificate}, English and French) as a PDF made on the server, for
 * "Download PDF" beside "print": the same template and model as the page, without the page's links, with the
 * page's print style sheet put inline. Nothing is fetched (the standard PDF fonts), as for the yearly report
 * (risk.ReportPdf).
 */
@Component
class CertificatePdf {

    private final ITemplateEngine templates;
    private final ApplicationContext context;
    /** The page's print style, put in the document: the renderer fetches nothing. */
    private final String style;

    CertificatePdf(ITemplateEngine templates, ApplicationContext context) throws IOException {
        this.templates = templates;
        this.context = context;
        try (var in = new ClassPathResource("static/css/certificate.css").getInputStream()) {
            this.style = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    byte[] render(Map<String, Object> model, HttpServletRequest request, HttpServletResponse response) {
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response);
        var web = new WebContext(exchange, Locale.ENGLISH, model);
        web.setVariable("pdf", true);
        web.setVariable("pdfStyle", style);
        // So that the template's bean references (@certificateText, @shipmentTaxes) resolve as on the page.
        web.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null));
        var html = templates.process(ReviewController.CERTIFICATE, web);
        try (var out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
