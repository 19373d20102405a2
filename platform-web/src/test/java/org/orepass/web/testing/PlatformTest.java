package org.orepass.web.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.orepass.persistence.testing.TestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port against the shared test PostgreSQL (see {@link TestDatabase}). Every
 * test class uses exactly this annotation, so one Spring context serves them all.
 *
 * <p>A short wait for a connection: when the test JVM ends, the embedded PostgreSQL may stop before the context
 * closes, and the event publication registry asks the database for outstanding events as it closes; with
 * Hikari's default 30 s the JVM would hang that long before Surefire kills it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"orepass.embedded-database.enabled=false", "orepass.demo.enabled=false",
            "spring.datasource.hikari.connection-timeout=5000"})
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
public @interface PlatformTest {
}
