package org.orepass.web.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.custody.AnomalyKind;
import org.orepass.custody.CustodyAnomalyRecorded;
import org.orepass.custody.TagIssuing;
import org.orepass.web.security.SignedInUser;
import org.orepass.web.support.EventResubmission;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.config.StalenessProperties;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Custody anomalies open incidents by themselves (source AUTOMATIC_CHECK), once per anomaly, linked to the site
 * and the lots, for CSO monitors and inspectors to follow up.
 */
@PlatformTest
class AutomaticIncidentIntegrationTest {

    private static final String LISTENER =
            "org.orepass.incident.AutomaticIncidents.on(org.orepass.custody.CustodyAnomalyRecorded)";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    java.time.Clock clock;

    @Autowired
    EventResubmission resubmission;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    EventPublicationRegistry registry;

    @Autowired
    StalenessProperties staleness;

    @Autowired
    TransactionTemplate transactions;

    private record Setup(SignedInUser inspector, SignedInUser operator, long siteId, String prefix) {

        String tag(int n) {
            return TagIssuing.number(prefix, n);
        }
    }

    /** A green Ugandan cassiterite site (1,500 kg a month) run by the operator's organisation, tags 1 to 10. */
    private Setup greenSiteWithTags() throws Exception {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var operator = fixtures.signedIn(Role.OPERATOR);
        var location = mvc.perform(post("/sites").with(user(inspector)).with(csrf())
                        .param("name", AccountFixtures.unique("Automatic check pit")).param("country", "UG")
                        .param("division", "UG-W").param("locality", "Kisoro").param("latitude", "-1.2833")
                        .param("longitude", "29.6947").param("minerals", "CASSITERITE")
                        .param("activityStatus", "ACTIVE").param("miningType", "ARTISANAL")
                        .param("formalisationStage", "LICENSED").param("licenceType", "ARTISANAL_PERMIT")
                        .param("licenceNumber", "AP-" + System.nanoTime()).param("workersMen", "40")
                        .param("capacity[CASSITERITE]", "1500")
                        .param("ownerId", String.valueOf(operator.organisationId())))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        var siteId = Long.parseLong(location.substring("/sites/".length()));
        jdbc.update("update mine_site set status = 'GREEN', status_since = current_date where id = ?", siteId);
        var prefix = ("A" + (System.nanoTime() % 100_000_000) + "-").toUpperCase(Locale.ROOT);
        mvc.perform(post("/sites/" + siteId + "/tags").with(user(inspector)).with(csrf())
                .param("prefix", prefix).param("from", "1").param("to", "10"))
                .andExpect(status().is3xxRedirection());
        return new Setup(inspector, operator, siteId, prefix);
    }

    private ResultActions produce(Setup setup, String tag, String mass, String unit) throws Exception {
        return mvc.perform(post("/lots").param("site", String.valueOf(setup.siteId())).with(user(setup.operator()))
                .with(csrf()).param("tagNumber", tag).param("mineral", "CASSITERITE").param("mass", mass)
                .param("unit", unit).param("concentration", "62.5").param("packageType", "Bag")
                .param("packageCount", "2").param("productionDate", LocalDate.now(clock).toString()));
    }

    private long anomaly(String kind, String tag) {
        return jdbc.queryForObject("select id from custody_anomaly where kind = ? and tag_number = ?", Long.class,
                kind, tag);
    }

    /** The anomaly's incident, once the listener (after commit, on another thread) has opened it. */
    private List<Map<String, Object>> awaitIncidentFor(long anomalyId) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> !incidentsFor(anomalyId).isEmpty());
        return incidentsFor(anomalyId);
    }

    private List<Map<String, Object>> incidentsFor(long anomalyId) {
        return jdbc.queryForList("""
                select i.id, i.source, i.status, i.severity, c.code as category, i.site_id, i.country, i.division,
                       i.reported_by, i.reporter_organisation_id, i.description_sensitive, i.occurred_on
                from incident i join incident_category c on c.id = i.category_id
                where i.custody_anomaly_id = ?""", anomalyId);
    }

    private List<Long> lotsOf(Object incidentId) {
        return jdbc.queryForList("select lot_id from incident_lot where incident_id = ? order by lot_id",
                Long.class, incidentId);
    }

    private long lotTagged(String tag) {
        return jdbc.queryForObject("select l.id from lot l join custody_tag t on t.id = l.tag_id where t.number = ?",
                Long.class, tag);
    }

    @Test
    void aTagUsedTwiceOpensExactlyOneIncidentLinkedToTheSiteAndTheLotForCsoMonitors() throws Exception {
        var setup = greenSiteWithTags();
        produce(setup, setup.tag(2), "10", "KGM").andExpect(status().is3xxRedirection());
        // The first use is not an anomaly: no incident.
        assertThat(jdbc.queryForObject("select count(*) from incident where site_id = ?", Long.class,
                setup.siteId())).isZero();
        // The second is refused (its transaction rolls back), but the anomaly and its incident remain.
        produce(setup, setup.tag(2), "10", "KGM").andExpect(status().isOk());
        var anomalyId = anomaly("TAG_REUSED", setup.tag(2));
        var found = awaitIncidentFor(anomalyId);
        assertThat(found).hasSize(1);
        var incident = found.get(0);
        assertThat(incident).containsEntry("source", "AUTOMATIC_CHECK").containsEntry("status", "REPORTED")
                .containsEntry("severity", 2).containsEntry("category", "TAG_MISUSE")
                .containsEntry("site_id", setup.siteId()).containsEntry("country", "UG")
                .containsEntry("division", "UG-W").containsEntry("description_sensitive", true);
        assertThat(incident.get("reported_by")).isNull();
        assertThat(incident.get("reporter_organisation_id")).isNull();
        var firstLot = lotTagged(setup.tag(2));
        assertThat(lotsOf(incident.get("id"))).containsExactly(firstLot);
        assertThat(jdbc.queryForObject("select count(*) from incident where site_id = ?", Long.class,
                setup.siteId())).isEqualTo(1);

        // A CSO monitor sees it in full, with its lot linked; the list finds it among automatic checks.
        var monitor = fixtures.signedIn(Role.CSO_MONITOR);
        var id = ((Number) incident.get("id")).longValue();
        var page = Jsoup.parse(mvc.perform(get("/incidents/" + id).with(user(monitor))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("a[href=/lots/" + firstLot + "]")).hasSize(1);
        assertThat(page.text()).contains("Automatic check").contains("TAG_REUSED").contains(setup.tag(2));
        var list = Jsoup.parse(mvc.perform(get("/incidents").with(user(monitor)).param("country", "UG")
                        .param("division", "UG-W").param("size", "100"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(list.select("a[href=/incidents/" + id + "]")).isNotEmpty();

        // Told again (a re-sent event, through the registry like any delivery), nothing new; the database refuses
        // a second row for the anomaly.
        var again = new CustodyAnomalyRecorded(anomalyId, AnomalyKind.TAG_REUSED, setup.tag(2), setup.siteId(), "UG",
                List.of(), clock.instant(), "again");
        publishAndAwaitDelivery(again);
        assertThat(incidentsFor(anomalyId)).hasSize(1);
        assertThatThrownBy(() -> jdbc.update("""
                insert into incident (category_id, severity, occurred_on, country, description, source, status,
                    reported_at, custody_anomaly_id)
                select category_id, severity, occurred_on, country, description, source, status, reported_at,
                    custody_anomaly_id from incident where id = ?""", id))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void productionBeyondCapacityOpensAnIncidentLinkedToTheAcceptedLot() throws Exception {
        var setup = greenSiteWithTags();
        produce(setup, setup.tag(7), "1", "TNE").andExpect(status().is3xxRedirection());
        produce(setup, setup.tag(8), "0.6", "TNE").andExpect(status().is3xxRedirection());
        var found = awaitIncidentFor(anomaly("OVER_CAPACITY", setup.tag(8)));
        assertThat(found).hasSize(1);
        assertThat(found.get(0)).containsEntry("category", "PRODUCTION_OVER_CAPACITY").containsEntry("severity", 2)
                .containsEntry("source", "AUTOMATIC_CHECK");
        // The lot was written in the same transaction as the anomaly's announcement: linked once it committed.
        assertThat(lotsOf(found.get(0).get("id"))).containsExactly(lotTagged(setup.tag(8)));
    }

    @Test
    void anUnknownTagOpensALevelThreeIncidentWithNoLot() throws Exception {
        var setup = greenSiteWithTags();
        var unknown = setup.prefix() + "NOPE";
        produce(setup, unknown, "10", "KGM").andExpect(status().isOk());
        var found = awaitIncidentFor(anomaly("UNKNOWN_TAG", unknown));
        assertThat(found).hasSize(1);
        assertThat(found.get(0)).containsEntry("severity", 3).containsEntry("category", "TAG_MISUSE");
        assertThat(lotsOf(found.get(0).get("id"))).isEmpty();
    }

    @Test
    void aWeightDifferenceOpensALevelThreeIncidentLinkedToTheSoldAndTheBoughtLot() throws Exception {
        var setup = greenSiteWithTags();
        var buyer = fixtures.signedIn(Role.EXPORTER);
        produce(setup, setup.tag(3), "100", "KGM").andExpect(status().is3xxRedirection());
        var sold = lotTagged(setup.tag(3));
        mvc.perform(post("/lots/" + sold + "/sales").with(user(setup.operator())).with(csrf())
                        .param("buyerId", String.valueOf(buyer.organisationId())).param("massKg", "100")
                        .param("version", String.valueOf(jdbc.queryForObject("select version from lot where id = ?",
                                Long.class, sold))))
                .andExpect(status().is3xxRedirection());
        var transferId = jdbc.queryForObject("select max(id) from custody_transfer where lot_id = ?", Long.class,
                sold);
        // 2.5 % less than sent: beyond the tolerance, accepted and flagged.
        mvc.perform(post("/transfers/" + transferId + "/receipt").with(user(buyer)).with(csrf())
                .param("massKg", "97.5")).andExpect(status().is3xxRedirection());
        var bought = jdbc.queryForObject("select received_lot_id from custody_transfer where id = ?", Long.class,
                transferId);
        var anomalyId = jdbc.queryForObject("select id from custody_anomaly where kind = 'WEIGHT_DIFFERENCE'"
                + " and tag_number = ?", Long.class, setup.tag(3));
        var found = awaitIncidentFor(anomalyId);
        assertThat(found).hasSize(1);
        assertThat(found.get(0)).containsEntry("category", "WEIGHT_MISMATCH").containsEntry("severity", 3)
                .containsEntry("site_id", setup.siteId());
        // The bought lot was written with the anomaly's announcement; it is linked once its transaction committed.
        assertThat(lotsOf(found.get(0).get("id"))).containsExactlyInAnyOrder(sold, bought);

        // The lot pages list it for those who may see the incident: a CSO monitor on both lots, the operator of
        // the site on the lot it sold; not the buyer, whose own lot it is but whose incident it is not.
        var incidentLink = "a[href=/incidents/" + found.get(0).get("id") + "]";
        var monitor = fixtures.signedIn(Role.CSO_MONITOR);
        for (var lot : List.of(sold, bought)) {
            var lotPage = Jsoup.parse(mvc.perform(get("/lots/" + lot).with(user(monitor)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(lotPage.select("#lot-incidents " + incidentLink)).as("lot " + lot).hasSize(1);
            assertThat(lotPage.selectFirst("#lot-incidents h2").text()).isEqualTo("Incidents about this lot");
        }
        var sellerPage = Jsoup.parse(mvc.perform(get("/lots/" + sold).with(user(setup.operator())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(sellerPage.select("#lot-incidents " + incidentLink)).hasSize(1);
        var buyerPage = Jsoup.parse(mvc.perform(get("/lots/" + bought).with(user(buyer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(buyerPage.getElementById("lot-incidents")).isNull();
    }

    /** The registry's rows for an anomaly's event (stored as JSON). */
    private List<Map<String, Object>> publicationsOf(long anomalyId) {
        return jdbc.queryForList("""
                select id, listener_id, status, completion_date, completion_attempts from event_publication
                where event_type = ? and (serialized_event::jsonb ->> 'anomalyId')::bigint = ?""",
                CustodyAnomalyRecorded.class.getName(), anomalyId);
    }

    /** Publishes the event as custody does (in a transaction) and waits until the registry has it completed. */
    private void publishAndAwaitDelivery(CustodyAnomalyRecorded event) {
        var before = publicationsOf(event.anomalyId()).size();
        transactions.executeWithoutResult(status -> events.publishEvent(event));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
            var rows = publicationsOf(event.anomalyId());
            return rows.size() > before && rows.stream().allMatch(row -> row.get("completion_date") != null);
        });
    }

    /**
     * A registry row for an anomaly's event, as V44 writes them ({@code FAILED}, now) or as a node that died after
     * its custody step committed leaves it ({@code PUBLISHED}, then).
     */
    private void recordPublication(long anomalyId, String status, String publishedAt) {
        jdbc.update("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
                                               completion_attempts)
                select gen_random_uuid(), ?, ?,
                       json_build_object('anomalyId', a.id, 'kind', a.kind, 'tagNumber', a.tag_number,
                                         'siteId', a.site_id, 'country', s.country, 'lotIds', json_build_array(),
                                         'recordedAt', to_char(a.recorded_at at time zone 'UTC',
                                                               'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                                         'details', a.details)::text,
                       %s, ?, 1
                from custody_anomaly a left join mine_site s on s.id = a.site_id
                where a.id = ? and not exists (select 1 from incident i where i.custody_anomaly_id = a.id)"""
                .formatted(publishedAt), LISTENER, CustodyAnomalyRecorded.class.getName(), status, anomalyId);
    }

    @Test
    void aPublicationLeftByANodeThatDiedIsMarkedFailedOnceStaleThenDeliveredOnce() throws Exception {
        var setup = greenSiteWithTags();
        // The node committed the anomaly with its event, then died before its listener ran.
        var anomalyId = jdbc.queryForObject("""
                insert into custody_anomaly (kind, tag_number, site_id, recorded_by, recorded_at, details)
                values ('UNKNOWN_TAG', ?, ?, 'someone', now() - interval '1 hour', 'not issued in UG')
                returning id""",
                Long.class, setup.prefix() + "LOST", setup.siteId());
        recordPublication(anomalyId, "PUBLISHED", "now() - interval '1 hour'");
        // Re-sending takes failed publications only: one still PUBLISHED may be in delivery on another node.
        resubmission.resubmitFailed();
        Thread.sleep(300);
        assertThat(incidentsFor(anomalyId)).isEmpty();
        assertThat(publicationsOf(anomalyId).get(0)).containsEntry("status", "PUBLISHED");

        // The staleness monitor's check (every minute): published longer ago than allowed, so failed.
        registry.markStalePublicationsFailed(staleness);
        assertThat(publicationsOf(anomalyId).get(0)).containsEntry("status", "FAILED");
        resubmission.resubmitFailed();
        assertThat(awaitIncidentFor(anomalyId)).hasSize(1);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> publicationsOf(anomalyId).get(0).get("completion_date") != null);
        resubmission.resubmitFailed();
        assertThat(incidentsFor(anomalyId)).hasSize(1);
    }

    @Test
    void anAnomalyLeftWithoutIncidentBeforeTheRegistryIsDeliveredFromTheRowV44Writes() throws Exception {
        var setup = greenSiteWithTags();
        produce(setup, setup.tag(5), "10", "KGM").andExpect(status().is3xxRedirection());
        // As recorded before the registry (its event lost): straight into the table, with no publication.
        var anomalyId = jdbc.queryForObject("""
                insert into custody_anomaly (kind, tag_number, site_id, recorded_by, recorded_at, details)
                values ('TAG_FROM_OTHER_SITE', ?, ?, 'someone', now() - interval '1 hour', 'issued to another site')
                returning id""",
                Long.class, setup.tag(5), setup.siteId());
        assertThat(publicationsOf(anomalyId)).isEmpty();
        // The row V44 writes for each such anomaly (the same statement, for this one only).
        recordPublication(anomalyId, "FAILED", "now()");

        resubmission.resubmitFailed();
        var found = awaitIncidentFor(anomalyId);
        assertThat(found).hasSize(1);
        assertThat(found.get(0)).containsEntry("category", "TAG_MISUSE").containsEntry("severity", 2)
                .containsEntry("site_id", setup.siteId()).containsEntry("source", "AUTOMATIC_CHECK");
        // No lot was recorded with the anomaly: the lot that carries its tag is linked.
        assertThat(lotsOf(found.get(0).get("id"))).containsExactly(lotTagged(setup.tag(5)));
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> publicationsOf(anomalyId).get(0).get("completion_date") != null);
    }

    @Test
    void anEventWhoseListenerStoppedMidWayStaysRecordedAndIsDeliveredOnceWhenResent() throws Exception {
        var setup = greenSiteWithTags();
        // The listener stops mid-way for this site: its incident row is written, then the database throws, so its
        // transaction rolls back (as when the node dies while opening the incident).
        var trigger = "test_stop_listener_" + setup.siteId();
        jdbc.execute("create function " + trigger + "() returns trigger language plpgsql as $$ begin"
                + " if new.site_id = " + setup.siteId() + " then raise exception 'listener stopped (test)'; end if;"
                + " return new; end $$");
        jdbc.execute("create trigger " + trigger + " after insert on incident for each row execute function "
                + trigger + "()");
        long anomalyId;
        try {
            var unknown = setup.prefix() + "GONE";
            produce(setup, unknown, "10", "KGM").andExpect(status().isOk());
            anomalyId = anomaly("UNKNOWN_TAG", unknown);
            // The publication was recorded with the anomaly; the failed delivery leaves it incomplete, marked failed.
            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                    .until(() -> publicationsOf(anomalyId).stream().anyMatch(row -> "FAILED".equals(row.get("status"))));
            var failed = publicationsOf(anomalyId);
            assertThat(failed).hasSize(1);
            // The listener's id as V44 writes it for the anomalies it hands over.
            assertThat(failed.get(0)).containsEntry("listener_id", LISTENER);
            assertThat(failed.get(0).get("completion_date")).isNull();
            assertThat(incidentsFor(anomalyId)).isEmpty();
        } finally {
            jdbc.execute("drop trigger if exists " + trigger + " on incident");
            jdbc.execute("drop function if exists " + trigger + "()");
        }

        // What every node does each minute (and what a restarted one does on its first run): re-send failed ones.
        resubmission.resubmitFailed();
        var found = awaitIncidentFor(anomalyId);
        assertThat(found).hasSize(1);
        assertThat(found.get(0)).containsEntry("source", "AUTOMATIC_CHECK").containsEntry("category", "TAG_MISUSE")
                .containsEntry("site_id", setup.siteId());
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> publicationsOf(anomalyId).get(0).get("completion_date") != null);
        var delivered = publicationsOf(anomalyId);
        assertThat(delivered).hasSize(1);
        assertThat(delivered.get(0)).containsEntry("status", "COMPLETED");

        // Re-sending again delivers nothing more (it is complete); nor does a second delivery of the same event.
        resubmission.resubmitFailed();
        publishAndAwaitDelivery(new CustodyAnomalyRecorded(anomalyId, AnomalyKind.UNKNOWN_TAG, setup.prefix() + "GONE",
                setup.siteId(), "UG", List.of(), clock.instant(), "again"));
        assertThat(incidentsFor(anomalyId)).hasSize(1);
    }
}
