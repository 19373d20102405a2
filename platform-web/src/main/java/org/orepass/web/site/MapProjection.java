package org.orepass.web.site;

import org.orepass.site.SiteExtent.GeoBox;

/**
 * Web Mercator (the projection of web map tiles, so optional tiles line up with what is drawn) onto an SVG of
 * fixed size. Positions are first "world" coordinates from 0 to 1 (x east from 180° W, y south from 85° N), then
 * SVG units of the view. Near the equator, where the programmes work, Mercator barely distorts.
 */
final class MapProjection {

    static final int WIDTH = 1000;
    static final int HEIGHT = 700;
    /** Tile services stop here; so does the map. */
    static final double MAX_LATITUDE = 85.0511;
    /** A single site still shows its surroundings: the view is at least this many degrees across. */
    static final double MIN_SPAN_DEGREES = 0.5;
    /** Room around the sites so dots at the edge are not cut. */
    static final double PADDING = 0.08;

    private final double left;
    private final double top;
    private final double worldWidth;
    private final double scale;

    private MapProjection(double left, double top, double worldWidth) {
        this.left = left;
        this.top = top;
        this.worldWidth = worldWidth;
        this.scale = WIDTH / worldWidth;
    }

    /** The view that shows {@code box} whole, padded, at least {@link #MIN_SPAN_DEGREES} across, 10:7. */
    static MapProjection fitting(GeoBox box) {
        var latMiddle = (box.north() + box.south()) / 2;
        var lonMiddle = (box.east() + box.west()) / 2;
        var latHalf = Math.max(box.north() - box.south(), MIN_SPAN_DEGREES) / 2;
        var lonHalf = Math.max(box.east() - box.west(), MIN_SPAN_DEGREES) / 2;
        var x0 = worldX(lonMiddle - lonHalf);
        var x1 = worldX(lonMiddle + lonHalf);
        var y0 = worldY(Math.min(latMiddle + latHalf, MAX_LATITUDE));
        var y1 = worldY(Math.max(latMiddle - latHalf, -MAX_LATITUDE));
        var width = (x1 - x0) * (1 + 2 * PADDING);
        var height = (y1 - y0) * (1 + 2 * PADDING);
        // Widen or heighten around the middle to the SVG's shape, never beyond the whole world.
        width = Math.min(1, Math.max(width, height * WIDTH / HEIGHT));
        height = width * HEIGHT / WIDTH;
        var left = clamp((x0 + x1) / 2 - width / 2, 0, 1 - width);
        var top = (y0 + y1) / 2 - height / 2;
        return new MapProjection(left, top, width);
    }

    /** 0 at 180° W, 1 at 180° E. */
    static double worldX(double longitude) {
        return (longitude + 180) / 360;
    }

    /** 0 at 85.05° N, 0.5 at the equator, 1 at 85.05° S. */
    static double worldY(double latitude) {
        var phi = Math.toRadians(clamp(latitude, -MAX_LATITUDE, MAX_LATITUDE));
        return 0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI);
    }

    double x(double longitude) {
        return fromWorldX(worldX(longitude));
    }

    double y(double latitude) {
        return fromWorldY(worldY(latitude));
    }

    double fromWorldX(double worldX) {
        return (worldX - left) * scale;
    }

    double fromWorldY(double worldY) {
        return (worldY - top) * scale;
    }

    /** The view in world coordinates: left, top, width, height. */
    double left() {
        return left;
    }

    double top() {
        return top;
    }

    double worldWidth() {
        return worldWidth;
    }

    double worldHeight() {
        return worldWidth * HEIGHT / WIDTH;
    }

    /** SVG units per world unit. */
    double scale() {
        return scale;
    }

    /** Whether a world-coordinate box touches the view. */
    boolean shows(double minX, double minY, double maxX, double maxY) {
        return maxX >= left && minX <= left + worldWidth && maxY >= top && minY <= top + worldHeight();
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
