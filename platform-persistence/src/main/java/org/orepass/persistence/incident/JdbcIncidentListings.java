package org.orepass.persistence.incident;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.orepass.incident.internal.IncidentListings;
import org.orepass.incident.IncidentRow;
import org.orepass.incident.IncidentSearch;
import org.orepass.incident.IncidentSource;
import org.orepass.incident.IncidentStatus;
import org.orepass.incident.internal.IncidentVisibility;
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

    /** The columns of a list row, on the aliases i (incident) and s (its site). */
    private static final String ROW = """
            select i.id, i.category_id, i.severity, i.occurred_on, i.country, i.division, s.name as site_name,
                   i.status, i.source, i.review_due
            from incident i left join mine_site s on s.id = i.site_id""";
    /** Place cut to the division; the description only when nobody marked it sensitive. */
    private static final String PUBLIC_ROW = """
            select i.id, i.category_id, i.severity, i.occurred_on, i.country, i.division, i.status,
                   case when i.description_sensitive then null else i.description end as description
            from incident i""";
    private static final String NEWEST_FIRST = " order by i.occurred_on desc, i.id desc";
    /** Rows read by id per query in the exports. */
    private static final int CHUNK = 1_000;

    @Override
    public ResultPage<IncidentRow> list(IncidentSearch search, IncidentVisibility visibility, LocalDate today,
            PageQuery page) {
        var counted = tally.page(search, visibility, today, false, page.offset(), page.size());
        if (counted.isPresent()) {
            var rows = counted.get().ids().isEmpty() ? java.util.List.<IncidentRow>of()
                    : jdbc.query(ROW + " where i.id in (:ids)" + NEWEST_FIRST,
                            new MapSqlParameterSource("ids", counted.get().ids()), JdbcIncidentListings::row);
            return new ResultPage<>(rows, page.page(), page.size(), counted.get().total());
        }
        var filter = IncidentFilterSql.of(search, visibility, today, false);
        var params = filter.params().addValue("limit", page.size()).addValue("offset", page.offset());
        var rows = jdbc.query(ROW + " where " + filter.where() + NEWEST_FIRST + " limit :limit offset :offset",
                params, JdbcIncidentListings::row);
        var total = jdbc.queryForObject("select count(*) from incident i where " + filter.where(), params,
                Long.class);
        return new ResultPage<>(rows, page.page(), page.size(), total == null ? 0 : total);
    }

    @Override
    public ResultPage<PublicIncidentRow> publicList(IncidentSearch search, PageQuery page) {
        var counted = tally.page(search, IncidentVisibility.publicView(), LocalDate.now(), true,
                page.offset(), page.size()).orElseThrow();
        if (counted.ids().isEmpty()) {
            return new ResultPage<>(java.util.List.of(), page.page(), page.size(), counted.total());
        }
        var rows = jdbc.query(PUBLIC_ROW + " where i.id in (:ids)" + NEWEST_FIRST,
                new MapSqlParameterSource("ids", counted.ids()), JdbcIncidentListings::publicRow);
        return new ResultPage<>(rows, page.page(), page.size(), counted.total());
    }

    @Override
    public void each(IncidentSearch search, IncidentVisibility visibility, LocalDate today,
            java.util.function.Consumer<IncidentRow> row) {
        var ids = tally.allIds(search, visibility, today, false);
        if (ids.isPresent()) {
            byChunk(ids.get(), chunk -> jdbc.query(ROW + " where i.id in (:ids)" + NEWEST_FIRST,
                    new MapSqlParameterSource("ids", chunk), JdbcIncidentListings::row).forEach(row));
            return;
        }
        var filter = IncidentFilterSql.of(search, visibility, today, false);
        jdbc.query(ROW + " where " + filter.where() + NEWEST_FIRST, filter.params(),
                (ResultSet rs) -> {
                    row.accept(row(rs, 0));
                });
    }

    @Override
    public void eachPublic(IncidentSearch search, java.util.function.Consumer<PublicIncidentRow> row) {
        var ids = tally.allIds(search, IncidentVisibility.publicView(), LocalDate.now(), true).orElseThrow();
        byChunk(ids, chunk -> jdbc.query(PUBLIC_ROW + " where i.id in (:ids)" + NEWEST_FIRST,
                new MapSqlParameterSource("ids", chunk), JdbcIncidentListings::publicRow).forEach(row));
    }

    /** The ids in order, a chunk at a time: each chunk's rows come back in the same order as its ids. */
    private static void byChunk(long[] ids, java.util.function.Consumer<java.util.List<Long>> chunk) {
        for (int from = 0; from < ids.length; from += CHUNK) {
            var part = new java.util.ArrayList<Long>(CHUNK);
            for (int n = from; n < Math.min(ids.length, from + CHUNK); n++) {
                part.add(ids[n]);
            }
            chunk.accept(part);
        }
    }

    private static PublicIncidentRow publicRow(ResultSet rs, int n) throws SQLException {
        return new PublicIncidentRow(rs.getLong("id"), rs.getLong("category_id"), rs.getInt("severity"),
                rs.getObject("occurred_on", LocalDate.class), rs.getString("country"), rs.getString("division"),
                IncidentStatus.valueOf(rs.getString("status")), rs.getString("description"));
    }

    private static IncidentRow row(ResultSet rs, int n) throws SQLException {
        return new IncidentRow(rs.getLong("id"), rs.getLong("category_id"), rs.getInt("severity"),
                rs.getObject("occurred_on", LocalDate.class), rs.getString("country"), rs.getString("division"),
                rs.getString("site_name"), IncidentStatus.valueOf(rs.getString("status")),
                IncidentSource.valueOf(rs.getString("source")), rs.getObject("review_due", LocalDate.class));
    }
}
