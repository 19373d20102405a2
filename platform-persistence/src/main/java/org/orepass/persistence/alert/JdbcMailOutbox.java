package org.orepass.persistence.alert;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.orepass.alert.internal.MailOutbox;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The mail queue in plain SQL. Claims use {@code for update skip locked}: two nodes never take the same row. The
 * unique (recipient, event key) keeps a second delivery of the same event out of the queue.
 */
@Repository
class JdbcMailOutbox implements MailOutbox {

    private final JdbcTemplate jdbc;

    JdbcMailOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean enqueue(Mail mail) {
        return jdbc.update("""
                insert into mail_outbox (user_id, recipient, kind, event_key, language, subject, body, next_attempt_at,
                                         created_at)
                values (?, ?, ?, ?, ?, left(?, 300), left(?, 8000), ?, ?)
                on conflict (recipient, event_key) do nothing""", mail.userId(), mail.recipient(), mail.kind().name(),
                mail.eventKey(), mail.language(), mail.subject(), mail.body(), Timestamp.from(mail.createdAt()),
                Timestamp.from(mail.createdAt())) == 1;
    }

    @Override
    public List<Outgoing> claimDue(int max, Instant now) {
        return jdbc.query("""
                update mail_outbox set state = 'SENDING', claimed_at = ?
                where id in (select id from mail_outbox where state in ('NEW', 'FAILED') and next_attempt_at <= ?
                             order by id limit ? for update skip locked)
                returning id, recipient, subject, body, attempts""",
                (rs, n) -> new Outgoing(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)),
                Timestamp.from(now), Timestamp.from(now), max);
    }

    @Override
    public void sent(long id, String channel, Instant at) {
        jdbc.update("update mail_outbox set state = 'SENT', sent_at = ?, channel = ?, claimed_at = null where id = ?",
                Timestamp.from(at), channel, id);
        // Sent mails are kept 30 days for the outbox page, then go.
        jdbc.update("delete from mail_outbox where state = 'SENT' and sent_at < ?",
                Timestamp.from(at.minusSeconds(30L * 24 * 3600)));
    }

    @Override
    public void failed(long id, String error, Instant retryAt) {
        jdbc.update("""
                update mail_outbox set state = 'FAILED', attempts = attempts + 1, next_attempt_at = ?,
                  claimed_at = null, last_error = left(?, 500) where id = ?""", Timestamp.from(retryAt), error, id);
    }

    @Override
    public int abandon(Instant before) {
        return jdbc.update("update mail_outbox set state = 'UNCONFIRMED' where state = 'SENDING' and claimed_at < ?",
                Timestamp.from(before));
    }

    @Override
    public List<Row> newest(int limit) {
        return jdbc.query("""
                select id, recipient, kind, language, subject, body, state, attempts, created_at, sent_at, channel,
                       last_error
                from mail_outbox order by created_at desc, id desc limit ?""",
                (rs, n) -> new Row(rs.getLong("id"), rs.getString("recipient"), rs.getString("kind"),
                        rs.getString("language"), rs.getString("subject"), rs.getString("body"), rs.getString("state"),
                        rs.getInt("attempts"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant(),
                        rs.getString("channel"), rs.getString("last_error")), limit);
    }
}
