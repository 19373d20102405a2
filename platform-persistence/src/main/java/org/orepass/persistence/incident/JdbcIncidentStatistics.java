package org.orepass.persistence.incident;

import java.time.LocalDate;
import java.util.List;
import org.orepass.incident.IncidentFigures;
import org.orepass.incident.IncidentSearch;
import org.orepass.incident.IncidentStatistics;
import org.orepass.incident.IncidentVisibility;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard in plain SQL aggregation: one grouped query per dimension over the same filter, and the medians
 * with PostgreSQL's percentile_cont. The filter's indexes (place and date, status, category) keep each query on
 * the rows it selects.
 */
@Repository
@Transactional(readOnly = true)
class JdbcIncidentStatistics implements IncidentStatistics {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcIncidentStatistics(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public IncidentFigures figures(IncidentSearch search, IncidentVisibility visibility, LocalDate today,
            boolean verifiedOnly) {
        var filter = IncidentFilterSql.of(search, visibility, today, verifiedOnly);
        var params = filter.params().addValue("today", java.sql.Date.valueOf(today));
        var where = filter.where();
        var totals = jdbc.queryForMap("""
                select count(*) as total,
                       count(*) filter (where i.status not in ('DISMISSED', 'RESOLVED')) as open,
                       count(*) filter (where i.status not in ('DISMISSED', 'RESOLVED')
                                        and i.review_due < :today) as overdue,
                       percentile_cont(0.5) within group (order by extract(epoch from i.verified_at - i.reported_at)
                           / 86400) filter (where i.verified_at is not null) as to_verification,
                       percentile_cont(0.5) within group (order by extract(epoch from i.closed_at - i.reported_at)
                           / 86400) filter (where i.status = 'RESOLVED') as to_resolution
                from incident i where %s""".formatted(where), params);
        return new IncidentFigures(number(totals.get("total")), number(totals.get("open")),
                number(totals.get("overdue")),
                counts("""
                        select coalesce(c.parent_id, c.id)::text as key, count(*) as n
                        from incident i join incident_category c on c.id = i.category_id
                        where %s group by 1 order by n desc, 1""", where, params),
                counts("select i.severity::text as key, count(*) as n from incident i where %s group by 1 order by 1",
                        where, params),
                counts("select i.status as key, count(*) as n from incident i where %s group by 1 order by n desc, 1",
                        where, params),
                counts("""
                        select coalesce(i.division, i.country) as key, count(*) as n from incident i where %s
                        group by 1 order by n desc, 1 limit 30""", where, params),
                oldestFirst(counts("""
                        select to_char(date_trunc('month', i.occurred_on), 'YYYY-MM') as key, count(*) as n
                        from incident i where %s group by 1 order by 1 desc limit 24""", where, params)),
                decimal(totals.get("to_verification")), decimal(totals.get("to_resolution")));
    }

    private List<IncidentFigures.Count> counts(String sql, String where, MapSqlParameterSource params) {
        return jdbc.query(sql.formatted(where), params,
                (rs, n) -> new IncidentFigures.Count(rs.getString("key"), rs.getLong("n")));
    }

    /** The newest 24 months, shown oldest first as a trend reads. */
    private static List<IncidentFigures.Count> oldestFirst(List<IncidentFigures.Count> newestFirst) {
        var months = new java.util.ArrayList<>(newestFirst);
        java.util.Collections.reverse(months);
        return months;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Double decimal(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 10) / 10.0;
    }
}
