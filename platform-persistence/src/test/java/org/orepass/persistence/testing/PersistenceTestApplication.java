package org.orepass.persistence.testing;

import java.time.Clock;
import org.orepass.account.PasswordHasher;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The domain and its persistence, without the web layer, for repository tests on the real database. */
@SpringBootApplication(scanBasePackages = {"org.orepass.persistence", "org.orepass.organisation",
        "org.orepass.account", "org.orepass.accesstoken", "org.orepass.audit"})
public class PersistenceTestApplication {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Reversible on purpose: these tests are about storage, not hashing. */
    @Bean
    PasswordHasher passwordHasher() {
        return new PasswordHasher() {
            @Override
            public String hash(String rawPassword) {
                return "plain:" + rawPassword;
            }

            @Override
            public boolean matches(String rawPassword, String hash) {
                return hash.equals("plain:" + rawPassword);
            }
        };
    }
}
