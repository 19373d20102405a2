package org.orepass.persistence.sms;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.orepass.sms.ReportDraft;
import org.orepass.sms.SmsCategory;
import org.orepass.sms.SmsConversations;
import org.orepass.sms.SmsLanguage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Conversations in plain SQL, under the phone's key of the day; expired ones are deleted as they are met. */
@Repository
class JdbcSmsConversations implements SmsConversations {

    private final JdbcTemplate jdbc;

    JdbcSmsConversations(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ReportDraft> open(String phoneKey, Instant now) {
        jdbc.update("delete from sms_conversation where expires_at <= ?", Timestamp.from(now));
        return jdbc.query("select language, category, place, description from sms_conversation where phone_key = ?",
                (rs, n) -> new ReportDraft(SmsLanguage.valueOf(rs.getString(1)),
                        rs.getString(2) == null ? null : SmsCategory.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4)), phoneKey).stream().findFirst();
    }

    @Override
    public void keep(String phoneKey, ReportDraft draft, Instant expiresAt) {
        jdbc.update("""
                insert into sms_conversation (phone_key, language, category, place, description, expires_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (phone_key) do update set language = excluded.language, category = excluded.category,
                  place = excluded.place, description = excluded.description, expires_at = excluded.expires_at""",
                phoneKey, draft.language().name(), draft.category() == null ? null : draft.category().name(),
                cut(draft.place(), ReportDraft.MAX_PLACE), cut(draft.description(), 4000), Timestamp.from(expiresAt));
    }

    @Override
    public void close(String phoneKey) {
        jdbc.update("delete from sms_conversation where phone_key = ?", phoneKey);
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
