package org.orepass.web.site;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Fetches map tiles from the configured tile server on the browser's behalf. Pages may load images only from
 * OrePass itself (Content-Security-Policy {@code img-src 'self'}), users' addresses are not handed to a third
 * party, and a small in-memory cache spares the tile server (public servers ask for that).
 */
@Component
class MapTileProxy {

    private static final Logger LOG = LoggerFactory.getLogger(MapTileProxy.class);
    private static final int CACHED_TILES = 2_000;
    private static final int MAX_TILE_BYTES = 512 * 1024;

    /** A tile's bytes and media type. */
    record TileImage(byte[] bytes, String contentType) {
    }

    private final SiteMapSettings settings;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final Map<String, TileImage> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, TileImage> eldest) {
            return size() > CACHED_TILES;
        }
    };

    MapTileProxy(SiteMapSettings settings) {
        this.settings = settings;
    }

    private static boolean isImage(String contentType) {
        try {
            return MediaType.parseMediaType(contentType).getType().equals("image");
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** The tile, or empty when tiles are off, the tile does not exist or the server does not give an image. */
    Optional<TileImage> tile(int z, int x, int y) {
        if (!settings.tilesEnabled() || !MapTiles.exists(z, x, y)) {
            return Optional.empty();
        }
        var url = settings.tileUrl(z, x, y);
        synchronized (cache) {
            var cached = cache.get(url);
            if (cached != null) {
                return Optional.of(cached);
            }
        }
        try {
            var response = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("User-Agent", "OrePass site map (tile proxy)").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            var type = response.headers().firstValue("Content-Type").orElse("");
            if (response.statusCode() != 200 || !isImage(type) || response.body().length > MAX_TILE_BYTES) {
                LOG.warn("Tile server answered {} ({}) for {}", response.statusCode(), type, url);
                return Optional.empty();
            }
            var image = new TileImage(response.body(), type);
            synchronized (cache) {
                cache.put(url, image);
            }
            return Optional.of(image);
        } catch (java.io.IOException | IllegalArgumentException e) {
            LOG.warn("Tile server unreachable for {}: {}", url, e.toString());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
