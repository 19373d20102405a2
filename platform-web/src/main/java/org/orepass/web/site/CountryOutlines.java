package org.orepass.web.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.orepass.geography.Countries;
import org.orepass.site.SiteExtent.GeoBox;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outlines of the countries OrePass serves (Natural Earth, bundled: the map needs no internet), read and
 * projected to world coordinates once at start-up; each page only scales them to its view. See
 * docs/site-map.md for how the file was made.
 */
@Component
class CountryOutlines {

    static final String RESOURCE = "/map/country-outlines.geojson";
    /** Points closer than this (SVG units, about a pixel or two) to the last one drawn add bytes, not detail. */
    private static final int MIN_STEP = 2;

    /** One country: its rings as x0,y0,x1,y1... in world coordinates, their boxes, and its box in degrees. */
    private record Country(List<double[]> rings, List<double[]> ringBoxes, GeoBox box) {
    }

    /** One country's outline as an SVG path, {@code selected} when it is the country filtered on. */
    public record Outline(String country, String path, boolean selected) {
    }

    private final Map<String, Country> countries = new LinkedHashMap<>();

    CountryOutlines(JsonMapper json) {
        try (InputStream in = CountryOutlines.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            for (JsonNode feature : json.readTree(in).get("features")) {
                var iso = feature.get("properties").get("iso").asString();
                countries.put(iso, read(feature.get("geometry").get("coordinates")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Country read(JsonNode multiPolygon) {
        var rings = new ArrayList<double[]>();
        var boxes = new ArrayList<double[]>();
        GeoBox box = null;
        for (JsonNode polygon : multiPolygon) {
            for (JsonNode ring : polygon) {
                var points = new double[ring.size() * 2];
                var ringBox = new double[] {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
                int i = 0;
                for (JsonNode point : ring) {
                    var longitude = point.get(0).asDouble();
                    var latitude = point.get(1).asDouble();
                    var x = MapProjection.worldX(longitude);
                    var y = MapProjection.worldY(latitude);
                    points[i++] = x;
                    points[i++] = y;
                    ringBox[0] = Math.min(ringBox[0], x);
                    ringBox[1] = Math.min(ringBox[1], y);
                    ringBox[2] = Math.max(ringBox[2], x);
                    ringBox[3] = Math.max(ringBox[3], y);
                    var here = new GeoBox(latitude, longitude, latitude, longitude);
                    box = box == null ? here : box.union(here);
                }
                rings.add(points);
                boxes.add(ringBox);
            }
        }
        return new Country(List.copyOf(rings), List.copyOf(boxes), box);
    }

    /** The country's box in degrees, or null for a country not bundled. */
    GeoBox box(String country) {
        var found = country == null ? null : countries.get(country);
        return found == null ? null : found.box();
    }

    /** Where the ICGLR members lie: the view when there is nothing else to show. */
    GeoBox icglrRegion() {
        GeoBox region = null;
        for (var member : Countries.ICGLR_MEMBERS) {
            var box = box(member);
            region = region == null ? box : region.union(box);
        }
        return region;
    }

    /**
     * The outlines in the view as SVG paths in whole SVG units: rings outside the view are skipped and points
     * closer than {@link #MIN_STEP} to the previous one are dropped, so a wide view stays light.
     */
    List<Outline> in(MapProjection view, String selected) {
        var outlines = new ArrayList<Outline>();
        countries.forEach((iso, country) -> {
            var path = new StringBuilder();
            for (int r = 0; r < country.rings().size(); r++) {
                var box = country.ringBoxes().get(r);
                if (view.shows(box[0], box[1], box[2], box[3])) {
                    appendRing(path, country.rings().get(r), view);
                }
            }
            if (!path.isEmpty()) {
                outlines.add(new Outline(iso, path.toString(), iso.equals(selected)));
            }
        });
        return outlines;
    }

    private static void appendRing(StringBuilder path, double[] ring, MapProjection view) {
        var ringPath = new StringBuilder();
        long lastX = Integer.MIN_VALUE;
        long lastY = Integer.MIN_VALUE;
        int points = 0;
        for (int i = 0; i < ring.length; i += 2) {
            long x = Math.round(view.fromWorldX(ring[i]));
            long y = Math.round(view.fromWorldY(ring[i + 1]));
            if (Math.abs(x - lastX) < MIN_STEP && Math.abs(y - lastY) < MIN_STEP) {
                continue;
            }
            ringPath.append(points == 0 ? "M" : points == 1 ? "L" : " ").append(x).append(' ').append(y);
            lastX = x;
            lastY = y;
            points++;
        }
        // A ring that shrinks below a triangle at this scale is a speck: not worth its bytes.
        if (points >= 3) {
            path.append(ringPath).append('Z');
        }
    }
}
