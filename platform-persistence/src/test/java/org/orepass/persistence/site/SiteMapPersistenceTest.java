package org.orepass.persistence.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.orepass.site.Licence;
import org.orepass.site.MineSite;
import org.orepass.site.MineSites;
import org.orepass.site.Mineral;
import org.orepass.site.MiningType;
import org.orepass.site.SiteDetails;
import org.orepass.site.SitePoint;
import org.orepass.site.SiteRegistration;
import org.orepass.site.SiteSearch;
import org.orepass.site.SiteStatus;
import org.orepass.site.SiteStatusRules;
import org.orepass.site.SiteVisibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/** The map's light queries on the real database: same filters, visibility and status-as-of-today as the list. */
@SpringBootTest(classes = PersistenceTestApplication.class, properties = "orepass.embedded-database.enabled=false")
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
class SiteMapPersistenceTest {

    private static final Actor INSPECTOR = new Actor("insp-map", 1L, Set.of(Role.INSPECTOR), "RW", Set.of());
    private static final SiteVisibility ALL = new SiteVisibility(true, null);

    @Autowired SiteRegistration registration;
    @Autowired MineSites sites;
    @Autowired OrganisationAdministration organisations;
    @Autowired JdbcTemplate jdbc;

    private MineSite register(String name, String latitude, String longitude, Long ownerId) {
        return registration.register(INSPECTOR, new SiteDetails(name, null, "RW", "RW-03", null,
                new BigDecimal(latitude), new BigDecimal(longitude), null, ownerId, Set.of(),
                Set.of(Mineral.COLTAN), ActivityStatus.ACTIVE, MiningType.ARTISANAL, FormalisationStage.LICENSED,
                10, 2, 0, 0, 0, false, Map.of(), new SiteDetails.LicenceDetails(Licence.Type.UNLICENSED, null, null,
                        null), false));
    }

    private static SiteSearch named(String text) {
        return new SiteSearch(text, null, null, null, null, null, null, null);
    }

    @Test
    void pointsCarryTheStatusAsOfTodayExactlyAsTheRulesComputeIt() {
        var prefix = "Map rules " + System.nanoTime();
        var today = LocalDate.of(2026, 6, 15);
        record Case(SiteStatus recorded, LocalDate since, LocalDate deadline) {
        }
        var cases = new ArrayList<Case>();
        for (var recorded : SiteStatus.values()) {
            for (var since : List.of(today, today.minusMonths(11), today.minusMonths(13), today.minusYears(3),
                    today.minusYears(4).minusDays(1), today.minusYears(5))) {
                cases.add(new Case(recorded, since, recorded == SiteStatus.YELLOW ? since.plusMonths(3) : null));
            }
        }
        for (int i = 0; i < cases.size(); i++) {
            var site = register(prefix + " " + i, "-1.58", "30.06", null);
            var c = cases.get(i);
            jdbc.update("update mine_site set status = ?, status_since = ?, correction_deadline = ? where id = ?",
                    c.recorded().name(), c.since(), c.deadline(), site.getId());
        }
        var points = sites.mapPoints(named(prefix), ALL, today, 1000);
        assertThat(points).hasSize(cases.size());
        for (SitePoint point : points) {
            var c = cases.get(Integer.parseInt(point.name().substring(prefix.length() + 1)));
            assertThat(point.status()).as("%s", c)
                    .isEqualTo(SiteStatusRules.asOf(c.recorded(), c.since(), c.deadline(), today));
        }
        // The map and the list's status filter agree.
        for (var status : SiteStatus.values()) {
            var filtered = new SiteSearch(prefix, null, null, null, status, null, null, null);
            assertThat(sites.mapExtent(filtered, ALL, today).count()).as("%s", status)
                    .isEqualTo(points.stream().filter(p -> p.status() == status).count());
        }
    }

    @Test
    void theExtentBoxesTheSitesAndTheLimitBoundsThePoints() {
        var prefix = "Map box " + System.nanoTime();
        register(prefix + " a", "-1.5", "29.5", null);
        register(prefix + " b", "-2.5", "30.5", null);
        register(prefix + " c", "-2.0", "30.0", null);
        var extent = sites.mapExtent(named(prefix), ALL, LocalDate.now());
        assertThat(extent.count()).isEqualTo(3);
        assertThat(extent.box().south()).isEqualTo(-2.5);
        assertThat(extent.box().north()).isEqualTo(-1.5);
        assertThat(extent.box().west()).isEqualTo(29.5);
        assertThat(extent.box().east()).isEqualTo(30.5);
        assertThat(sites.mapPoints(named(prefix), ALL, LocalDate.now(), 2)).hasSize(2);
        assertThat(sites.mapExtent(named(prefix + " nothing"), ALL, LocalDate.now()).box()).isNull();
    }

    @Test
    void clustersCountSitesPerCellByStatusAndRespectVisibility() {
        var prefix = "Map grid " + System.nanoTime();
        var owner = organisations.register(new OrganisationDetails("Coop " + System.nanoTime(),
                OrganisationType.COOPERATIVE, "RW", "RW-03", null, null, null, null, null));
        register(prefix + " 1", "-1.51", "29.51", owner.getId());
        register(prefix + " 2", "-1.52", "29.52", owner.getId());
        var red = register(prefix + " 3", "-1.53", "29.53", null);
        register(prefix + " 4", "-2.51", "30.51", null);
        jdbc.update("update mine_site set status = 'RED' where id = ?", red.getId());
        var clusters = sites.mapClusters(named(prefix), ALL, LocalDate.now(), 0.5);
        assertThat(clusters).hasSize(2);
        var west = clusters.stream().filter(c -> c.longitude() < 30).findFirst().orElseThrow();
        assertThat(west.count()).isEqualTo(3);
        assertThat(west.count(SiteStatus.RED)).isEqualTo(1);
        assertThat(west.count(SiteStatus.BLUE)).isEqualTo(2);
        assertThat(west.worst()).isEqualTo(SiteStatus.RED);
        assertThat(west.latitude()).isCloseTo(-1.52, org.assertj.core.data.Offset.offset(1e-9));
        var own = sites.mapClusters(named(prefix), new SiteVisibility(false, owner.getId()), LocalDate.now(), 0.5);
        assertThat(own).singleElement().satisfies(c -> assertThat(c.count()).isEqualTo(2));
        assertThat(sites.mapClusters(named(prefix), new SiteVisibility(false, null), LocalDate.now(), 0.5)).isEmpty();
    }
}
