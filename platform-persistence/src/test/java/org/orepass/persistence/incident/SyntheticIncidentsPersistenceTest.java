package org.orepass.persistence.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.incident.IncidentSearch;
import org.orepass.incident.internal.IncidentVisibility;
import org.orepass.organisation.OrganisationAdministration;
import org.orepass.organisation.OrganisationDetails;
import org.orepass.organisation.OrganisationType;
import org.orepass.persistence.testing.PersistenceTestApplication;
import org.orepass.persistence.testing.TestDatabase;
import org.orepass.site.ActivityStatus;
import org.orepass.site.FormalisationStage;
import org.orepass.site.Licence;
import org.orepass.site.Mineral;
import org.orepass.site.MiningType;
import org.orepass.site.SiteDetails;
import org.orepass.site.SiteRegistration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/** The incident generator's rows are valid and spread as documented, and the dashboard SQL counts them. */
@SpringBootTest(classes = PersistenceTestApplication.class, properties = "orepass.embedded-database.enabled=false")
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
class SyntheticIncidentsPersistenceTest {

    private static final Actor INSPECTOR = new Actor("insp-ug", 1L, Set.of(Role.INSPECTOR), "UG", Set.of());

    @Autowired SiteRegistration registration;
    @Autowired OrganisationAdministration organisations;
    @Autowired JdbcTemplate jdbc;
    @Autowired NamedParameterJdbcTemplate named;

    private void generatedSite(int n) {
        var owner = organisations.register(new OrganisationDetails("gen-coop " + System.nanoTime(),
                OrganisationType.COOPERATIVE, "UG", "UG-W", null, null, null, null, null));
        registration.register(INSPECTOR, new SiteDetails("gen-site " + n + " " + System.nanoTime(), null, "UG",
                "UG-W", "Kisoro", new BigDecimal("-1.28"), new BigDecimal("29.69"), null, owner.getId(), Set.of(),
                Set.of(Mineral.CASSITERITE), ActivityStatus.ACTIVE, MiningType.ARTISANAL, FormalisationStage.LICENSED,
                10, 2, 0, 0, 0, false, Map.of(),
                new SiteDetails.LicenceDetails(Licence.Type.ARTISANAL_PERMIT, null, null, null), false));
    }

    @Test
    void generatedIncidentsAreConsistentAndCounted() {
        for (int i = 0; i < 3; i++) {
            generatedSite(i);
        }
        new SyntheticIncidents(jdbc, 2_000).run(null);
        assertThat(jdbc.queryForObject("select count(*) from incident where description like 'gen-%'", Long.class))
                .isEqualTo(2_000);
        assertThat(jdbc.queryForObject("select count(distinct status) from incident", Long.class)).isEqualTo(8);
        assertThat(jdbc.queryForObject("select count(distinct severity) from incident", Long.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject("""
                select count(*) from incident where (verified_at is not null) <> (status in ('VERIFIED', 'FOLLOW_UP',
                    'RESOLVED', 'MONITORED', 'PERSISTENT'))""", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from incident where description like 'gen-%' and site_id is null", Long.class))
                .isBetween(100L, 600L);
        var figures = new JdbcIncidentStatistics(named).figures(
                new IncidentSearch(null, null, null, "UG", null, null, null, null, false),
                IncidentVisibility.publicView(), LocalDate.now(), false);
        assertThat(figures.total()).isEqualTo(2_000);
        assertThat(figures.bySeverity().stream().mapToLong(c -> c.count()).sum()).isEqualTo(2_000);
        assertThat(figures.medianDaysToVerification()).isBetween(1.0, 31.0);
        // Run again: nothing is added.
        new SyntheticIncidents(jdbc, 2_000).run(null);
        assertThat(jdbc.queryForObject("select count(*) from incident where description like 'gen-%'", Long.class))
                .isEqualTo(2_000);
    }
}
