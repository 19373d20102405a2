package org.orepass.persistence.incident;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.orepass.incident.internal.RateLimitStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The rate limit's secrets and counts in plain SQL: upserts that are safe when two nodes race, and rows that are
 * not entities, so the audit trail (which would keep them forever) never sees them.
 */
@Repository
class JdbcRateLimitStore implements RateLimitStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;

    JdbcRateLimitStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public byte[] secretOf(LocalDate day) {
        var candidate = new byte[32];
        RANDOM.nextBytes(candidate);
        // The first node to ask creates the day's secret; every other node reads that one.
        jdbc.update("insert into incident_rate_secret (day, secret) values (?, ?) on conflict (day) do nothing",
                java.sql.Date.valueOf(day), candidate);
        return jdbc.queryForObject("select secret from incident_rate_secret where day = ?", byte[].class,
                java.sql.Date.valueOf(day));
    }

    @Override
    public int hit(String clientKey, Instant windowStart) {
        return jdbc.queryForObject("""
                insert into incident_rate_count (client_key, window_start, hits) values (?, ?, 1)
                on conflict (client_key, window_start) do update set hits = incident_rate_count.hits + 1
                returning hits""", Integer.class, clientKey, Timestamp.from(windowStart));
    }

    @Override
    public int count(String clientKey, Instant windowStart) {
        return jdbc.query("select hits from incident_rate_count where client_key = ? and window_start = ?",
                (rs, n) -> rs.getInt(1), clientKey, Timestamp.from(windowStart)).stream().findFirst().orElse(0);
    }

    @Override
    public void forget(LocalDate day, Instant window) {
        jdbc.update("delete from incident_rate_secret where day < ?", java.sql.Date.valueOf(day));
        jdbc.update("delete from incident_rate_count where window_start < ?", Timestamp.from(window));
    }
}
