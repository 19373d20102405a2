package org.orepass.site;

import java.util.regex.Pattern;

/** Checks on a GeoJSON Polygon the domain cares about beyond its schema: every ring ends where it starts. */
final class PolygonOutline {

    private static final Pattern RING = Pattern.compile("\\[\\s*(\\[[^\\[\\]]*\\](?:\\s*,\\s*\\[[^\\[\\]]*\\])*)\\s*\\]");
    private static final Pattern POSITION = Pattern.compile("\\[([^\\[\\]]*)\\]");

    private PolygonOutline() {
    }

    static boolean closedRings(String polygonJson) {
        var rings = RING.matcher(polygonJson);
        var found = false;
        while (rings.find()) {
            found = true;
            var positions = POSITION.matcher(rings.group(1)).results().map(m -> m.group(1).replaceAll("\\s", ""))
                    .toList();
            if (positions.size() < 4 || !positions.get(0).equals(positions.get(positions.size() - 1))) {
                return false;
            }
        }
        return found;
    }
}
