package org.orepass.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.orepass.web.testing.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 15, several nodes: the nightly clean-up of completed event publications runs on one node (a PostgreSQL
 * advisory lock); a node that finds the lock taken skips its run. "Another node" is a connection of its own: the
 * lock is PostgreSQL's, so it meets it exactly as a second node would.
 */
@PlatformTest
class EventCleanupNodesIntegrationTest {

    private static final String LOCK = "(hashtext('orepass-job'), hashtext('event-publication-cleanup'))";

    @Autowired EventResubmission events;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;

    /** A publication delivered a year ago, long past the 30 days completed ones are kept. */
    private UUID completedLongAgo() {
        var id = UUID.randomUUID();
        jdbc.update("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                               completion_date, status, completion_attempts)
                values (?, 'test.listener', 'test.Event', '{}', now() - interval '400 days',
                        now() - interval '400 days', 'COMPLETED', 1)""", id);
        return id;
    }

    private boolean kept(UUID id) {
        return jdbc.queryForObject("select count(*) from event_publication where id = ?", Integer.class, id) == 1;
    }

    @Test
    void whileAnotherNodeCleansUpThisNodeSkipsItsRunThenTheNextRunDeletes() throws Exception {
        var old = completedLongAgo();
        try (var otherNode = dataSource.getConnection(); var statement = otherNode.createStatement()) {
            statement.execute("select pg_advisory_lock" + LOCK);
            assertThat(events.deleteOldCompleted()).as("skipped").isFalse();
            assertThat(kept(old)).isTrue();
            statement.execute("select pg_advisory_unlock" + LOCK);
        }
        assertThat(events.deleteOldCompleted()).isTrue();
        assertThat(kept(old)).isFalse();
    }
}
