package org.orepass.web.producer;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.orepass.account.Actor;
import org.orepass.producer.ProgrammeDashboard;
import org.orepass.producer.ProgressLevel;
import org.orepass.web.support.Csv;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The programme dashboard and its CSV (issue 22): figures by country and division, no names. */
@Controller
class ProducerDashboardController {

    private final ProgrammeDashboard dashboard;
    private final org.springframework.context.MessageSource messages;

    ProducerDashboardController(ProgrammeDashboard dashboard, org.springframework.context.MessageSource messages) {
        this.dashboard = dashboard;
        this.messages = messages;
    }

    @GetMapping("/producers/dashboard")
    String show(@RequestParam(required = false) String country, @RequestParam(required = false) String division,
            Model model, Actor actor, java.util.Locale locale) {
        // Countries by name, not a code to type (issue 16).
        model.addAttribute("countries", org.orepass.web.support.CountryOption.all(locale));
        model.addAttribute("figures", dashboard.figures(actor, clean(country), clean(division)));
        model.addAttribute("country", clean(country));
        model.addAttribute("division", clean(division));
        model.addAttribute("divisionGroups", DivisionOptions.of(clean(country), clean(division), locale));
        model.addAttribute("levelNames", columns());
        overTime(model, actor, clean(country), clean(division), locale);
        var land = dashboard.land(actor, clean(country), clean(division));
        model.addAttribute("land", land);
        model.addAttribute("landTotal", total(land));
        return "producer/dashboard";
    }

    @GetMapping("/producers/dashboard.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String country,
            @RequestParam(required = false) String division, Actor actor) throws IOException {
        var figures = dashboard.figures(actor, clean(country), clean(division));
        var out = new StringWriter();
        var csv = new Csv(out);
        csv.row(List.of("section", "key", "value1", "value2", "value3", "value4", "value5"));
        csv.row(List.of("producers", "", figures.producers(), "", "", "", ""));
        for (var criterion : figures.criteria()) {
            var row = new ArrayList<Object>(List.of("levels", criterion.getCode()));
            columns().forEach(level -> row.add(figures.levels().get(criterion.getCode()).get(level)));
            csv.row(row);
        }
        csv.row(List.of("members", "women,men", figures.membersWomen(), figures.membersMen(), "", "", ""));
        csv.row(List.of("leaders", "women,men", figures.leadersWomen(), figures.leadersMen(), "", "", ""));
        for (var year : figures.mercury().entrySet()) {
            csv.row(List.of("mercury", year.getKey(), year.getValue().usedKg(), year.getValue().recoveredKg(),
                    year.getValue().goldG(), "", ""));
        }
        // Land rehabilitation: one row per country and division (codes; "" for none): producers, commitments,
        // hectares promised, hectares verified rehabilitated to date.
        for (var place : dashboard.land(actor, clean(country), clean(division))) {
            csv.row(List.of("land", place.country(), place.division() == null ? "" : place.division(),
                    place.producers(), place.commitments(), place.promisedHa().toPlainString(),
                    place.verifiedHa().toPlainString()));
        }
        // Levels over time: one row per criterion, half-year and level (criterion, period, level, producers).
        var overTime = dashboard.levelsOverTime(actor, clean(country), clean(division));
        for (var criterion : overTime.criteria()) {
            for (var period : overTime.periods()) {
                for (var level : columns()) {
                    csv.row(List.of("levels-over-time", criterion.getCode(), period, level,
                            overTime.levels().get(criterion.getCode()).get(period).get(level), "", ""));
                }
            }
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("producer-dashboard.csv").build().toString())
                .body(out.toString());
    }

    /** Levels over time (a section of its own): the figures, one chart per criterion, the legend. */
    private void overTime(Model model, Actor actor, String country, String division, java.util.Locale locale) {
        var overTime = dashboard.levelsOverTime(actor, country, division);
        var charts = new java.util.LinkedHashMap<String, String>();
        for (var criterion : overTime.criteria()) {
            charts.put(criterion.getCode(), LevelCharts.stacked(overTime.periods(),
                    overTime.levels().get(criterion.getCode()), columns(), messages.getMessage(
                            "producer.over-time.chart", new Object[] {criterion.getCode()}, locale)));
        }
        var swatches = new java.util.LinkedHashMap<String, String>();
        columns().forEach(level -> swatches.put(level, LevelCharts.swatch(level)));
        model.addAttribute("overTime", overTime);
        model.addAttribute("overTimeCharts", charts);
        model.addAttribute("overTimeSwatches", swatches);
    }

    /** The land rehabilitation rows added up. */
    static ProgrammeDashboard.LandPlace total(List<ProgrammeDashboard.LandPlace> land) {
        var promised = java.math.BigDecimal.ZERO;
        var verified = java.math.BigDecimal.ZERO;
        int producers = 0;
        int commitments = 0;
        for (var place : land) {
            promised = promised.add(place.promisedHa());
            verified = verified.add(place.verifiedHa());
            producers += place.producers();
            commitments += place.commitments();
        }
        return new ProgrammeDashboard.LandPlace("", null, producers, commitments, promised, verified);
    }

    /** NONE (not verified), then the levels in order. */
    static List<String> columns() {
        var names = new ArrayList<String>(List.of(ProgrammeDashboard.NONE));
        for (var level : ProgressLevel.values()) {
            names.add(level.name());
        }
        return names;
    }

    private static String clean(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var v = value.strip().toUpperCase(java.util.Locale.ROOT);
        return v.matches("[A-Z]{2}(-[A-Z0-9]{1,3})?") ? v : null;
    }
}
