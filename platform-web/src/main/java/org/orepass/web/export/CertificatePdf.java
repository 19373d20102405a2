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
import org.orepass.account.Actor;
import org.orepass.web.support.PdfImages;
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
    private final java.util.List<PdfImages> images;
    /** The page's print style, put in the document: the renderer fetches nothing. */
    private final String style;

    CertificatePdf(ITemplateEngine templates, ApplicationContext context, java.util.List<PdfImages> images)
            throws IOException {
        this.images = images;
        this.templates = templates;
        this.context = context;
        try (var in = new ClassPathResource("static/css/certificate.css").getInputStream()) {
            this.style = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    byte[] render(Map<String, Object> model, HttpServletRequest request, HttpServletResponse response, Actor actor) {
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
            builder.withW3cDocument(new W3CDom().fromJsoup(withImages(Jsoup.parse(html), actor)), "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The images the page loads from the platform (the verification QR code, issue 18) put in the document: the
     * renderer fetches nothing. An address no source serves is left out rather than drawn broken.
     */
    private org.jsoup.nodes.Document withImages(org.jsoup.nodes.Document document, Actor actor) {
        for (var img : document.select("img[src]")) {
            var src = img.attr("src");
            if (src.startsWith("data:")) {
                continue;
            }
            var image = images.stream().map(source -> source.image(src, actor)).flatMap(java.util.Optional::stream)
                    .findFirst();
            if (image.isEmpty()) {
                img.remove();
                continue;
            }
            img.attr("src", image.get().dataUri()).attr("width", "110").attr("height", "110");
            if (image.get().text() != null) {
                img.after(new org.jsoup.nodes.Element("div").addClass("pdf-image-text").text(image.get().text()));
            }
        }
        return document;
    }
}
