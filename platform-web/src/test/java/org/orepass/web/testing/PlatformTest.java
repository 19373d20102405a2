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
            "spring.datasource.hikari.connection-timeout=5000",
            // The statements of a test's own request (RecordedStatements; SitePageFreshnessIntegrationTest).
            "spring.jpa.properties.hibernate.session_factory.statement_inspector="
                    + "org.orepass.web.testing.RecordedStatements",
            // SMS (issue 20): both aggregators configured with test secrets, replies left in the queue for the
            // tests to send (SmsDeliveryIntegrationTest), the simulator page on.
            "orepass.sms.twilio.auth-token=" + SmsTestSettings.TWILIO_AUTH_TOKEN,
            "orepass.sms.twilio.account-sid=ACtest", "orepass.sms.twilio.from=+15005550006",
            "orepass.sms.twilio.api-url=http://127.0.0.1:9",
            "orepass.sms.africastalking.token=" + SmsTestSettings.AFRICAS_TALKING_TOKEN,
            "orepass.sms.africastalking.allow-from=127.0.0.1,192.0.2.0/24",
            "orepass.sms.africastalking.api-url=http://127.0.0.1:9",
            "orepass.sms.delivery.enabled=false", "orepass.sms.simulator.enabled=true",
            // Alerts (issue 21): no scheduled scan or delivery; AlertIntegrationTest runs them itself.
            "orepass.alerts.scan.enabled=false", "orepass.mail.delivery.enabled=false"})
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
@AutoConfigureMockMvc
@Import(TestClockConfiguration.class)
public @interface PlatformTest {
}
