package org.orepass.persistence.sms;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.orepass.sms.SmsInbox;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Handled message ids, hashed and kept a week (aggregators retry for hours at most): the unique key makes the
 * first of two racing retries win.
 */
@Repository
class JdbcSmsInbox implements SmsInbox {

    private final JdbcTemplate jdbc;

    JdbcSmsInbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean firstTime(String channel, String messageId, Instant now) {
        var today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        jdbc.update("delete from sms_inbox where received_on < ?", java.sql.Date.valueOf(today.minusDays(7)));
        return jdbc.update("""
                insert into sms_inbox (channel, message_id_hash, received_on) values (?, ?, ?)
                on conflict do nothing""", channel, sha256(messageId), java.sql.Date.valueOf(today)) == 1;
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((value == null ? "" : value).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every JDK", impossible);
        }
    }
}
