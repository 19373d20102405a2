package org.orepass.site;

/** How many sites a search finds and the box around them; the box is null when none is found. */
public record SiteExtent(long count, GeoBox box) {

    /** A latitude/longitude box in WGS84 degrees. */
    public record GeoBox(double south, double west, double north, double east) {

        public GeoBox union(GeoBox other) {
            return other == null ? this : new GeoBox(Math.min(south, other.south), Math.min(west, other.west),
                    Math.max(north, other.north), Math.max(east, other.east));
        }
    }
}
