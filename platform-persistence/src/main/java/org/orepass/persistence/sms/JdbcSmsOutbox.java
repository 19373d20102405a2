package org.orepass.persistence.sms;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.orepass.sms.SmsOutbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The reply queue in plain SQL. Numbers are sealed with AES-GCM under {@code orepass.sms.number-key} (32 bytes,
 * Base64) or, when none is configured, a key made once and kept in {@code sms_secret} so that every node shares
 * it. Claims use {@code for update skip locked}: two nodes never take the same row.
 */
@Repository
class JdbcSmsOutbox implements SmsOutbox {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE = 12;

    private final JdbcTemplate jdbc;
    private final String configuredKey;
    private volatile SecretKeySpec key;

    JdbcSmsOutbox(JdbcTemplate jdbc, @Value("${orepass.sms.number-key:}") String configuredKey) {
        this.jdbc = jdbc;
        this.configuredKey = configuredKey;
    }

    @Override
    public void enqueue(String channel, String recipient, String text) {
        jdbc.update("insert into sms_outbox (channel, recipient_sealed, body, next_attempt_at) values (?, ?, ?, now())",
                channel, seal(recipient), text);
    }

    @Override
    public List<Outgoing> claimDue(int max, Instant now) {
        return jdbc.query("""
                update sms_outbox set state = 'SENDING', claimed_at = ?
                where id in (select id from sms_outbox where state in ('NEW', 'FAILED') and next_attempt_at <= ?
                             order by id limit ? for update skip locked)
                returning id, channel, recipient_sealed, body, attempts""",
                (rs, n) -> new Outgoing(rs.getLong(1), rs.getString(2), open(rs.getBytes(3)), rs.getString(4),
                        rs.getInt(5)), Timestamp.from(now), Timestamp.from(now), max);
    }

    @Override
    public void sent(long id) {
        jdbc.update("delete from sms_outbox where id = ?", id);
    }

    @Override
    public void failed(long id, String error, Instant retryAt) {
        jdbc.update("""
                update sms_outbox set state = 'FAILED', attempts = attempts + 1, next_attempt_at = ?, claimed_at = null,
                  last_error = left(?, 500) where id = ?""", Timestamp.from(retryAt), error, id);
    }

    @Override
    public int abandon(Instant before) {
        return jdbc.update("update sms_outbox set state = 'UNCONFIRMED' where state = 'SENDING' and claimed_at < ?",
                Timestamp.from(before));
    }

    private byte[] seal(String recipient) {
        try {
            var nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(128, nonce));
            var sealed = cipher.doFinal(recipient.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a number", e);
        }
    }

    private String open(byte[] sealed) {
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(128, sealed, 0, NONCE));
            return new String(cipher.doFinal(sealed, NONCE, sealed.length - NONCE), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot open a sealed number (was the key changed?)", e);
        }
    }

    private SecretKeySpec key() {
        if (key == null) {
            byte[] bytes;
            if (configuredKey != null && !configuredKey.isBlank()) {
                bytes = Base64.getDecoder().decode(configuredKey.strip());
            } else {
                var candidate = new byte[32];
                RANDOM.nextBytes(candidate);
                jdbc.update("insert into sms_secret (id, secret) values (1, ?) on conflict (id) do nothing", candidate);
                bytes = jdbc.queryForObject("select secret from sms_secret where id = 1", byte[].class);
            }
            if (bytes.length != 32) {
                throw new IllegalStateException("orepass.sms.number-key must be 32 bytes in Base64");
            }
            key = new SecretKeySpec(bytes, "AES");
        }
        return key;
    }
}
