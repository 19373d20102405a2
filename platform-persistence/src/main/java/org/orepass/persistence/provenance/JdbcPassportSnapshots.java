package org.orepass.persistence.provenance;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Collectors;
import org.orepass.provenance.internal.PassportSnapshots;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Passports kept in {@code passport_snapshot} (V105, docs/provenance.md "Passports kept"). Whether one is still
 * fresh is one query over its own row: computed today, no custody row of its chain or shipment touched since
 * ({@code custody_touch}, noted by triggers), the same origin site rows and open reviews (an md5 of the rows), and
 * the ledger not moved on when events were waiting.
 */
@Repository
@Transactional(readOnly = true)
class JdbcPassportSnapshots implements PassportSnapshots {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * The origin sites' row versions ({@code xmin} changes with every update of a row, whatever its columns) and how
     * many status changes they have, with the last one's id (the colour when mined reads them).
     */
    private static final String SITE_STAMP = "((select coalesce(md5(string_agg(m.id || ':' || m.xmin, ','"
            + " order by m.id)), '') from mine_site m where m.id = any(%1$s)) || (select ':' || count(*) || ':'"
            + " || coalesce(max(c.id), 0) from site_status_change c where c.site_id = any(%1$s)))";
    /** The origin sites' open reviews and their row versions. */
    private static final String REVIEW_STAMP = "(select coalesce(md5(string_agg(r.id || ':' || r.xmin, ','"
            + " order by r.id)), '') from site_review r where r.site_id = any(%s) and r.cleared_at is null)";

    /**
     * The last kept passports read, parsed (code: when computed and the stable part), so a fresh one is not read
     * and parsed again on every request: 1.1 MB of JSON for the benchmark's 1,008-lot chain.
     */
    private final java.util.Map<String, Parsed> parsed = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, Parsed> eldest) {
                    return size() > 64;
                }
            });

    private record Parsed(java.time.Instant computedAt, Stable stable) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    JdbcPassportSnapshots(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Stable> fresh(String code, LocalDate today) {
        var times = jdbc.queryForList("select s.computed_at from passport_snapshot s where s.code = :code"
                + " and s.computed_on = :today"
                + " and not exists (select 1 from custody_touch t where t.id > s.touch_seen"
                + "   and (t.lot_id = any(s.lot_ids) or t.shipment_id = s.shipment_id))"
                + " and (not s.pending or (select coalesce(max(position), 0) from ledger_record) = s.head_position)"
                + " and s.site_stamp = " + SITE_STAMP.formatted("s.site_ids")
                + " and s.review_stamp = " + REVIEW_STAMP.formatted("s.site_ids"),
                new MapSqlParameterSource("code", code).addValue("today", Date.valueOf(today)),
                java.sql.Timestamp.class);
        if (times.isEmpty()) {
            return Optional.empty();
        }
        var computedAt = times.get(0).toInstant();
        var known = parsed.get(code);
        if (known != null && known.computedAt().equals(computedAt)) {
            return Optional.of(known.stable());
        }
        var bodies = jdbc.queryForList("select body from passport_snapshot where code = :code and computed_at = :at",
                new MapSqlParameterSource("code", code).addValue("at", times.get(0)), String.class);
        if (bodies.isEmpty()) { // computed again meanwhile: the next read takes the new one
            return Optional.empty();
        }
        var stable = JSON.readValue(bodies.get(0), Stable.class);
        parsed.put(code, new Parsed(computedAt, stable));
        return Optional.of(stable);
    }

    @Override
    public Marks marks() {
        return jdbc.getJdbcTemplate().queryForObject("select (select coalesce(max(id), 0) from custody_touch),"
                + " exists (select 1 from ledger_pending), (select coalesce(max(position), 0) from ledger_record)",
                (rs, i) -> new Marks(rs.getLong(1), rs.getBoolean(2), rs.getLong(3)));
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void keep(String code, LocalDate today, Marks marks, Long shipmentId, Stable stable) {
        var sites = "cast(:sites as bigint[])";
        jdbc.update("insert into passport_snapshot (code, computed_on, touch_seen, pending, head_position, lot_ids,"
                + " shipment_id, site_ids, site_stamp, review_stamp, body) values (:code, :today, :seen, :pending,"
                + " :head, cast(:lots as bigint[]), :shipment, " + sites + ", " + SITE_STAMP.formatted(sites) + ", "
                + REVIEW_STAMP.formatted(sites) + ", :body) on conflict (code) do update set computed_on ="
                + " excluded.computed_on, computed_at = now(), touch_seen = excluded.touch_seen, pending ="
                + " excluded.pending, head_position = excluded.head_position, lot_ids = excluded.lot_ids,"
                + " shipment_id = excluded.shipment_id, site_ids = excluded.site_ids, site_stamp ="
                + " excluded.site_stamp, review_stamp = excluded.review_stamp, body = excluded.body",
                new MapSqlParameterSource("code", code).addValue("today", Date.valueOf(today))
                        .addValue("seen", marks.touchSeen()).addValue("pending", marks.pending())
                        .addValue("head", marks.headPosition()).addValue("lots", array(stable.lotIds()))
                        .addValue("shipment", shipmentId).addValue("sites", array(stable.siteIds()))
                        .addValue("body", JSON.writeValueAsString(stable)));
    }

    @Override
    @Transactional
    public int prune(LocalDate keptFrom, java.time.Instant touchedBefore) {
        jdbc.update("delete from passport_snapshot where computed_on < :day",
                new MapSqlParameterSource("day", Date.valueOf(keptFrom)));
        return jdbc.update("delete from custody_touch where touched_at < :before",
                new MapSqlParameterSource("before", java.sql.Timestamp.from(touchedBefore)));
    }

    private static String array(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
