package org.orepass.web.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orepass.ledger.Ledger;
import org.orepass.provenance.Passports;
import org.orepass.web.export.ExportFixtures;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.MutableClock;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Passports kept (issue 18, docs/provenance.md "Passports kept"): the stable part of a passport is computed once and
 * kept ({@code passport_snapshot}), and a change of status after issuance still shows at once: a site's colour, a
 * review that blocks the chain, a custody row changed by SQL (the integrity check fails), the code withdrawn, the
 * next day. To see which answers come from the kept passport, the test marks the kept copy (a site's name changed
 * in it): a read that shows the mark used it, a read after a change must not.
 */
@PlatformTest
class PassportSnapshotIntegrationTest {

    private static final String MARK = "Kept-copy-mark";

    @Autowired MockMvc mvc;
    @Autowired AccountFixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired JsonMapper json;
    @Autowired Passports passports;
    @Autowired Ledger ledger;
    ExportFixtures exports;

    @BeforeEach
    void fixtures() {
        exports = new ExportFixtures(mvc, fixtures, jdbc, clock);
    }

    private JsonNode passport(String code) throws Exception {
        var response = mvc.perform(get("/verify/" + code).accept(MediaType.APPLICATION_JSON)).andReturn()
                .getResponse();
        return json.readTree(response.getContentAsString());
    }

    private String siteName(JsonNode passport) {
        return passport.get("origins").get(0).get("siteName").asString();
    }

    /** Marks the kept copy: a read that uses it shows the mark. */
    private void mark(String code) {
        // A new computed_at, as a recomputation gives: the platform keeps the last kept passports parsed in memory
        // by code and computed_at.
        assertThat(jdbc.update("update passport_snapshot set body = replace(body, ?, ?), computed_at ="
                + " clock_timestamp() where code = ?",
                jdbc.queryForObject("select s.name from mine_site s join lot l on l.site_id = s.id join lot_input i"
                        + " on i.input_lot_id = l.id join export_shipment e on e.export_lot_id = i.lot_id"
                        + " join export_certificate c on c.shipment_id = e.id join verification_code v"
                        + " on v.subject_kind = 'CERTIFICATE' and v.subject_id = c.id where v.code = ?",
                        String.class, code), MARK, code)).isEqualTo(1);
    }

    @Test
    void aKeptPassportEqualsAFreshOneAndEveryChangeAfterIssuanceShowsAtOnce() throws Exception {
        var certified = exports.certified(false);
        var code = jdbc.queryForObject("select v.code from verification_code v join export_certificate c"
                + " on v.subject_kind = 'CERTIFICATE' and v.subject_id = c.id where c.shipment_id = ?", String.class,
                certified.shipmentId());
        ledger.chain();
        var first = passport(code);
        assertThat(jdbc.queryForObject("select count(*) from passport_snapshot where code = ?", Long.class, code))
                .as("kept at the first read").isEqualTo(1);
        assertThat(first.get("integrity").get("check").asString()).isEqualTo("INTACT");
        // The kept passport equals one computed from scratch, with and without the ICGLR ids.
        assertThat(passports.verify(code, false).passport()).isEqualTo(passports.verifyAfresh(code, false).passport());
        assertThat(passports.verify(code, true).passport()).isEqualTo(passports.verifyAfresh(code, true).passport());
        assertThat(passports.verify(code, true).passport().origins().get(0).icglrId()).isNotNull();
        assertThat(passports.verify(code, false).passport().origins().get(0).icglrId()).isNull();

        // Nothing changed: the kept copy answers (its mark shows).
        mark(code);
        assertThat(siteName(passport(code))).isEqualTo(MARK);

        var site = jdbc.queryForObject("select l.site_id from lot l join lot_input i on i.input_lot_id = l.id"
                + " join export_shipment e on e.export_lot_id = i.lot_id where e.id = ?", Long.class,
                certified.shipmentId());

        // A site turned red for a critical reason: its colour today and the block show at once.
        var status = jdbc.queryForMap("select status, status_since, status_reason from mine_site where id = ?", site);
        jdbc.update("update mine_site set status = 'RED', status_reason = 'INSPECTION' where id = ?", site);
        var red = passport(code);
        assertThat(siteName(red)).isNotEqualTo(MARK);
        assertThat(red.get("origins").get(0).get("statusToday").asString()).isEqualTo("RED");
        assertThat(red.get("blocked").asBoolean()).isTrue();
        jdbc.update("update mine_site set status = ?, status_since = ?, status_reason = ? where id = ?",
                status.get("status"), status.get("status_since"), status.get("status_reason"), site);
        assertThat(passport(code).get("blocked").asBoolean()).isFalse();

        // An open review of a verified level-1 incident at the site blocks the chain at once.
        mark(code);
        var incident = jdbc.queryForObject("insert into incident (category_id, severity, occurred_on, site_id,"
                + " country, description, source, status, reported_at) select min(id), 1, current_date, ?, 'UG',"
                + " 'Kept passport test', 'INSPECTOR', 'VERIFIED', now() from incident_category returning id",
                Long.class, site);
        jdbc.update("insert into site_review (site_id, incident_id, opened_at) values (?, ?, now())", site, incident);
        var reviewed = passport(code);
        assertThat(siteName(reviewed)).isNotEqualTo(MARK);
        assertThat(reviewed.get("blocked").asBoolean()).isTrue();
        jdbc.update("update site_review set cleared_at = now(), cleared_by = 'test' where incident_id = ?", incident);
        assertThat(passport(code).get("blocked").asBoolean()).isFalse();

        // A custody row of the chain changed by SQL: the integrity check fails at once; put back, intact again.
        mark(code);
        var mined = jdbc.queryForObject("select l.id from lot l join lot_input i on i.input_lot_id = l.id"
                + " join export_shipment e on e.export_lot_id = i.lot_id where e.id = ?", Long.class,
                certified.shipmentId());
        jdbc.update("update lot set mass_kg = mass_kg + 1 where id = ?", mined);
        try {
            var tampered = passport(code);
            assertThat(siteName(tampered)).isNotEqualTo(MARK);
            assertThat(tampered.get("integrity").get("check").asString()).isEqualTo("FAILED");
        } finally {
            jdbc.update("update lot set mass_kg = mass_kg - 1 where id = ?", mined);
        }
        assertThat(passport(code).get("integrity").get("check").asString()).isEqualTo("INTACT");

        // The next day the passport is computed again (a yellow site past its deadline turns red with time).
        mark(code);
        clock.advance(Duration.ofDays(1));
        try {
            assertThat(siteName(passport(code))).isNotEqualTo(MARK);
        } finally {
            clock.reset();
        }

        // Withdrawn: says so at once, whatever is kept.
        mark(code);
        jdbc.update("update verification_code set revoked_at = now() where code = ?", code);
        var withdrawn = mvc.perform(get("/verify/" + code).accept(MediaType.APPLICATION_JSON)).andReturn()
                .getResponse();
        assertThat(withdrawn.getStatus()).isEqualTo(404);
        assertThat(withdrawn.getContentAsString()).contains("\"revoked\":true");
    }

    @Test
    void theDailyPruneDeletesOldTouchesAndStaleKeptPassportsOnly() throws Exception {
        var old = jdbc.queryForObject("insert into custody_touch (lot_id, touched_at) values (-1, now()"
                + " - interval '3 days') returning id", Long.class);
        var recent = jdbc.queryForObject("insert into custody_touch (lot_id) values (-1) returning id", Long.class);
        var certified = exports.certified(false);
        var code = jdbc.queryForObject("select v.code from verification_code v join export_certificate c"
                + " on v.subject_kind = 'CERTIFICATE' and v.subject_id = c.id where c.shipment_id = ?", String.class,
                certified.shipmentId());
        passport(code);
        jdbc.update("update passport_snapshot set computed_on = computed_on - 2 where code = ?", code);

        assertThat(passports.prune()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from custody_touch where id = ?", Long.class, old)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from custody_touch where id = ?", Long.class, recent))
                .isEqualTo(1L);
        assertThat(jdbc.queryForObject("select count(*) from passport_snapshot where code = ?", Long.class, code))
                .as("computed two days ago: stale, deleted").isZero();
        passport(code);
        passports.prune();
        assertThat(jdbc.queryForObject("select count(*) from passport_snapshot where code = ?", Long.class, code))
                .as("kept today: stays").isEqualTo(1L);
    }
}
