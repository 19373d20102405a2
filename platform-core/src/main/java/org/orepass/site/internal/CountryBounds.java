package org.orepass.site.internal;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Rough bounding boxes of the countries the programmes work in. A point outside its country's box is probably
 * a typo (a dropped minus sign, latitude and longitude swapped): the user is warned and must confirm.
 */
public final class CountryBounds {

    private record Box(double minLat, double maxLat, double minLon, double maxLon) {
        boolean contains(double lat, double lon) {
            return lat >= minLat && lat <= maxLat && lon >= minLon && lon <= maxLon;
        }
    }

    private static final Map<String, Box> BOXES = Map.ofEntries(
            Map.entry("UG", new Box(-1.48, 4.23, 29.57, 35.04)),
            Map.entry("CD", new Box(-13.46, 5.39, 12.18, 31.31)),
            Map.entry("RW", new Box(-2.84, -1.05, 28.86, 30.90)),
            Map.entry("BI", new Box(-4.47, -2.31, 29.00, 30.85)),
            Map.entry("KE", new Box(-4.68, 5.03, 33.91, 41.91)),
            Map.entry("TZ", new Box(-11.75, -0.99, 29.33, 40.44)),
            Map.entry("ZM", new Box(-18.08, -8.22, 21.99, 33.71)),
            Map.entry("AO", new Box(-18.04, -4.38, 11.64, 24.08)),
            Map.entry("CF", new Box(2.22, 11.01, 14.42, 27.46)),
            Map.entry("CG", new Box(-5.03, 3.70, 11.09, 18.65)),
            Map.entry("SS", new Box(3.49, 12.24, 23.44, 35.95)),
            Map.entry("SD", new Box(8.68, 22.23, 21.81, 38.61)),
            Map.entry("CO", new Box(-4.23, 13.39, -81.73, -66.85)),
            Map.entry("ZW", new Box(-22.42, -15.61, 25.24, 33.06)),
            Map.entry("ID", new Box(-11.01, 6.08, 95.01, 141.02)));

    private CountryBounds() {
    }

    /** False only when we know the country's box and the point is outside it. */
    public static boolean plausible(String country, BigDecimal latitude, BigDecimal longitude) {
        var box = BOXES.get(country);
        return box == null || box.contains(latitude.doubleValue(), longitude.doubleValue());
    }
}
