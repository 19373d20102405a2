package org.orepass.persistence.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.orepass.audit.AuditAction;
import org.orepass.audit.internal.AuditEntry;
import org.orepass.audit.AuditSearch;
import org.orepass.audit.AuditTrail;
import org.orepass.audit.internal.FieldChange;
import org.orepass.shared.PageQuery;
import org.orepass.shared.ResultPage;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Searches the audit trail with plain SQL: it is append-only rows, not entities. */
@Repository
class JdbcAuditTrail implements AuditTrail {

    private static final String FILTER = """
            where (cast(:actor as text) is null or lower(e.actor) = lower(cast(:actor as text)))
              and (cast(:entityType as text) is null or e.entity_type = cast(:entityType as text))
              and (cast(:entityId as text) is null or e.entity_id = cast(:entityId as text))
              and (cast(:action as text) is null or e.action = cast(:action as text))
              and (cast(:from as timestamptz) is null or e.occurred_at >= cast(:from as timestamptz))
              and (cast(:to as timestamptz) is null or e.occurred_at < cast(:to as timestamptz))
            """;

    private final NamedParameterJdbcTemplate jdbc;

    JdbcAuditTrail(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ResultPage<AuditEntry> search(AuditSearch search, PageQuery page) {
        var params = new MapSqlParameterSource()
                .addValue("actor", blankToNull(search.actor()))
                .addValue("entityType", blankToNull(search.entityType()))
                .addValue("entityId", blankToNull(search.entityId()))
                .addValue("action", search.action() == null ? null : search.action().name())
                .addValue("from", search.from() == null ? null : Timestamp.from(search.from()))
                .addValue("to", search.to() == null ? null : Timestamp.from(search.to()))
                .addValue("limit", page.size())
                .addValue("offset", page.offset());
        Long total = jdbc.queryForObject("select count(*) from audit_entry e " + FILTER, params, Long.class);
        var entries = entries("""
                with page as (
                  select * from audit_entry e %s order by e.occurred_at desc, e.id desc limit :limit offset :offset)
                select p.*, c.key, c.value ->> 'old' as old_value, c.value ->> 'new' as new_value
                from page p left join lateral jsonb_each(p.changes) c on true
                order by p.occurred_at desc, p.id desc
                """.formatted(FILTER), params);
        return new ResultPage<>(entries, page.page(), page.size(), total == null ? 0 : total);
    }

    @Override
    public List<AuditEntry> historyOf(String entityType, String entityId) {
        var params = new MapSqlParameterSource().addValue("entityType", entityType).addValue("entityId", entityId);
        return entries("""
                select e.*, c.key, c.value ->> 'old' as old_value, c.value ->> 'new' as new_value
                from audit_entry e left join lateral jsonb_each(e.changes) c on true
                where e.entity_type = :entityType and e.entity_id = :entityId
                order by e.occurred_at desc, e.id desc
                """, params);
    }

    @Override
    public List<String> entityTypes() {
        return jdbc.getJdbcTemplate().queryForList(
                "select distinct entity_type from audit_entry order by entity_type", String.class);
    }

    private List<AuditEntry> entries(String sql, MapSqlParameterSource params) {
        var byId = new LinkedHashMap<Long, Builder>();
        jdbc.query(sql, params, (ResultSet row) -> {
            var builder = byId.computeIfAbsent(longOf(row), id -> Builder.from(row));
            String key = row.getString("key");
            if (key != null) {
                builder.changes.add(new FieldChange(key, row.getString("old_value"), row.getString("new_value")));
            }
        });
        return byId.values().stream().map(Builder::build).toList();
    }

    private static long longOf(ResultSet row) {
        try {
            return row.getLong("id");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private record Builder(long id, java.time.Instant occurredAt, String actor, String entityType, String entityId,
            AuditAction action, List<FieldChange> changes) {

        static Builder from(ResultSet row) {
            try {
                return new Builder(row.getLong("id"), row.getTimestamp("occurred_at").toInstant(),
                        row.getString("actor"), row.getString("entity_type"), row.getString("entity_id"),
                        AuditAction.valueOf(row.getString("action").toUpperCase(Locale.ROOT)), new ArrayList<>());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        AuditEntry build() {
            return new AuditEntry(id, occurredAt, actor, entityType, entityId, action, changes);
        }
    }
}
