package org.orepass.web.site;

import java.util.List;
import org.orepass.site.SiteExtent.GeoBox;
import org.springframework.stereotype.Component;

/**
 * The site map's offline base map (bundled country outlines, Web Mercator, 1000 × 700 SVG units) for other
 * features' maps, such as incidents per division: one public entry so they draw the same map without copying it.
 */
@Component
public class OutlineMap {

    public static final int WIDTH = MapProjection.WIDTH;
    public static final int HEIGHT = MapProjection.HEIGHT;

    private final CountryOutlines outlines;

    OutlineMap(CountryOutlines outlines) {
        this.outlines = outlines;
    }

    /** A country's outline as an SVG path in the view's units. */
    public record Shape(String country, String path, boolean selected) {
    }

    /** A view: the outlines it shows and where a position falls in it. */
    public static final class View {

        private final MapProjection projection;
        private final List<Shape> shapes;

        private View(MapProjection projection, List<Shape> shapes) {
            this.projection = projection;
            this.shapes = shapes;
        }

        public List<Shape> shapes() {
            return shapes;
        }

        public long x(double longitude) {
            return Math.round(projection.x(longitude));
        }

        public long y(double latitude) {
            return Math.round(projection.y(latitude));
        }
    }

    /**
     * The view of the selected country (with any of {@code places} outside it), else of the places, else of the
     * ICGLR region.
     */
    public View view(String country, GeoBox places) {
        var countryBox = outlines.box(country);
        GeoBox box;
        if (countryBox != null) {
            box = countryBox.union(places);
        } else {
            box = places != null ? places : outlines.icglrRegion();
        }
        var projection = MapProjection.fitting(box);
        var shapes = outlines.in(projection, country).stream()
                .map(o -> new Shape(o.country(), o.path(), o.selected())).toList();
        return new View(projection, shapes);
    }
}
