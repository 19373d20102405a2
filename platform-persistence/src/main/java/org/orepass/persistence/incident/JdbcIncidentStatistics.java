package org.orepass.persistence.incident;

import java.time.LocalDate;
import java.util.List;
import org.orepass.incident.IncidentFigures;
import org.orepass.incident.IncidentSearch;
import org.orepass.incident.internal.IncidentStatistics;
import org.orepass.incident.internal.IncidentVisibility;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The dashboard in plain SQL aggregation: totals and medians (PostgreSQL's percentile_cont) in one query, every
 * breakdown in a second one with grouping sets, so the filtered rows are read twice, not once per figure. Fast
 * when the filter selects few rows (an operator's own incidents); {@link IncidentTally} uses it for those and
 * counts everything else in memory. Tests hold the two to each other.
 */
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
        // Every breakdown from one pass over the filtered rows (grouping sets), instead of one pass each.
        var byDimension = new java.util.HashMap<String, List<IncidentFigures.Count>>();
        jdbc.query("""
                select case when grouping(cat) = 0 then 'category' when grouping(sev) = 0 then 'severity'
                            when grouping(st) = 0 then 'status' when grouping(place) = 0 then 'division'
                            else 'month' end as dimension,
                       coalesce(cat::text, sev::text, st, place, mon) as key, count(*) as n
                from (select coalesce(c.parent_id, c.id) as cat, i.severity as sev, i.status as st,
                             coalesce(i.division, i.country) as place,
                             case when i.occurred_on between date '1900-01-01' and date '2099-12-31'
                                  then to_char(date_trunc('month', i.occurred_on), 'YYYY-MM') end as mon
                      from incident i join incident_category c on c.id = i.category_id where %s) x
                group by grouping sets ((cat), (sev), (st), (place), (mon))
                having grouping(mon) = 1 or mon is not null""".formatted(where), params,
                (java.sql.ResultSet rs) -> {
                    byDimension.computeIfAbsent(rs.getString("dimension"), d -> new java.util.ArrayList<>())
                            .add(new IncidentFigures.Count(rs.getString("key"), rs.getLong("n")));
                });
        java.util.Comparator<IncidentFigures.Count> largestFirst = java.util.Comparator
                .comparingLong(IncidentFigures.Count::count).reversed().thenComparing(IncidentFigures.Count::key);
        java.util.Comparator<IncidentFigures.Count> byKey = java.util.Comparator.comparing(IncidentFigures.Count::key);
        var months = sorted(byDimension.get("month"), byKey.reversed(), 24);
        return new IncidentFigures(number(totals.get("total")), number(totals.get("open")),
                number(totals.get("overdue")), sorted(byDimension.get("category"), largestFirst, Integer.MAX_VALUE),
                sorted(byDimension.get("severity"), byKey, Integer.MAX_VALUE),
                sorted(byDimension.get("status"), largestFirst, Integer.MAX_VALUE),
                sorted(byDimension.get("division"), largestFirst, 30), oldestFirst(months),
                decimal(totals.get("to_verification")), decimal(totals.get("to_resolution")));
    }

    private static List<IncidentFigures.Count> sorted(List<IncidentFigures.Count> counts,
            java.util.Comparator<IncidentFigures.Count> order, int limit) {
        return counts == null ? List.of() : counts.stream().sorted(order).limit(limit).toList();
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
