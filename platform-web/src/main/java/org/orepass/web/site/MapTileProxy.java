package org.orepass.web.site;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Fetches map tiles from the configured tile server on the browser's behalf. Pages may load images only from
 * OrePass itself (Content-Security-Policy {@code img-src 'self'}), users' addresses are not handed to a third
 * party, and an in-memory cache spares the tile server (public servers ask for that; OpenStreetMap's policy asks
 * to keep tiles at least 7 days). The cache (Caffeine) is bounded by bytes, not by count, and asks the tile server
 * once for a tile that several browsers want at the same moment.
 */
@Component
class MapTileProxy {

    private static final Logger LOG = LoggerFactory.getLogger(MapTileProxy.class);
    private static final int MAX_TILE_BYTES = 512 * 1024;
    /** About 2,000 typical tiles (15 to 30 KB each); a tile is kept for the 7 days public tile servers ask. */
    private static final long CACHED_BYTES = 48L * 1024 * 1024;
    private static final Duration KEPT_FOR = Duration.ofDays(7);

    /** A tile's bytes and media type. */
    record TileImage(byte[] bytes, String contentType) {
    }

    private final SiteMapSettings settings;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    /**
     * Tiles by URL. Asynchronous only so that a fetch runs on the requesting thread outside Caffeine's locks (a slow
     * tile server must not hold up other tiles); a fetch that finds nothing completes with null and leaves no entry.
     */
    private final AsyncCache<String, TileImage> cache = Caffeine.newBuilder()
            .maximumWeight(CACHED_BYTES)
            .weigher((String url, TileImage image) -> image.bytes().length)
            .expireAfterWrite(KEPT_FOR)
            .buildAsync();

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
        var fetching = new CompletableFuture<TileImage>();
        var tile = cache.get(url, (key, executor) -> fetching);
        if (tile == fetching) {
            // This request is the first to want the tile: it fetches, others asking meanwhile wait for it.
            try {
                fetching.complete(fetch(url));
            } catch (RuntimeException e) {
                fetching.completeExceptionally(e);
                throw e;
            }
        }
        return Optional.ofNullable(tile.join());
    }

    /** The tile server's image, or null when it does not answer with one. */
    private TileImage fetch(String url) {
        try {
            var response = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("User-Agent", "OrePass site map (tile proxy)").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            var type = response.headers().firstValue("Content-Type").orElse("");
            if (response.statusCode() != 200 || !isImage(type) || response.body().length > MAX_TILE_BYTES) {
                LOG.warn("Tile server answered {} ({}) for {}", response.statusCode(), type, url);
                return null;
            }
            return new TileImage(response.body(), type);
        } catch (java.io.IOException | IllegalArgumentException e) {
            LOG.warn("Tile server unreachable for {}: {}", url, e.toString());
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
