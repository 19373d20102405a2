package org.orepass.web.site;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The map's settings. Tiles are off unless {@code orepass.map.tile-url} names a tile server
 * ({@code https://tile.example.org/{z}/{x}/{y}.png}); the bundled outlines need no internet. Setters exist so
 * tests can change a setting without a second application context.
 */
@Component
class SiteMapSettings {

    /**
     * 300 dots with their links and names, the longest outlines (DR Congo) and the page around them stay well
     * under the 100 KB page budget (400 would just fit, 1,500 would not).
     */
    static final int DEFAULT_POINT_LIMIT = 300;

    private volatile String tileUrl;
    private volatile String tileAttribution;
    private volatile int pointLimit;

    SiteMapSettings(@Value("${orepass.map.tile-url:}") String tileUrl,
            @Value("${orepass.map.tile-attribution:}") String tileAttribution,
            @Value("${orepass.map.point-limit:" + DEFAULT_POINT_LIMIT + "}") int pointLimit) {
        this.tileUrl = tileUrl;
        this.tileAttribution = tileAttribution;
        this.pointLimit = pointLimit;
    }

    boolean tilesEnabled() {
        return tileUrl != null && !tileUrl.isBlank();
    }

    /** The tile server's address for one tile. */
    String tileUrl(int z, int x, int y) {
        return tileUrl.strip().replace("{z}", Integer.toString(z)).replace("{x}", Integer.toString(x))
                .replace("{y}", Integer.toString(y));
    }

    String tileAttribution() {
        return tileAttribution;
    }

    /** Above this many sites the map counts them per grid cell instead of drawing each. */
    int pointLimit() {
        return pointLimit;
    }

    void setTileUrl(String tileUrl) {
        this.tileUrl = tileUrl;
    }

    void setTileAttribution(String tileAttribution) {
        this.tileAttribution = tileAttribution;
    }

    void setPointLimit(int pointLimit) {
        this.pointLimit = pointLimit;
    }
}
