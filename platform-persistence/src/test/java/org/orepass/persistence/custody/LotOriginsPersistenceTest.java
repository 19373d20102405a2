package org.orepass.persistence.custody;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.orepass.custody.internal.LotOrigins;
import org.orepass.persistence.testing.PersistenceTestApplication;
import org.orepass.persistence.testing.TestDatabase;
import org.orepass.site.SiteStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * The trade-block rule's one statement (JdbcLotOrigins) on the real database: each asked lot's production lots
 * through any number of links (a lot reached by two paths once), and each site's status as it stood on the
 * production day, from the status history or, when newer and not after that day, the site's own record.
 */
@SpringBootTest(classes = PersistenceTestApplication.class, properties = "orepass.embedded-database.enabled=false")
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
class LotOriginsPersistenceTest {

    private static final LocalDate D0 = LocalDate.of(2025, 1, 1);

    @Autowired LotOrigins origins;
    @Autowired JdbcTemplate jdbc;

    private long id(String sql, Object... args) {
        return jdbc.queryForObject(sql + " returning id", Long.class, args);
    }

    private long site(String status, LocalDate since) {
        return id("insert into mine_site (icglr_id, name, country, latitude, longitude, activity_status, mining_type,"
                + " formalisation_stage, status, status_since, registered_at) values (?, ?, 'UG', -1, 30, 'ACTIVE',"
                + " 'ARTISANAL', 'LICENSED', ?, ?, now())", "UG-1.0000+30.0000-" + System.nanoTime() % 100_000_000,
                "Origins pit " + System.nanoTime(), status, since);
    }

    private void change(long site, LocalDate on, String to) {
        jdbc.update("insert into site_status_change (site_id, changed_on, to_status, reason, recorded_by, recorded_at)"
                + " values (?, ?, ?, 'INSPECTION', 'inspector', now())", site, on, to);
    }

    private long organisation() {
        return id("insert into organisation (name, type, country) values (?, 'COOPERATIVE', 'UG')",
                "Origins coop " + System.nanoTime());
    }

    private long produced(long custodian, long site, LocalDate on) {
        long tag = id("insert into custody_tag (country, number, site_id, batch, status, issued_by, issued_at)"
                + " values ('UG', ?, ?, 'O-', 'USED', 'inspector', now())", "O-" + System.nanoTime(), site);
        return id("insert into lot (lot_number, custodian_id, creator_role, originating_operation, mineral, mass, unit,"
                + " mass_kg, remaining_kg, site_id, tag_id, production_date, registered_by, registered_at) values (?, ?,"
                + " 'MINER', 'PRODUCTION', 'CASSITERITE', 100, 'KGM', 100, 50, ?, ?, ?, 'operator', now())",
                "UG-O-" + System.nanoTime(), custodian, site, tag, on);
    }

    private long made(long custodian, long... inputs) {
        long lot = id("insert into lot (lot_number, custodian_id, creator_role, originating_operation, mineral, mass,"
                + " unit, mass_kg, remaining_kg, registered_by, registered_at) values (?, ?, 'TRADER', 'COMBINATION',"
                + " 'CASSITERITE', 20, 'KGM', 20, 20, 'trader', now())", "UG-M-" + System.nanoTime(), custodian);
        for (var input : inputs) {
            jdbc.update("insert into lot_input (lot_id, input_lot_id, mass_kg) values (?, ?, 10)", lot, input);
        }
        return lot;
    }

    private record Then(long siteId, SiteStatus status, LocalDate since) {
    }

    private Map<Long, Then> of(long askedLot) {
        var found = origins.of(List.of(askedLot));
        assertThat(found).allSatisfy(o -> assertThat(o.lotId()).isEqualTo(askedLot));
        // One row per production lot: a lot reached by two paths is not repeated.
        assertThat(found.stream().map(LotOrigins.Origin::productionLotId).distinct()).hasSameSizeAs(found);
        var result = new java.util.HashMap<Long, Then>();
        found.forEach(o -> result.put(o.productionLotId(), new Then(o.siteId(), o.statusThen(), o.statusThenSince())));
        return result;
    }

    @Test
    void eachOriginComesWithItsSiteStatusOnTheProductionDay() {
        long coop = organisation();
        // Registered blue, red after an inspection on day 10, green again on day 50 (its current record).
        long inspected = site("GREEN", D0.plusDays(50));
        change(inspected, D0, "BLUE");
        change(inspected, D0.plusDays(10), "RED");
        change(inspected, D0.plusDays(50), "GREEN");
        // Imported red since day 5, with no history of its own.
        long imported = site("RED", D0.plusDays(5));

        long whileRed = produced(coop, inspected, D0.plusDays(20));
        long afterGreen = produced(coop, inspected, D0.plusDays(60));
        long redImport = produced(coop, imported, D0.plusDays(30));
        long beforeAnything = produced(coop, imported, D0.plusDays(1));
        long combined = made(coop, whileRed, afterGreen);
        long bought = made(organisation(), combined);
        // Reaches the red-day lot twice: directly and through the combination.
        long twice = made(coop, whileRed, combined);

        assertThat(of(bought)).containsOnly(
                Map.entry(whileRed, new Then(inspected, SiteStatus.RED, D0.plusDays(10))),
                Map.entry(afterGreen, new Then(inspected, SiteStatus.GREEN, D0.plusDays(50))));
        assertThat(of(twice)).containsOnlyKeys(whileRed, afterGreen);
        assertThat(of(redImport)).containsOnly(
                Map.entry(redImport, new Then(imported, SiteStatus.RED, D0.plusDays(5))));
        assertThat(of(beforeAnything)).containsOnly(Map.entry(beforeAnything, new Then(imported, null, null)));

        // Several lots at once: each keeps its own origins, in one statement.
        var all = origins.of(List.of(bought, redImport));
        assertThat(all).extracting(LotOrigins.Origin::lotId).containsOnly(bought, redImport);
        assertThat(all).hasSize(3);
        assertThat(origins.of(List.of())).isEmpty();
    }
}
