package org.orepass.web.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.orepass.account.Role;
import org.orepass.alert.AlertKind;
import org.orepass.alert.AlertScan;
import org.orepass.alert.Alerting;
import org.orepass.alert.internal.DueAlerts;
import org.orepass.web.testing.AccountFixtures;
import org.orepass.web.testing.MutableClock;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 15, several nodes: the alert scan runs on one node at a time (a PostgreSQL advisory lock) and alerts the
 * due items in chunks of 50, each its own transaction. "Another node" is a second database session: the lock is
 * PostgreSQL's, so a thread or a connection of its own meets it exactly as a second node would. The incidents are
 * in Zambia, which no other test uses, so that their only watcher is this test's inspector.
 */
@PlatformTest
class AlertScanNodesIntegrationTest {

    private static final String LOCK = "(hashtext('orepass-job'), hashtext('alert-scan'))";

    @Autowired AlertScan scan;
    @Autowired Alerting alerting;
    @Autowired DueAlerts due;
    @Autowired AccountFixtures fixtures;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;

    private record Watcher(long id, String email) {
    }

    /**
     * Leaves the queue and the due list as it found them: the other alert tests deliver the 50 oldest mails and
     * expect theirs among them, and the scans of later tests should not meet these incidents again.
     */
    @AfterEach
    void closeTheIncidentsAndEmptyTheirMails() {
        jdbc.update("""
                delete from alert_notice n using incident i
                where i.description like 'scan test %'
                  and n.event_key = 'OVERDUE_INCIDENT:incident:' || i.id || ':due:' || to_char(i.review_due, 'YYYY-MM-DD')""");
        jdbc.update("""
                delete from mail_outbox m using incident i
                where i.description like 'scan test %'
                  and m.event_key = 'OVERDUE_INCIDENT:incident:' || i.id || ':due:' || to_char(i.review_due, 'YYYY-MM-DD')""");
        jdbc.update("update incident set status = 'RESOLVED', closed_at = now() where description like 'scan test %'");
    }

    private Watcher zambianInspector() {
        var inspector = fixtures.signedIn(Role.INSPECTOR);
        var email = inspector.username() + "@example.test";
        jdbc.update("update user_account set email = ?, jurisdiction_country = 'ZM' where id = ?", email,
                inspector.id());
        return new Watcher(inspector.id(), email);
    }

    /** Verified incidents overdue since {@code firstDue}, a day apart, in the order the scan meets them. */
    private List<Long> overdueIncidents(LocalDate firstDue, int count) {
        return jdbc.queryForList("""
                insert into incident (category_id, severity, occurred_on, country, description, source, status,
                                      reported_at, verified_at, review_due)
                select (select min(id) from incident_category), 2, ?::date - 30, 'ZM', 'scan test ' || g,
                       'INSPECTOR', 'VERIFIED', now(), now(), ?::date + g
                from generate_series(0, ? - 1) g order by g returning id""", Long.class, firstDue, firstDue, count)
                .stream().sorted().toList();
    }

    private String key(long incidentId) {
        var dueOn = jdbc.queryForObject("select review_due from incident where id = ?", LocalDate.class, incidentId);
        return "OVERDUE_INCIDENT:incident:" + incidentId + ":due:" + dueOn;
    }

    private int mails(long incidentId, Watcher to) {
        return jdbc.queryForObject("select count(*) from mail_outbox where event_key = ? and recipient = ?",
                Integer.class, key(incidentId), to.email());
    }

    private int notices(long incidentId, Watcher to) {
        return jdbc.queryForObject("select count(*) from alert_notice where event_key = ? and user_id = ?",
                Integer.class, key(incidentId), to.id());
    }

    private boolean lockIsFree() throws Exception {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            var result = statement.executeQuery("select pg_try_advisory_lock" + LOCK);
            boolean free = result.next() && result.getBoolean(1);
            if (free) {
                statement.execute("select pg_advisory_unlock" + LOCK);
            }
            return free;
        }
    }

    @Test
    void whileAnotherNodeScansThisNodeSkipsItsScan() throws Exception {
        var inspector = zambianInspector();
        var ids = overdueIncidents(LocalDate.of(1995, 1, 1), 3);
        try (var otherNode = dataSource.getConnection(); var statement = otherNode.createStatement()) {
            statement.execute("select pg_advisory_lock" + LOCK);
            assertThat(scan.scan()).isZero();
            assertThat(ids).allSatisfy(id -> assertThat(mails(id, inspector)).isZero());
            statement.execute("select pg_advisory_unlock" + LOCK);
        }
        assertThat(scan.scan()).isGreaterThanOrEqualTo(3);
        assertThat(ids).allSatisfy(id -> assertThat(mails(id, inspector)).isEqualTo(1));
    }

    @Test
    void twoNodesScanningAtOnceQueueEachAlertOnceAndOneOfThemDoesNothing() throws Exception {
        var inspector = zambianInspector();
        var ids = overdueIncidents(LocalDate.of(1990, 1, 1), 120);
        var start = new CyclicBarrier(2);
        var nodes = Executors.newFixedThreadPool(2);
        var queued = new ArrayList<Integer>();
        try {
            var runs = new ArrayList<Future<Integer>>();
            for (int node = 0; node < 2; node++) {
                runs.add(nodes.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return scan.scan();
                }));
            }
            for (var run : runs) {
                queued.add(run.get(120, TimeUnit.SECONDS));
            }
        } finally {
            nodes.shutdownNow();
        }
        // One node scanned; the other was skipped (or came after and found every alert already queued).
        assertThat(queued).as("mails queued by each node").contains(0);
        assertThat(queued.get(0) + queued.get(1)).isGreaterThanOrEqualTo(120);
        assertThat(ids).allSatisfy(id -> {
            assertThat(mails(id, inspector)).as("one mail, not one per node").isEqualTo(1);
            assertThat(notices(id, inspector)).isEqualTo(1);
        });
        assertThat(lockIsFree()).as("the lock was let go").isTrue();
    }

    @Test
    void aScanThatFailsPartWayKeepsTheAlertsOfTheChunksBeforeIt() throws Exception {
        var inspector = zambianInspector();
        var ids = overdueIncidents(LocalDate.of(1980, 1, 1), 120);
        // The scan meets these incidents first (the oldest review dates of the database): chunks 1 to 50, 51 to
        // 100, 101 to 120.
        assertThat(due.overdueIncidents(LocalDate.now(clock), 1).get(0).eventKey())
                .isEqualTo(key(ids.get(0)).substring("OVERDUE_INCIDENT:".length()));
        // The 75th item's mail cannot be queued: the database refuses it, as it would a full disk.
        var failing = key(ids.get(74));
        var trigger = "test_refuse_mail_" + ids.get(74);
        jdbc.execute("create function " + trigger + "() returns trigger language plpgsql as $$ begin"
                + " if new.event_key = '" + failing + "' then raise exception 'mail refused (test)'; end if;"
                + " return new; end $$");
        jdbc.execute("create trigger " + trigger + " before insert on mail_outbox for each row execute function "
                + trigger + "()");
        try {
            assertThatThrownBy(scan::scan).isInstanceOf(DataAccessException.class);
        } finally {
            jdbc.execute("drop trigger if exists " + trigger + " on mail_outbox");
            jdbc.execute("drop function if exists " + trigger + "()");
        }
        // The first chunk stays committed; the failing chunk rolled back whole (its notices too), and the run
        // stopped there.
        assertThat(ids.subList(0, 50)).allSatisfy(id -> {
            assertThat(mails(id, inspector)).isEqualTo(1);
            assertThat(notices(id, inspector)).isEqualTo(1);
        });
        assertThat(ids.subList(50, 120)).allSatisfy(id -> {
            assertThat(mails(id, inspector)).isZero();
            assertThat(notices(id, inspector)).isZero();
        });
        assertThat(lockIsFree()).as("the lock was let go despite the failure").isTrue();

        // The next run does the rest; what was done is not done twice.
        assertThat(scan.scan()).isGreaterThanOrEqualTo(70);
        assertThat(ids).allSatisfy(id -> assertThat(mails(id, inspector)).isEqualTo(1));
    }

    /**
     * More due items than a run's limit: the due list leaves out what was already alerted (its event key is
     * recorded), so the next run goes on with the next ones instead of finding the same oldest items again and
     * never reaching the later ones (until 2026-12-08 it returned the oldest items whether alerted or not). A run
     * as {@link AlertScan} does it, with a limit of 3: read the due incidents, alert each.
     */
    @Test
    void withMoreDueItemsThanTheLimitTheNextRunAlertsTheNextOnes() {
        var inspector = zambianInspector();
        var ids = overdueIncidents(LocalDate.of(1950, 1, 1), 5);
        var keys = ids.stream().map(id -> key(id).substring("OVERDUE_INCIDENT:".length())).toList();

        assertThat(runWithLimit3(keys)).as("first run").containsExactlyElementsOf(keys.subList(0, 3));
        assertThat(ids.subList(0, 3)).allSatisfy(id -> assertThat(mails(id, inspector)).isEqualTo(1));
        assertThat(ids.subList(3, 5)).allSatisfy(id -> assertThat(notices(id, inspector)).isZero());

        assertThat(runWithLimit3(keys)).as("second run").containsExactlyElementsOf(keys.subList(3, 5));
        assertThat(ids).allSatisfy(id -> {
            assertThat(mails(id, inspector)).isEqualTo(1);
            assertThat(notices(id, inspector)).isEqualTo(1);
        });

        assertThat(runWithLimit3(keys)).as("third run").isEmpty();
    }

    /**
     * Alerts the due incidents the port returns with a limit of 3 that are this test's (a later item of the shared
     * database may fill a place) and returns their keys, in order.
     */
    private List<String> runWithLimit3(List<String> ours) {
        var found = new ArrayList<String>();
        for (var item : due.overdueIncidents(LocalDate.now(clock), 3)) {
            if (ours.contains(item.eventKey())) {
                found.add(item.eventKey());
                alerting.alert(AlertKind.OVERDUE_INCIDENT, item.eventKey(), item.recipients(), item.args(),
                        item.link());
            }
        }
        return found;
    }
}
