package org.orepass.web.risk;

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
import org.orepass.risk.DueDiligenceReporting;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The yearly report as a PDF made on the server, from the same Thymeleaf fragment as the page ({@code risk/report ::
 * content}) in the user's language. The HTML is parsed by jsoup (HTML5 rules, so the page template need not be
 * strict XHTML) into the DOM the renderer reads; links stay relative and are not followed, and nothing is fetched
 * from the network: the style is in the PDF template, the fonts are the PDF standard ones.
 */
@Component
class ReportPdf {

    static final String TEMPLATE = "risk/report-pdf";

    private final ITemplateEngine templates;
    private final ApplicationContext context;

    ReportPdf(ITemplateEngine templates, ApplicationContext context) {
        this.templates = templates;
        this.context = context;
    }

    byte[] render(DueDiligenceReporting.Report report, Locale locale, HttpServletRequest request,
            HttpServletResponse response) {
        // A web context, so link expressions (@{...}) resolve as on the page.
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response);
        var web = new WebContext(exchange, locale, Map.of("report", report, "mayWritePolicy", false));
        // So that the template's bean references (@quantities) resolve as on the page.
        web.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null));
        var html = templates.process(TEMPLATE, web);
        var document = new W3CDom().fromJsoup(Jsoup.parse(html));
        try (var out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withW3cDocument(document, "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
