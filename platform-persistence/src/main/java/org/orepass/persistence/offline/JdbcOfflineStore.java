package org.orepass.persistence.offline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.orepass.offline.OfflinePack;
import org.orepass.offline.internal.IdempotencyKeys;
import org.orepass.offline.internal.PackRows;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Offline capture's tables and reads in plain SQL: the keys (V93) and the pack's rows. */
@Repository
class JdbcOfflineStore implements IdempotencyKeys, PackRows {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcOfflineStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(String key, String username, String form, Instant at) {
        return jdbc.update("""
                insert into offline_submission (idempotency_key, username, form, state, created_at)
                values (:key, :user, :form, 'PENDING', :at) on conflict (idempotency_key) do nothing""",
                new MapSqlParameterSource("key", key).addValue("user", username).addValue("form", form)
                        .addValue("at", Timestamp.from(at))) == 1;
    }

    @Override
    public Optional<Stored> find(String key) {
        return jdbc.query("select username, location from offline_submission where idempotency_key = :key",
                new MapSqlParameterSource("key", key), (rs, n) -> new Stored(rs.getString(1), rs.getString(2)))
                .stream().findFirst();
    }

    @Override
    public void done(String key, String location, Instant at) {
        jdbc.update("""
                update offline_submission set state = 'DONE', location = left(:location, 300), done_at = :at
                where idempotency_key = :key""", new MapSqlParameterSource("key", key)
                .addValue("location", location).addValue("at", Timestamp.from(at)));
    }

    @Override
    public void release(String key) {
        jdbc.update("delete from offline_submission where idempotency_key = :key and state = 'PENDING'",
                new MapSqlParameterSource("key", key));
    }

    @Override
    public List<OfflinePack.PackSite> sites(String country, Set<String> divisions, int limit) {
        return jdbc.query("""
                select id, name, icglr_id, country, division, status, version from mine_site
                where country = :country and (:any or division in (:divisions))
                order by name, id limit :limit""",
                new MapSqlParameterSource("country", country).addValue("any", divisions.isEmpty())
                        .addValue("divisions", divisions.isEmpty() ? Set.of("-") : divisions)
                        .addValue("limit", limit),
                (rs, n) -> new OfflinePack.PackSite(rs.getLong("id"), rs.getString("name"), rs.getString("icglr_id"),
                        rs.getString("country"), rs.getString("division"), rs.getString("status"),
                        rs.getLong("version")));
    }

    @Override
    public List<OfflinePack.PackCategory> categories() {
        return jdbc.getJdbcTemplate().query("select id, code, annex_ii from incident_category order by code",
                (rs, n) -> new OfflinePack.PackCategory(rs.getLong(1), rs.getString(2), rs.getBoolean(3)));
    }
}
