package org.orepass.web.site;

import org.orepass.account.Actor;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.orepass.site.ActivityStatus;
import org.orepass.site.FormalisationStage;
import org.orepass.site.Mineral;
import org.orepass.site.SiteCluster;
import org.orepass.site.SiteExtent;
import org.orepass.site.SiteMapQueries;
import org.orepass.site.SitePoint;
import org.orepass.site.SiteSearch;
import org.orepass.site.SiteStatus;
import org.orepass.web.support.CountryOption;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The sites on a map, drawn on the server as SVG: no JavaScript, no internet (bundled country outlines), the
 * list's filters and visibility, each site a link to its file, and beyond a limit one circle per grid cell.
 */
@Controller
@RequestMapping("/sites/map")
class SiteMapController {

    static final String MAP = "site/map";
    static final String TILES = "/sites/map/tiles";

    private final SiteMapQueries queries;
    private final CountryOutlines outlines;
    private final SiteMapSettings settings;
    private final MapTileProxy tileProxy;

    SiteMapController(SiteMapQueries queries, CountryOutlines outlines, SiteMapSettings settings,
            MapTileProxy tileProxy) {
        this.queries = queries;
        this.outlines = outlines;
        this.settings = settings;
        this.tileProxy = tileProxy;
    }

    /** A site's dot in SVG units. */
    public record Dot(long id, String name, SiteStatus status, long x, long y) {

        public String css() {
            return cssName(status);
        }
    }


    /** A grid cell's circle in SVG units, sized by its count and coloured by its worst status. */
    public record ClusterMark(long x, long y, long radius, SiteStatus worst, long total, long red, long yellow,
            long blue, long green) {

        public String css() {
            return cssName(worst);
        }
    }

    @GetMapping
    String map(@RequestParam(required = false) String q, @RequestParam(required = false) String country,
            @RequestParam(required = false) String division, @RequestParam(required = false) Mineral mineral,
            @RequestParam(required = false) SiteStatus status, @RequestParam(required = false) FormalisationStage stage,
            @RequestParam(required = false) ActivityStatus activity, Model model, Locale locale,
            HttpServletRequest request, Actor actor) {
        var search = new SiteSearch(q, upper(country), upper(division), mineral, status, stage, activity, null);
        var map = queries.map(actor, search, settings.pointLimit());
        var view = MapProjection.fitting(viewBox(search, map.extent()));
        var counts = new EnumMap<SiteStatus, Long>(SiteStatus.class);
        for (var s : SiteStatus.values()) {
            counts.put(s, 0L);
        }
        map.points().forEach(point -> counts.merge(point.status(), 1L, Long::sum));
        map.clusters().forEach(cluster -> cluster.counts().forEach((s, n) -> counts.merge(s, n, Long::sum)));

        model.addAttribute("search", search);
        model.addAttribute("countries", CountryOption.all(locale));
        model.addAttribute("allMinerals", Mineral.values());
        model.addAttribute("allStatuses", SiteStatus.values());
        model.addAttribute("stages", FormalisationStage.values());
        model.addAttribute("activities", ActivityStatus.values());
        // The list shows the same filters' sites, and back.
        model.addAttribute("listQuery", query(search));
        model.addAttribute("width", MapProjection.WIDTH);
        model.addAttribute("height", MapProjection.HEIGHT);
        model.addAttribute("outlines", outlines.in(view, search.country()));
        var marks = MapMarks.separate(map.points().stream().map(point -> dot(point, view)).toList(),
                map.clusters().stream().map(cluster -> mark(cluster, view)).toList());
        model.addAttribute("dots", marks.dots());
        model.addAttribute("clusters", marks.clusters());
        model.addAttribute("tiles", settings.tilesEnabled() ? MapTiles.covering(view) : List.of());
        model.addAttribute("tileBase", request.getContextPath() + TILES);
        model.addAttribute("tileAttribution", settings.tilesEnabled() ? settings.tileAttribution() : null);
        model.addAttribute("counts", counts);
        model.addAttribute("total", map.extent().count());
        model.addAttribute("aggregated", map.aggregated() || !marks.clusters().isEmpty());
        return MAP;
    }

    /** A tile of the configured tile server, through OrePass (see {@link MapTileProxy}); 404 when tiles are off. */
    @GetMapping("/tiles/{z}/{x}/{y}.png")
    ResponseEntity<byte[]> tile(@PathVariable int z, @PathVariable int x, @PathVariable int y) {
        return tileProxy.tile(z, x, y)
                .map(image -> ResponseEntity.ok().contentType(MediaType.parseMediaType(image.contentType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate()).body(image.bytes()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** The selected country (with any of its sites outside it), else the sites, else the ICGLR region. */
    private SiteExtent.GeoBox viewBox(SiteSearch search, SiteExtent extent) {
        var countryBox = outlines.box(search.country());
        if (countryBox != null) {
            return countryBox.union(extent.box());
        }
        return extent.box() != null ? extent.box() : outlines.icglrRegion();
    }

    private static Dot dot(SitePoint point, MapProjection view) {
        return new Dot(point.id(), point.name(), point.status(), Math.round(view.x(point.longitude())),
                Math.round(view.y(point.latitude())));
    }

    private static ClusterMark mark(SiteCluster cluster, MapProjection view) {
        long radius = MapMarks.radius(cluster.count());
        Map<SiteStatus, Long> counts = cluster.counts();
        return new ClusterMark(Math.round(view.x(cluster.longitude())), Math.round(view.y(cluster.latitude())),
                radius, cluster.worst(), cluster.count(), counts.getOrDefault(SiteStatus.RED, 0L),
                counts.getOrDefault(SiteStatus.YELLOW, 0L), counts.getOrDefault(SiteStatus.BLUE, 0L),
                counts.getOrDefault(SiteStatus.GREEN, 0L));
    }

    private static String cssName(SiteStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }

    /** The search as a query string ("" or "?q=..."), built from what was understood rather than echoed. */
    private static String query(SiteSearch search) {
        var uri = UriComponentsBuilder.newInstance();
        add(uri, "q", search.text() == null || search.text().isBlank() ? null : search.text());
        add(uri, "country", search.country());
        add(uri, "division", search.division());
        add(uri, "mineral", search.mineral());
        add(uri, "status", search.status());
        add(uri, "stage", search.stage());
        add(uri, "activity", search.activity());
        var query = uri.encode().build().getQuery();
        return query == null ? "" : "?" + query;
    }

    private static void add(UriComponentsBuilder uri, String name, Object value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }

    private static String upper(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }
}
