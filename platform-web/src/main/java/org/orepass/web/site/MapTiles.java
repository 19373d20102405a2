package org.orepass.web.site;

import java.util.ArrayList;
import java.util.List;

/**
 * The web map tiles (256 px, Web Mercator, zoom z has 2^z × 2^z tiles) that cover a view, at the zoom where one
 * tile pixel is nearest one SVG unit (0.7 to 1.4). At most about 7 × 5 tiles are drawn for a 1000 × 700 view.
 */
final class MapTiles {

    static final int TILE_SIZE = 256;
    static final int MAX_ZOOM = 18;

    /** One tile: its zoom and indexes, and where it goes in the SVG. */
    public record Tile(int z, int x, int y, double left, double top, double size) {

        public String href(String base) {
            return base + "/" + z + "/" + x + "/" + y + ".png";
        }
    }

    private MapTiles() {
    }

    static int zoom(MapProjection view) {
        var exact = Math.log(MapProjection.WIDTH / (TILE_SIZE * view.worldWidth())) / Math.log(2);
        return (int) Math.max(0, Math.min(MAX_ZOOM, Math.round(exact)));
    }

    static List<Tile> covering(MapProjection view) {
        int z = zoom(view);
        int n = 1 << z;
        int firstX = clamp((int) Math.floor(view.left() * n), n);
        int lastX = clamp((int) Math.ceil((view.left() + view.worldWidth()) * n) - 1, n);
        int firstY = clamp((int) Math.floor(view.top() * n), n);
        int lastY = clamp((int) Math.ceil((view.top() + view.worldHeight()) * n) - 1, n);
        var size = view.scale() / n;
        var tiles = new ArrayList<Tile>();
        for (int y = firstY; y <= lastY; y++) {
            for (int x = firstX; x <= lastX; x++) {
                tiles.add(new Tile(z, x, y, round(view.fromWorldX((double) x / n)),
                        round(view.fromWorldY((double) y / n)), round(size)));
            }
        }
        return tiles;
    }

    static boolean exists(int z, int x, int y) {
        return z >= 0 && z <= MAX_ZOOM && x >= 0 && y >= 0 && x < (1 << z) && y < (1 << z);
    }

    private static int clamp(int index, int n) {
        return Math.max(0, Math.min(n - 1, index));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
