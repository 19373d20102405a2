package org.orepass.web.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The tile cache against a tile server on the loopback address: one fetch per tile, failures not kept. */
class MapTileProxyTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};

    private final List<String> requested = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final ExecutorService serverThreads = Executors.newFixedThreadPool(4);
    private HttpServer tileServer;

    private MapTileProxy proxy(long answerAfterMillis) throws IOException {
        tileServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        tileServer.setExecutor(serverThreads);
        tileServer.createContext("/", exchange -> {
            requested.add(exchange.getRequestURI().getPath());
            try {
                Thread.sleep(answerAfterMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failuresLeft.getAndDecrement() > 0) {
                exchange.sendResponseHeaders(503, -1);
            } else {
                exchange.getResponseHeaders().add("Content-Type", "image/png");
                exchange.sendResponseHeaders(200, PNG.length);
                exchange.getResponseBody().write(PNG);
            }
            exchange.close();
        });
        tileServer.start();
        var url = "http://127.0.0.1:" + tileServer.getAddress().getPort() + "/{z}/{x}/{y}.png";
        return new MapTileProxy(new SiteMapSettings(url, "", SiteMapSettings.DEFAULT_POINT_LIMIT));
    }

    @AfterEach
    void stopTileServer() {
        tileServer.stop(0);
        serverThreads.shutdownNow();
    }

    @Test
    void browsersAskingForTheSameTileAtOnceCostTheTileServerOneRequest() throws Exception {
        var proxy = proxy(300);
        var pool = Executors.newFixedThreadPool(6);
        var start = new CountDownLatch(1);
        var answers = new ArrayList<Future<byte[]>>();
        for (int i = 0; i < 6; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return proxy.tile(5, 18, 15).orElseThrow().bytes();
            }));
        }
        start.countDown();
        for (var answer : answers) {
            assertThat(answer.get()).isEqualTo(PNG);
        }
        pool.shutdown();
        assertThat(proxy.tile(5, 18, 15)).isPresent();
        assertThat(requested).containsExactly("/5/18/15.png");
    }

    @Test
    void aTileTheServerFailedToGiveIsAskedForAgainNextTime() throws Exception {
        var proxy = proxy(0);
        failuresLeft.set(1);
        assertThat(proxy.tile(3, 4, 4)).isEmpty();
        assertThat(proxy.tile(3, 4, 4)).get().extracting(MapTileProxy.TileImage::contentType).isEqualTo("image/png");
        assertThat(proxy.tile(3, 4, 4)).isPresent();
        assertThat(requested).containsExactly("/3/4/4.png", "/3/4/4.png");
    }

    @Test
    void tilesOutsideTheWorldAreNeverFetched() throws Exception {
        var proxy = proxy(0);
        assertThat(proxy.tile(2, 4, 0)).isEmpty();
        assertThat(requested).isEmpty();
    }
}
