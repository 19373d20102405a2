package org.orepass.persistence.alert;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.orepass.alert.AlertKind;
import org.orepass.alert.Notice;
import org.orepass.alert.internal.AlertNotices;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAlertNotices implements AlertNotices {

    private final JdbcTemplate jdbc;

    JdbcAlertNotices(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(long userId, AlertKind kind, String eventKey, String subject, String link, Instant at) {
        jdbc.update("""
                insert into alert_notice (user_id, kind, event_key, subject, link, created_at)
                values (?, ?, ?, left(?, 300), ?, ?) on conflict (user_id, event_key) do nothing""",
                userId, kind.name(), eventKey, subject, link, Timestamp.from(at));
    }

    @Override
    public List<Notice> newest(long userId, int limit) {
        return jdbc.query("""
                select id, kind, subject, link, created_at, read_at from alert_notice where user_id = ?
                order by created_at desc, id desc limit ?""",
                (rs, n) -> new Notice(rs.getLong("id"), AlertKind.valueOf(rs.getString("kind")),
                        rs.getString("subject"), rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") != null), userId, limit);
    }

    @Override
    public long unread(long userId) {
        var count = jdbc.queryForObject("select count(*) from alert_notice where user_id = ? and read_at is null",
                Long.class, userId);
        return count == null ? 0 : count;
    }

    @Override
    public void markAllRead(long userId, Instant at) {
        jdbc.update("update alert_notice set read_at = ? where user_id = ? and read_at is null", Timestamp.from(at),
                userId);
    }
}
