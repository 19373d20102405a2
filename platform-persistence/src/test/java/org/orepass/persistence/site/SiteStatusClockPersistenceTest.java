package org.orepass.persistence.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.organisation.OrganisationAdministration;
import org.orepass.organisation.OrganisationDetails;
import org.orepass.organisation.OrganisationType;
import org.orepass.persistence.testing.PersistenceTestApplication;
import org.orepass.persistence.testing.TestDatabase;
import org.orepass.site.ActivityStatus;
import org.orepass.site.FormalisationStage;
import org.orepass.site.InspectionChecklist;
import org.orepass.site.InspectionReport;
import org.orepass.site.Licence;
import org.orepass.site.Mineral;
import org.orepass.site.MineSites;
import org.orepass.site.MiningType;
import org.orepass.site.Observations;
import org.orepass.site.SiteDetails;
import org.orepass.site.SiteInspection;
import org.orepass.site.SiteRegistration;
import org.orepass.site.SiteStatus;
import org.orepass.site.SiteStatusClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * Issue 15, several nodes: the nightly status clock runs once across nodes (a PostgreSQL advisory lock) and in
 * chunks. "Another node" is a second database session: the lock is PostgreSQL's, so a thread on its own
 * connection meets it exactly as a second node would.
 */
@SpringBootTest(classes = PersistenceTestApplication.class, properties = "orepass.embedded-database.enabled=false")
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
class SiteStatusClockPersistenceTest {

    private static final Actor INSPECTOR = new Actor("insp-rw-clock", 1L, Set.of(Role.INSPECTOR), "RW",
            Set.of("RW-03"));

    @Autowired SiteRegistration registration;
    @Autowired SiteInspection inspection;
    @Autowired MineSites sites;
    @Autowired OrganisationAdministration organisations;
    @Autowired SiteStatusClock clock;
    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;

    /** Sites whose green expired a month ago: recorded green, due to turn blue when the clock runs. */
    private List<Long> expiredGreenSites(int count) {
        var ids = new ArrayList<Long>();
        for (int i = 0; i < count; i++) {
            var owner = organisations.register(new OrganisationDetails("Clock coop " + System.nanoTime(),
                    OrganisationType.COOPERATIVE, "RW", "RW-03", null, null, null, null, null));
            var site = registration.register(INSPECTOR, new SiteDetails("Clock site " + System.nanoTime(), null, "RW",
                    "RW-03", "Gicumbi", new BigDecimal("-1.60" + i), new BigDecimal("30.07"), null, owner.getId(),
                    Set.of(), Set.of(Mineral.WOLFRAMITE), ActivityStatus.ACTIVE, MiningType.ARTISANAL,
                    FormalisationStage.LICENSED, 10, 5, 0, 8, 4, false, Map.of(), new SiteDetails.LicenceDetails(
                            Licence.Type.MINING_LICENSE, "ML-C" + i, LocalDate.of(2024, 1, 1),
                            LocalDate.of(2029, 1, 1)), false));
            inspection.record(INSPECTOR, site.getId(), new InspectionReport(LocalDate.now().minusMonths(13),
                    "Annual RCM", "J. Mugisha", "RMB",
                    new InspectionChecklist(false, false, false, false, false, false, false, false),
                    new Observations(10, 5, 0, false, false, false, null, null), null, List.of(), null, null));
            ids.add(site.getId());
        }
        return ids;
    }

    private SiteStatus recorded(Long id) {
        return sites.findById(id).orElseThrow().getStatus();
    }

    private int expiries(Long id) {
        return jdbc.queryForObject("select count(*) from site_status_change where site_id = ? and reason = 'GREEN_EXPIRED'",
                Integer.class, id);
    }

    @Test
    void whileAnotherNodeRunsTheClockThisNodeSkipsItsRun() throws Exception {
        var ids = expiredGreenSites(2);
        try (var otherNode = dataSource.getConnection()) {
            try (var lock = otherNode.prepareStatement(
                    "select pg_advisory_lock(hashtext('orepass-job'), hashtext('site-status-clock'))")) {
                lock.execute();
            }
            assertThat(clock.applyTime()).isZero();
            assertThat(ids).allSatisfy(id -> assertThat(recorded(id)).isEqualTo(SiteStatus.GREEN));
            try (var unlock = otherNode.prepareStatement(
                    "select pg_advisory_unlock(hashtext('orepass-job'), hashtext('site-status-clock'))")) {
                unlock.execute();
            }
        }
        assertThat(clock.applyTime()).isGreaterThanOrEqualTo(2);
        assertThat(ids).allSatisfy(id -> {
            assertThat(recorded(id)).isEqualTo(SiteStatus.BLUE);
            assertThat(expiries(id)).isEqualTo(1);
        });
    }

    @Test
    void twoNodesStartingTheClockAtOnceChangeEachSiteOnce() throws Exception {
        var ids = expiredGreenSites(3);
        var start = new CyclicBarrier(2);
        var nodes = Executors.newFixedThreadPool(2);
        try {
            var runs = new ArrayList<Future<Integer>>();
            for (int node = 0; node < 2; node++) {
                runs.add(nodes.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return clock.applyTime();
                }));
            }
            int changed = 0;
            for (var run : runs) {
                changed += run.get(60, TimeUnit.SECONDS);
            }
            assertThat(changed).isGreaterThanOrEqualTo(3);
        } finally {
            nodes.shutdownNow();
        }
        assertThat(ids).allSatisfy(id -> {
            assertThat(recorded(id)).isEqualTo(SiteStatus.BLUE);
            assertThat(expiries(id)).as("one history entry, not one per node").isEqualTo(1);
        });
        // Nothing is left for a later run, and no lock is left behind.
        assertThat(clock.applyTime()).isGreaterThanOrEqualTo(0);
        try (var connection = dataSource.getConnection(); var free = connection.createStatement()) {
            var result = free.executeQuery(
                    "select pg_try_advisory_lock(hashtext('orepass-job'), hashtext('site-status-clock'))");
            assertThat(result.next() && result.getBoolean(1)).as("the lock was let go").isTrue();
            free.execute("select pg_advisory_unlock(hashtext('orepass-job'), hashtext('site-status-clock'))");
        }
    }
}
