package org.orepass.persistence.site;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.orepass.shared.PageQuery;
import org.orepass.shared.ResultPage;
import org.orepass.site.Mineral;
import org.orepass.site.internal.SiteListings;
import org.orepass.site.SiteSearch;
import org.orepass.site.SiteStatus;
import org.orepass.site.SiteStatusRules;
import org.orepass.site.SiteSummary;
import org.orepass.site.SiteVisibility;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The site list in plain SQL: one query for the page's rows and one count that stops early.
 * Written by hand because the list is the registry's busiest page and the ORM's entity loading cost more than
 * the queries themselves (docs/performance.md has the figures).
 */
@Repository
@Transactional(readOnly = true)
class JdbcSiteListings implements SiteListings {

    /** Unfiltered lists larger than this show PostgreSQL's row estimate instead of counting every row. */
    static final long ESTIMATE_ABOVE = 20_000;

    private final NamedParameterJdbcTemplate jdbc;
    private final SiteDirectory names;

    JdbcSiteListings(NamedParameterJdbcTemplate jdbc, SiteDirectory names) {
        this.jdbc = jdbc;
        this.names = names;
    }

    @Override
    public ResultPage<SiteSummary> list(SiteSearch search, SiteVisibility visibility, LocalDate today,
            PageQuery page) {
        return list(search, visibility, today, page, ESTIMATE_ABOVE);
    }

    ResultPage<SiteSummary> list(SiteSearch search, SiteVisibility visibility, LocalDate today, PageQuery page,
            long estimateAbove) {
        return list(search, visibility, today, page, estimateAbove, COUNT_AT_LEAST);
    }

    ResultPage<SiteSummary> list(SiteSearch search, SiteVisibility visibility, LocalDate today, PageQuery page,
            long estimateAbove, long countAtLeast) {
        if (!visibility.all() && visibility.organisationId() == null) {
            return new ResultPage<>(List.of(), page.page(), page.size(), 0);
        }
        if (visibility.all() && isTextSearchOnly(search)) {
            return textSearch(search, page);
        }
        var filter = SiteFilterSql.of(search, visibility, today);
        var params = filter.params().addValue("limit", page.size()).addValue("offset", page.offset());
        if (visibility.all() && search.isUnfiltered()) {
            var estimate = estimatedRows("mine_site");
            if (estimate > estimateAbove) {
                // The registry's landing page: the page walks the sort index, and the total is PostgreSQL's own
                // row estimate (shown as "about"), because counting every site on each visit cost more than
                // the page itself.
                // The rows skipped to reach a deep page are read from the sort index alone; only the page's own
                // rows are fetched from the table.
                var rows = jdbc.query(COLUMNS + " from mine_site s where s.id in (select s.id from mine_site s"
                        + " order by " + order(search) + " limit :limit offset :offset) order by " + order(search),
                        params, JdbcSiteListings::summary);
                return new ResultPage<>(rows, page.page(), page.size(), estimate, true);
            }
        }
        var rows = jdbc.query(COLUMNS + " from mine_site s" + filter.where() + " order by " + order(search)
                + " limit :limit offset :offset", params, JdbcSiteListings::summary);
        // Counting stops a little past the pages anyone pages through: an exact count of a large filtered set
        // (a whole country) cost more than the page itself. Beyond it the list says "more than".
        var countUpTo = Math.max(countAtLeast, page.offset() + 10L * page.size());
        Long counted = jdbc.queryForObject("select count(*) from (select 1 from mine_site s" + filter.where()
                + " limit :countUpTo) c", params.addValue("countUpTo", countUpTo + 1), Long.class);
        if (counted != null && counted > countUpTo) {
            return ResultPage.atLeast(rows, page.page(), page.size(), countUpTo);
        }
        return new ResultPage<>(rows, page.page(), page.size(), counted == null ? 0 : counted);
    }

    /** A text search alone, by name, over every site: the in-memory {@link SiteDirectory} picks the page. */
    private static boolean isTextSearchOnly(SiteSearch search) {
        return search.text() != null && !search.text().isBlank() && search.sortOrName() == SiteSearch.Sort.NAME
                && new SiteSearch(null, search.country(), search.division(), search.mineral(), search.status(),
                        search.stage(), search.activity(), null).isUnfiltered();
    }

    private ResultPage<SiteSummary> textSearch(SiteSearch search, PageQuery page) {
        var found = names.search(search.text(), page.offset(), page.size());
        if (found.ids().isEmpty()) {
            return new ResultPage<>(List.of(), page.page(), page.size(), found.total());
        }
        var byId = new java.util.HashMap<Long, SiteSummary>();
        jdbc.query(COLUMNS + " from mine_site s where s.id in (:ids)",
                new MapSqlParameterSource("ids", found.ids()),
                (ResultSet rs) -> {
                    var summary = summary(rs, 0);
                    byId.put(summary.id(), summary);
                });
        var rows = found.ids().stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        return new ResultPage<>(rows, page.page(), page.size(), found.total());
    }

    /** Filtered lists are counted exactly up to this many rows (or ten pages past the one shown). */
    static final long COUNT_AT_LEAST = 1_000;

    /** The columns a list row needs. */
    private static final String COLUMNS = """
            select s.id, s.icglr_id, s.national_id, s.name, s.country, s.division, s.status, s.status_since,
                   s.correction_deadline, s.registered_at, array_to_string(s.mineral_codes, ',') as minerals""";



    /**
     * ICGLR id order: an id starts with its country code, so this is the same order, spelled as the partial
     * (country, icglr_id) index of publishable sites reads it; ordered by the id alone, the planner walked every
     * other country's ids before Uganda's (96 ms).
     */
    private static final String EXCHANGE_ORDER = "s.country, s.icglr_id";

    private long estimatedRows(String relation) {
        Long estimate = jdbc.getJdbcTemplate().queryForObject(
                "select greatest(reltuples, 0)::bigint from pg_class where oid = ?::regclass", Long.class, relation);
        return estimate == null ? 0 : estimate;
    }

    @Override
    public ResultPage<Long> exchangeable(SiteSearch search, SiteVisibility visibility, LocalDate today,
            PageQuery page) {
        return exchangeable(search, visibility, today, page, ESTIMATE_ABOVE);
    }

    ResultPage<Long> exchangeable(SiteSearch search, SiteVisibility visibility, LocalDate today, PageQuery page,
            long estimateAbove) {
        if (!visibility.all() && visibility.organisationId() == null) {
            return new ResultPage<>(List.of(), page.page(), page.size(), 0);
        }
        var filter = SiteFilterSql.of(search, visibility, today);
        var where = (filter.where().isEmpty() ? " where " : filter.where() + " and ") + "s.icglr_ready";
        var params = filter.params().addValue("limit", page.size()).addValue("offset", page.offset());
        if (visibility.all() && search.isUnfiltered()) {
            // The partial index holds exactly the publishable sites: its row estimate is their number.
            var estimate = estimatedRows("mine_site_icglr_ready_country_idx");
            if (estimate > estimateAbove) {
                var ids = jdbc.queryForList("select s.id from mine_site s" + where
                        + " order by " + EXCHANGE_ORDER + " limit :limit offset :offset", params, Long.class);
                return new ResultPage<>(ids, page.page(), page.size(), estimate, true);
            }
        }
        var ids = jdbc.queryForList("select s.id from mine_site s" + where
                + " order by " + EXCHANGE_ORDER + " limit :limit offset :offset", params, Long.class);
        Long total = jdbc.queryForObject("select count(*) from mine_site s" + where, params, Long.class);
        return new ResultPage<>(ids, page.page(), page.size(), total == null ? 0 : total);
    }

    /**
     * With a text search, names are sorted as an expression no index provides: a broad search ("rubaya", 6,667 of
     * 100,000 sites) otherwise walked the name index in order and filtered 93,000 rows, and the earlier cure (the
     * matching ids as an array, then the rows again by id) read every match twice. Now the matches are read once
     * from the trigram bitmap and the page is a top-N sort of them (docs/performance.md).
     */
    private static String order(SiteSearch search) {
        var name = search.text() != null && !search.text().isBlank() ? "(s.name || '')" : "s.name";
        return switch (search.sortOrName()) {
            case NAME -> name + ", s.id";
            case COUNTRY -> "s.country, s.division, " + name + ", s.id";
            case STATUS -> "s.status, " + name + ", s.id";
            case REGISTERED -> "s.registered_at desc, s.id";
        };
    }

    private static SiteSummary summary(ResultSet rs, int row) throws SQLException {
        var minerals = rs.getString("minerals");
        return new SiteSummary(rs.getLong("id"), rs.getString("icglr_id"), rs.getString("national_id"),
                rs.getString("name"), rs.getString("country"), rs.getString("division"),
                SiteStatus.valueOf(rs.getString("status")), rs.getObject("status_since", LocalDate.class),
                rs.getObject("correction_deadline", LocalDate.class),
                minerals == null || minerals.isEmpty() ? List.of() : Arrays.stream(minerals.split(",")).map(Mineral::valueOf).toList());
    }

    /** The filters as SQL; only the filters in use become conditions. */
    record SiteFilterSql(String where, MapSqlParameterSource params) {

        static SiteFilterSql of(SiteSearch search, SiteVisibility visibility, LocalDate today) {
            var params = new MapSqlParameterSource();
            var conditions = new java.util.ArrayList<String>();
            if (search.text() != null && !search.text().isBlank()) {
                // The matches come from the trigram indexes as one bitmap; the list's order then cannot come from
                // the name index (see textOrder), so the planner cannot walk it and discard most rows on the way.
                conditions.add("""
                        (lower(s.name) like :text escape '\\' or lower(s.icglr_id) like :text escape '\\'
                         or lower(s.national_id) like :text escape '\\')""");
                params.addValue("text", search.textPattern());
            }
            if (!visibility.all()) {
                conditions.add("(s.owner_id = :organisation or exists (select 1 from mine_site_operator o"
                        + " where o.site_id = s.id and o.organisation_id = :organisation))");
                params.addValue("organisation", visibility.organisationId());
            }
            if (search.country() != null) {
                conditions.add("s.country = :country");
                params.addValue("country", search.country());
            }
            if (search.division() != null) {
                conditions.add("s.division = :division");
                params.addValue("division", search.division());
            }
            if (search.mineral() != null) {
                // mineral_codes mirrors mine_site_mineral (V11): a row filter, not a join.
                conditions.add("s.mineral_codes @> cast(array[:mineral] as varchar[])");
                params.addValue("mineral", search.mineral().name());
            }
            if (search.stage() != null) {
                conditions.add("s.formalisation_stage = :stage");
                params.addValue("stage", search.stage().name());
            }
            if (search.activity() != null) {
                conditions.add("s.activity_status = :activity");
                params.addValue("activity", search.activity().name());
            }
            if (search.status() != null) {
                conditions.add(statusAsOf(search.status(), today, params));
            }
            var where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
            return new SiteFilterSql(where, params);
        }

        /** {@link SiteStatusRules} as SQL: which recorded statuses mean {@code wanted} on {@code today}. */
        static String statusAsOf(SiteStatus wanted, LocalDate today, MapSqlParameterSource params) {
            var greenEnd = today.minus(SiteStatusRules.GREEN_VALIDITY);
            params.addValue("today", today)
                    .addValue("greenEnd", greenEnd)
                    .addValue("blueEnd", today.minus(SiteStatusRules.BLUE_VALIDITY))
                    .addValue("greenThenBlueEnd", greenEnd.minus(SiteStatusRules.BLUE_VALIDITY));
            return switch (wanted) {
                case GREEN -> "(s.status = 'GREEN' and s.status_since > :greenEnd)";
                case YELLOW -> "(s.status = 'YELLOW' and (s.correction_deadline is null"
                        + " or s.correction_deadline >= :today))";
                case BLUE -> "((s.status = 'BLUE' and s.status_since > :blueEnd) or (s.status = 'GREEN'"
                        + " and s.status_since <= :greenEnd and s.status_since > :greenThenBlueEnd))";
                case RED -> "(s.status = 'RED' or (s.status = 'BLUE' and s.status_since <= :blueEnd)"
                        + " or (s.status = 'GREEN' and s.status_since <= :greenThenBlueEnd)"
                        + " or (s.status = 'YELLOW' and s.correction_deadline < :today))";
            };
        }
    }
}
