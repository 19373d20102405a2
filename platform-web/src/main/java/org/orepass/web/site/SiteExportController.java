package org.orepass.web.site;

import org.orepass.account.Actor;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.orepass.shared.PageQuery;
import org.orepass.site.ActivityStatus;
import org.orepass.site.FormalisationStage;
import org.orepass.site.MineSite;
import org.orepass.site.Mineral;
import org.orepass.site.SiteQueries;
import org.orepass.site.SiteSearch;
import org.orepass.site.SiteStatus;
import org.orepass.web.support.Csv;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The filtered site list as CSV (for spreadsheets) and GeoJSON (for GIS tools), streamed page by page. */
@Controller
@RequestMapping("/sites")
class SiteExportController {

    private final SiteQueries queries;
    private final JsonMapper jsonMapper;

    SiteExportController(SiteQueries queries, JsonMapper jsonMapper) {
        this.queries = queries;
        this.jsonMapper = jsonMapper;
    }

    @GetMapping("/export.csv")
    void csv(@RequestParam(required = false) String q, @RequestParam(required = false) String country,
            @RequestParam(required = false) String division, @RequestParam(required = false) Mineral mineral,
            @RequestParam(required = false) SiteStatus status, @RequestParam(required = false) FormalisationStage stage,
            @RequestParam(required = false) ActivityStatus activity, HttpServletResponse response, Actor actor) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"orepass-sites.csv\"");
        var today = queries.today();
        var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        var csv = new Csv(writer);
        csv.row(List.of("icglrId", "nationalId", "name", "country", "division", "locality", "latitude", "longitude",
                "status", "statusCode", "minerals", "activity", "miningType", "formalisationStage", "workersMen",
                "workersWomen", "childrenObserved"));
        eachSite(new SiteSearch(q, upper(country), upper(division), mineral, status, stage, activity, null), site -> {
            var now = site.statusOn(today);
            try {
                csv.row(List.of(site.getIcglrId().value(), nullToEmpty(site.getNationalId()), site.getName(),
                        site.getCountry(), nullToEmpty(site.getDivision()), nullToEmpty(site.getLocality()),
                        site.getLatitude().toPlainString(), site.getLongitude().toPlainString(), now.name(),
                        now.icglrCode(), String.join(" ", site.getMinerals().stream().map(Mineral::hsCode).sorted()
                                .toList()), site.getActivityStatus().name(), site.getMiningType().name(),
                        site.getFormalisationStage().name(), site.getWorkersMen(), site.getWorkersWomen(),
                        site.getChildrenObserved()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, actor);
        writer.flush();
    }

    @GetMapping("/export.geojson")
    void geoJson(@RequestParam(required = false) String q, @RequestParam(required = false) String country,
            @RequestParam(required = false) String division, @RequestParam(required = false) Mineral mineral,
            @RequestParam(required = false) SiteStatus status, @RequestParam(required = false) FormalisationStage stage,
            @RequestParam(required = false) ActivityStatus activity, HttpServletResponse response, Actor actor) throws IOException {
        response.setContentType("application/geo+json;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"orepass-sites.geojson\"");
        var today = queries.today();
        var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write("{\"type\":\"FeatureCollection\",\"features\":[");
        var first = new boolean[] {true};
        eachSite(new SiteSearch(q, upper(country), upper(division), mineral, status, stage, activity, null), site -> {
            var now = site.statusOn(today);
            try {
                writer.write(first[0] ? "" : ",");
                first[0] = false;
                // GeoJSON puts longitude first (RFC 7946).
                writer.write("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":["
                        + site.getLongitude().toPlainString() + "," + site.getLatitude().toPlainString()
                        + "]},\"properties\":{\"icglrId\":" + json(site.getIcglrId().value()) + ",\"name\":"
                        + json(site.getName()) + ",\"country\":" + json(site.getCountry()) + ",\"division\":"
                        + json(site.getDivision()) + ",\"status\":" + json(now.name()) + ",\"statusCode\":"
                        + now.icglrCode() + "}}");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, actor);
        writer.write("]}");
        writer.flush();
    }

    private void eachSite(SiteSearch search, Consumer<MineSite> action, Actor actor) {
        for (int page = 0; ; page++) {
            // No total: an estimated one (large unfiltered registries) could end the download early.
            var sites = queries.page(actor, search, new PageQuery(page, PageQuery.MAX_SIZE));
            sites.forEach(action);
            if (sites.size() < PageQuery.MAX_SIZE) {
                return;
            }
        }
    }

    private String json(String value) {
        return value == null ? "null" : jsonMapper.writeValueAsString(value);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String upper(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }
}
