package org.orepass.persistence.testing;

import java.time.Clock;
import org.orepass.account.PasswordHasher;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The domain and its persistence, without the web layer, for repository tests on the real database. It lives
 * below the application's root package, so entities and repositories are named explicitly; it is not part of the
 * test-jar that platform-web uses.
 */
@EntityScan("org.orepass")
@EnableJpaRepositories("org.orepass.persistence")
@SpringBootApplication
// Revenue's services without the export listener (export's use cases belong to the whole application) and without
// the report queries, which trace imported lots through custody's genealogy (issue 14).
@ComponentScan(basePackages = {"org.orepass.persistence", "org.orepass.organisation", "org.orepass.account",
        "org.orepass.accesstoken", "org.orepass.audit", "org.orepass.site", "org.orepass.proposal",
        "org.orepass.attachment", "org.orepass.revenue"},
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
                pattern = "org\\.orepass\\.revenue\\.(internal\\.ExportTaxes|RevenueQueries)"))
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
