package org.orepass.persistence.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.OrganisationDetails;
import org.orepass.organisation.OrganisationSearch;
import org.orepass.organisation.OrganisationType;
import org.orepass.organisation.Organisations;
import org.orepass.persistence.testing.PersistenceTestApplication;
import org.orepass.persistence.testing.TestDatabase;
import org.orepass.shared.CountryCode;
import org.orepass.shared.PageQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * Value objects held by entities reach their columns through their converters and come back as value objects;
 * queries over a converted column take the value object, and a filter that names no country finds nothing instead
 * of failing. The persistence slice only: the domain, its repositories and the real database, no web layer.
 */
@SpringBootTest(classes = PersistenceTestApplication.class, properties = "orepass.embedded-database.enabled=false")
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
class ValueObjectColumnsPersistenceTest {

    @Autowired Organisations organisations;
    @Autowired JdbcTemplate jdbc;

    private Organisation added(String name, String country) {
        return organisations.add(Organisation.register(new OrganisationDetails(name, OrganisationType.COOPERATIVE,
                country, null, null, null, null, null, null), Instant.now()));
    }

    @Test
    void anOrganisationsCountryIsStoredAsItsCodeAndReadBackAsACountryCode() {
        var name = "VO coop " + UUID.randomUUID();
        var saved = added(name, "UG");

        assertThat(jdbc.queryForObject("select country from organisation where id = ?", String.class, saved.getId()))
                .isEqualTo("UG");
        var read = organisations.findById(saved.getId()).orElseThrow();
        assertThat(read.countryCode()).isEqualTo(CountryCode.of("UG"));
        assertThat(read.getCountry()).isEqualTo("UG");
    }

    @Test
    void searchesAndTheNameCheckTakeTheCountryAndANonCountryFindsNothing() {
        var name = "VO search " + UUID.randomUUID();
        var kenyan = added(name, "KE");

        assertThat(organisations.search(new OrganisationSearch(name, null, "KE", null), PageQuery.first()).items())
                .extracting(Organisation::getId).containsExactly(kenyan.getId());
        assertThat(organisations.search(new OrganisationSearch(name, null, "UG", null), PageQuery.first()).items())
                .isEmpty();
        assertThat(organisations.search(new OrganisationSearch(name, null, "zz'; drop", null), PageQuery.first())
                .items()).isEmpty();

        assertThat(organisations.nameTaken("KE", name.toUpperCase(java.util.Locale.ROOT), null)).isTrue();
        assertThat(organisations.nameTaken("KE", name, kenyan.getId())).isFalse();
        assertThat(organisations.nameTaken("UG", name, null)).isFalse();
        assertThat(organisations.nameTaken("??", name, null)).isFalse();
    }
}
