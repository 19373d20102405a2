package org.orepass.web.incident;

import org.orepass.account.Actor;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.orepass.incident.IncidentPlaces;
import org.orepass.incident.IncidentQueries;
import org.orepass.incident.IncidentSearch;
import org.orepass.site.Mineral;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.site.OutlineMap;
import org.orepass.web.support.CountryOption;
import org.orepass.web.support.Csv;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboards: for those who follow incidents up (over what they may see) and for the public (verified
 * incidents only). Server-rendered SVG bars with a table beside each chart as its text alternative; every
 * figure links to the list behind it; the CSV holds the incidents the filters select.
 */
@Controller
class DashboardController {

    static final String PAGE = "incident/dashboard";

    private final IncidentQueries queries;
    private final IncidentPlaces places;
    private final OutlineMap baseMap;

    DashboardController(IncidentQueries queries, IncidentPlaces places, OutlineMap baseMap) {
        this.queries = queries;
        this.places = places;
        this.baseMap = baseMap;
    }

    @GetMapping("/incidents/dashboard")
    String dashboard(@RequestParam(required = false) Long category, @RequestParam(required = false) Integer severity,
            @RequestParam(required = false) String country, @RequestParam(required = false) String division,
            @RequestParam(required = false) Mineral mineral,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Locale locale, Model model, Actor actor) {
        var search = search(category, severity, country, division, mineral, from, to);
        model.addAttribute("figures", queries.dashboard(actor, search));
        return show(search, false, locale, model);
    }

    @GetMapping("/public/dashboard")
    String publicDashboard(@RequestParam(required = false) Long category,
            @RequestParam(required = false) Integer severity, @RequestParam(required = false) String country,
            @RequestParam(required = false) String division, @RequestParam(required = false) Mineral mineral,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Locale locale, Model model, jakarta.servlet.http.HttpServletRequest request,
            Optional<SignedInUser> signedIn) {
        var search = search(category, severity, country, division, mineral, from, to);
        model.addAttribute("figures", queries.publicDashboard(search));
        // Nobody's page (no menu of a signed-in user): PublicPageShield may keep it for other visitors.
        request.setAttribute(PublicPageShield.ANONYMOUS_VIEW, signedIn.isEmpty());
        return show(search, true, locale, model);
    }

    /** The incidents the filters select, one line each (the signed-in dashboard's export). */
    @GetMapping("/incidents/dashboard.csv")
    void csv(@RequestParam(required = false) Long category, @RequestParam(required = false) Integer severity,
            @RequestParam(required = false) String country, @RequestParam(required = false) String division,
            @RequestParam(required = false) Mineral mineral,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Locale locale, HttpServletResponse response, Actor actor) throws IOException {
        var search = search(category, severity, country, division, mineral, from, to);
        var names = CategoryOptions.of(queries.categories(), locale).names();
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"orepass-incidents.csv\"");
        var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        var out = new Csv(writer);
        out.row(List.of("id", "category", "severity", "occurredOn", "country", "division", "site", "status",
                "source", "reviewDue"));
        // One pass selects every row (page by page, each page would select them all again).
        queries.export(actor, search, row -> write(out, java.util.Arrays.asList(row.id(),
                names.get(row.categoryId()), row.severity(), row.occurredOn(), row.country(), row.division(),
                row.siteName(), row.status(), row.source(), row.reviewDue())));
        writer.flush();
    }

    /** The public export: verified incidents, division-level places, no text. */
    @GetMapping("/public/dashboard.csv")
    void publicCsv(@RequestParam(required = false) Long category, @RequestParam(required = false) Integer severity,
            @RequestParam(required = false) String country, @RequestParam(required = false) String division,
            @RequestParam(required = false) Mineral mineral,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Locale locale, HttpServletResponse response) throws IOException {
        var search = search(category, severity, country, division, mineral, from, to);
        var names = CategoryOptions.of(queries.categories(), locale).names();
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"orepass-verified-incidents.csv\"");
        var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        var out = new Csv(writer);
        out.row(List.of("id", "category", "severity", "occurredOn", "country", "division", "status"));
        queries.publicExport(search, row -> write(out, java.util.Arrays.asList(row.id(),
                names.get(row.categoryId()), row.severity(), row.occurredOn(), row.country(), row.division(),
                row.status())));
        writer.flush();
    }

    private static void write(Csv out, List<?> cells) {
        try {
            out.row(cells);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String show(IncidentSearch search, boolean publicView, Locale locale, Model model) {
        model.addAttribute("search", search);
        model.addAttribute("publicView", publicView);
        var categories = CategoryOptions.of(queries.categories(), locale);
        var listBase = publicView ? "/public/incidents" : "/incidents";
        var figures = (org.orepass.incident.IncidentFigures) model.getAttribute("figures");
        model.addAttribute("categories", categories);
        model.addAttribute("countries", CountryOption.all(locale));
        model.addAttribute("minerals", Mineral.values());
        model.addAttribute("charts", DashboardCharts.of(figures, search, categories, listBase));
        // The public map places a division only where enough sites make its centre (IncidentPlaces).
        model.addAttribute("map", IncidentMap.of(baseMap, places.of(figures, publicView), search, listBase));
        model.addAttribute("totalHref", DashboardCharts.base(listBase, search).build().encode().toUriString());
        model.addAttribute("overdueHref", DashboardCharts.link(listBase, search, "overdue", "true"));
        model.addAttribute("csvHref", DashboardCharts.base(publicView ? "/public/dashboard.csv"
                : "/incidents/dashboard.csv", search).build().encode().toUriString());
        return PAGE;
    }

    private static IncidentSearch search(Long category, Integer severity, String country, String division,
            Mineral mineral, LocalDate from, LocalDate to) {
        return new IncidentSearch(null, category, severity, IncidentForm.upper(country), IncidentForm.upper(division),
                mineral, from, to, false);
    }
}
