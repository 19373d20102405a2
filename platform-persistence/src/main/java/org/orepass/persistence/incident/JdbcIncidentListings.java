package org.orepass.persistence.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.orepass.incident.IncidentListings;
import org.orepass.incident.IncidentRow;
import org.orepass.incident.IncidentSearch;
import org.orepass.incident.IncidentSource;
import org.orepass.incident.IncidentStatus;
import org.orepass.incident.IncidentVisibility;
import org.orepass.incident.PublicIncidentRow;
import org.orepass.shared.PageQuery;
import org.orepass.shared.ResultPage;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incident lists: which incidents a page shows and how many the filter selects come from the in-memory
 * {@link IncidentTally} (a million rows filtered in milliseconds, where SQL had to walk or count hundreds of
 * thousands), the rows themselves from SQL by id; organisation-scoped views stay in SQL. No entities loaded.
 */
@Repository
@Transactional(readOnly = true)
class JdbcIncidentListings implements IncidentListings {

    private final NamedParameterJdbcTemplate jdbc;
    private final IncidentTally tally;

    JdbcIncidentListings(NamedParameterJdbcTemplate jdbc, IncidentTally tally) {
        this.jdbc = jdbc;
        this.tally = tally;
    }

    @Override
    public ResultPage<IncidentRow> list(IncidentSearch search, IncidentVisibility visibility, LocalDate today,
            PageQuery page) {
        var counted = tally.page(search, visibility, today, false, (int) page.offset(), page.size());
        if (counted.isPresent()) {
            var rows = counted.get().ids().isEmpty() ? java.util.List.<IncidentRow>of() : jdbc.query("""
                    select i.id, i.category_id, i.severity, i.occurred_on, i.country, i.division,
                           s.name as site_name, i.status, i.source, i.review_due
                    from incident i left join mine_site s on s.id = i.site_id
                    where i.id in (:ids) order by i.occurred_on desc, i.id desc""",
                    new MapSqlParameterSource("ids", counted.get().ids()), JdbcIncidentListings::row);
            return new ResultPage<>(rows, page.page(), page.size(), counted.get().total());
        }
        var filter = IncidentFilterSql.of(search, visibility, today, false);
        var params = filter.params().addValue("limit", page.size()).addValue("offset", page.offset());
        var rows = jdbc.query("""
                select i.id, i.category_id, i.severity, i.occurred_on, i.country, i.division, s.name as site_name,
                       i.status, i.source, i.review_due
                from incident i left join mine_site s on s.id = i.site_id
                where %s order by i.occurred_on desc, i.id desc limit :limit offset :offset"""
                .formatted(filter.where()), params, JdbcIncidentListings::row);
        var total = jdbc.queryForObject("select count(*) from incident i where " + filter.where(), params,
                Long.class);
        return new ResultPage<>(rows, page.page(), page.size(), total == null ? 0 : total);
    }

    @Override
    public ResultPage<PublicIncidentRow> publicList(IncidentSearch search, PageQuery page) {
        var counted = tally.page(search, IncidentVisibility.publicView(), LocalDate.now(), true,
                (int) page.offset(), page.size()).orElseThrow();
        if (counted.ids().isEmpty()) {
            return new ResultPage<>(java.util.List.of(), page.page(), page.size(), counted.total());
        }
        // Place cut to the division; the description only when nobody marked it sensitive.
        var rows = jdbc.query("""
                select i.id, i.category_id, i.severity, i.occurred_on, i.country, i.division, i.status,
                       case when i.description_sensitive then null else i.description end as description
                from incident i
                where i.id in (:ids) order by i.occurred_on desc, i.id desc""",
                new MapSqlParameterSource("ids", counted.ids()), (rs, n) -> new PublicIncidentRow(rs.getLong("id"),
                        rs.getLong("category_id"), rs.getInt("severity"), rs.getObject("occurred_on", LocalDate.class),
                        rs.getString("country"), rs.getString("division"),
                        IncidentStatus.valueOf(rs.getString("status")), rs.getString("description")));
        return new ResultPage<>(rows, page.page(), page.size(), counted.total());
    }

    private static IncidentRow row(ResultSet rs, int n) throws SQLException {
        return new IncidentRow(rs.getLong("id"), rs.getLong("category_id"), rs.getInt("severity"),
                rs.getObject("occurred_on", LocalDate.class), rs.getString("country"), rs.getString("division"),
                rs.getString("site_name"), IncidentStatus.valueOf(rs.getString("status")),
                IncidentSource.valueOf(rs.getString("source")), rs.getObject("review_due", LocalDate.class));
    }
}
