package org.orepass.persistence.database;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Demo mode: when no {@code spring.datasource.url} is configured, start the embedded PostgreSQL before the
 * application context exists and point the data source at it. Everything downstream (Flyway, JPA, sessions,
 * health checks) then works exactly as against an external database.
 */
public class EmbeddedDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    public static final String DEMO_PROPERTY = "orepass.demo.enabled";

    private final Log log;

    public EmbeddedDatabaseEnvironment(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(EmbeddedDatabaseEnvironment.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        var configuredUrl = environment.getProperty("spring.datasource.url");
        if (configuredUrl != null && !configuredUrl.isBlank()) {
            return;
        }
        if (!environment.getProperty("orepass.embedded-database.enabled", Boolean.class, true)) {
            return;
        }
        var directory = Path.of(environment.getProperty("orepass.embedded-database.directory", "data/postgres"))
                .toAbsolutePath().normalize();
        log.info("No SPRING_DATASOURCE_URL: starting the embedded PostgreSQL with its data in " + directory);
        var url = EmbeddedPostgresServer.start(directory, true);
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", EmbeddedPostgresServer.USER);
        properties.put("spring.datasource.password", "");
        if (!environment.containsProperty(DEMO_PROPERTY)) {
            properties.put(DEMO_PROPERTY, "true");
        }
        environment.getPropertySources().addFirst(new MapPropertySource("orepassEmbeddedDatabase", properties));
    }

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 10;
    }
}
