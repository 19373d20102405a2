package org.orepass.web.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.orepass.OrePassApplication;
import org.orepass.persistence.testing.TestDatabase;
import org.orepass.web.testing.PlatformTest;
import org.orepass.web.testing.WebClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 15, several nodes and faults, on a second platform instance started here in demo mode on a database of its
 * own, reached through a cable the test can unplug:
 * <ul>
 *   <li>it starts while something listens on 8080 (no test depends on a free fixed port);</li>
 *   <li>the demo accounts exist when its web server starts, before it answers any request;</li>
 *   <li>with its database gone, pages answer a proper 503 page, and it recovers by itself when the database
 *       returns.</li>
 * </ul>
 */
@PlatformTest
class SecondNodeIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void startsBesideAPlatformOn8080WithDemoDataFirstAndSurvivesTheDatabaseGoingAway() throws Exception {
        var db = TestDatabase.connection();
        var name = "orepass_node_" + Long.toString(System.nanoTime(), 36);
        jdbc.execute("create database " + name);
        var target = URI.create(db.url().substring("jdbc:".length()));
        var ownUrl = "jdbc:postgresql://" + target.getHost() + ":" + target.getPort() + "/" + name;
        var adminAtStart = new AtomicReference<Long>();
        try (var taken = occupy8080(); var cable = new TcpCable(target.getHost(), target.getPort())) {
            ApplicationListener<org.springframework.context.ApplicationEvent> atServerStart = event -> {
                if (event instanceof WebServerInitializedEvent) {
                    adminAtStart.set(admins(ownUrl, db.username(), db.password()));
                }
            };
            try (var node = new SpringApplicationBuilder(OrePassApplication.class).listeners(atServerStart)
                    .run("--server.port=0", "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + cable.port() + "/"
                            + name, "--spring.datasource.username=" + db.username(),
                            "--spring.datasource.password=" + db.password(),
                            "--spring.datasource.hikari.connection-timeout=1500",
                            "--spring.datasource.hikari.validation-timeout=1000",
                            "--orepass.embedded-database.enabled=false", "--orepass.demo.enabled=true",
                            "--spring.jmx.enabled=false", "--management.server.port=")) {
                int port = ((WebServerApplicationContext) node).getWebServer().getPort();
                assertThat(port).isNotEqualTo(8080);
                assertThat(adminAtStart.get()).as("demo accounts exist when the server starts").isEqualTo(1L);

                var admin = new WebClient(port);
                assertThat(admin.signIn("admin", "demo").statusCode()).isEqualTo(302);
                assertThat(admin.get("/").statusCode()).isEqualTo(200);

                cable.unplug();
                var down = admin.get("/", "Accept-Language", "fr");
                assertThat(down.statusCode()).isEqualTo(503);
                assertThat(down.headers().firstValue("Retry-After")).isPresent();
                assertThat(down.body()).contains("Temporairement indisponible").doesNotContain("Exception");
                var api = new WebClient(port).get("/api/v1/me", "Authorization", "Bearer demo-admin");
                assertThat(api.statusCode()).isEqualTo(503);
                assertThat(api.headers().firstValue("Content-Type").orElseThrow()).contains("json");

                cable.plug();
                var deadline = Instant.now().plus(Duration.ofSeconds(30));
                int status;
                do {
                    Thread.sleep(250);
                    status = admin.get("/").statusCode();
                } while (status != 200 && Instant.now().isBefore(deadline));
                assertThat(status).as("back by itself, still signed in").isEqualTo(200);
            }
        } finally {
            jdbc.execute("drop database if exists " + name + " with (force)");
        }
    }

    private static Long admins(String url, String username, String password) {
        try (var connection = DriverManager.getConnection(url, username, password);
                var query = connection.createStatement();
                var result = query.executeQuery("select count(*) from user_account where username = 'admin'")) {
            result.next();
            return result.getLong(1);
        } catch (java.sql.SQLException e) {
            return -1L;
        }
    }

    /** Listens on 8080 for the test's duration, unless something already does (a platform running, say). */
    private static AutoCloseable occupy8080() {
        try {
            var socket = new ServerSocket();
            socket.bind(new InetSocketAddress(8080));
            return socket;
        } catch (IOException alreadyTaken) {
            return () -> { };
        }
    }
}
