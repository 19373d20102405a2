package org.orepass.web.producer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.orepass.account.Actor;
import org.orepass.producer.LandRehabilitation;
import org.orepass.producer.ProducerProgress;
import org.orepass.producer.Producers;
import org.orepass.producer.internal.ProducerProfiles;
import org.orepass.shared.NotFoundException;
import org.orepass.web.support.Dates;
import org.orepass.web.support.Quantities;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The producer's passport (issue 22): one page of where it stands on each criterion (verified by whom and when),
 * the trend since its first assessment, mercury per gram of gold, land rehabilitation against its commitments, women
 * in membership and leadership, its sites and their colours. Public when the producer opted in; otherwise for its buyers, verifiers and managers only
 * ({@link Producers#mayReadPassport}); anyone else is told it does not exist. Printable, and as PDF with the same
 * template (the PDF renderer of the export certificate, openhtmltopdf; charts as their tables there).
 */
@Controller
class PassportController {

    /** The passport's stylesheet, inlined for the PDF renderer (a browser loads it from /css/passport.css). */
    private static final String STYLE = stylesheet();

    private static String stylesheet() {
        try (var in = new org.springframework.core.io.ClassPathResource("static/css/passport.css").getInputStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException missing) {
            throw new java.io.UncheckedIOException("static/css/passport.css is part of the build", missing);
        }
    }

    static final String PASSPORT = "producer/passport";

    private final Producers producers;
    private final ProducerProgress progress;
    private final ProducerProfiles profiles;
    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final ApplicationContext context;
    private final Clock clock;
    private final LandRehabilitation rehabilitation;
    private final Dates dates;
    private final Quantities quantities;

    PassportController(Producers producers, ProducerProgress progress, ProducerProfiles profiles,
            MessageSource messages, ITemplateEngine templates, ApplicationContext context, Clock clock,
            LandRehabilitation rehabilitation, Dates dates, Quantities quantities) {
        this.rehabilitation = rehabilitation;
        this.dates = dates;
        this.quantities = quantities;
        this.producers = producers;
        this.progress = progress;
        this.profiles = profiles;
        this.messages = messages;
        this.templates = templates;
        this.context = context;
        this.clock = clock;
    }

    @GetMapping("/producers/{id}/passport")
    String passport(@PathVariable Long id, Optional<Actor> actor, Model model) {
        model.addAllAttributes(model(id, actor.orElse(null)));
        return PASSPORT;
    }

    @GetMapping("/producers/{id}/passport.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable Long id, Optional<Actor> actor, HttpServletRequest request,
            HttpServletResponse response) {
        var model = model(id, actor.orElse(null));
        var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response);
        var web = new WebContext(exchange, LocaleContextHolder.getLocale(), model);
        web.setVariable("pdf", true);
        web.setVariable("pdfStyle", STYLE);
        web.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null));
        var html = templates.process(PASSPORT, web);
        try (var out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            builder.toStream(out);
            builder.run();
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("passport-" + id + ".pdf").build().toString())
                    .body(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> model(Long id, Actor actor) {
        var profile = profiles.findById(id).orElseThrow(() -> new NotFoundException("ProducerProfile", id));
        if (!producers.mayReadPassport(actor, profile)) {
            throw new NotFoundException("ProducerProfile", id);
        }
        var locale = LocaleContextHolder.getLocale();
        var model = new HashMap<String, Object>();
        var trend = progress.trend(id);
        var mercury = progress.mercuryTrend(id);
        model.put("profile", profile);
        model.put("organisation", producers.organisation(profile));
        model.put("sites", producers.sitesOf(profile));
        model.put("today", LocalDate.now(clock));
        model.put("standings", progress.standings(profile));
        model.put("findings", progress.findings(profile));
        model.put("trend", trend);
        model.put("mercury", mercury);
        model.put("trendChart", PassportCharts.trend(trend,
                messages.getMessage("producer.passport.trend", null, locale), dates::date));
        model.put("mercuryChart", PassportCharts.mercury(mercury,
                messages.getMessage("producer.mercury.per-gram", null, locale), dates::date));
        var land = rehabilitation.standings(profile);
        model.put("rehabilitation", land);
        model.put("rehabilitationChart", PassportCharts.rehabilitation(
                land.stream().map(LandRehabilitation.Standing::verifiedPercent).toList(),
                land.stream().map(LandRehabilitation.Standing::siteName).toList(),
                land.stream().map(s -> messages.getMessage("producer.rehabilitation.of", new Object[] {
                    quantities.number(s.verifiedHa().value()), quantities.number(s.commitment().getAreaHa().value()),
                    s.verifiedPercent()}, locale)).toList(),
                messages.getMessage("producer.rehabilitation.chart", null, locale)));
        model.put("womenMembers", share(profile.getMembersWomen(), profile.getMembersMen()));
        model.put("womenLeaders", share(profile.getBoardWomen() + profile.getCommitteeWomen(),
                profile.getBoardMen() + profile.getCommitteeMen()));
        model.put("pdf", false);
        return model;
    }

    /** Women's share in percent, one decimal (as text: the same in every language); null when no one is counted. */
    static String share(int women, int men) {
        int all = women + men;
        return all == 0 ? null : BigDecimal.valueOf(women * 100L).divide(BigDecimal.valueOf(all), 1,
                RoundingMode.HALF_UP).toPlainString();
    }
}
