package org.orepass.persistence.revenue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.orepass.revenue.internal.NeverAssessedLot;
import org.orepass.revenue.ReportLevel;
import org.orepass.revenue.internal.RevenueListings;
import org.orepass.revenue.RevenueReportQuery;
import org.orepass.revenue.RevenueReportRow;
import org.orepass.revenue.internal.RevenueScope;
import org.orepass.revenue.internal.TaxDueRow;
import org.orepass.revenue.TaxDueStatus;
import org.orepass.revenue.TaxSearch;
import org.orepass.revenue.TaxSource;
import org.orepass.revenue.TaxType;
import org.orepass.shared.PageQuery;
import org.orepass.shared.ResultPage;
import org.orepass.site.Mineral;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The taxes list and the revenue reports in plain SQL: a report is one GROUP BY over {@code tax_due}, which keeps
 * what was paid so far next to what fell due, so due versus paid needs no join to the payments.
 */
@Repository
@Transactional(readOnly = true)
class JdbcRevenueListings implements RevenueListings {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcRevenueListings(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ResultPage<TaxDueRow> taxes(TaxSearch search, RevenueScope scope, PageQuery page) {
        if (scope.isNothing()) {
            return new ResultPage<>(List.of(), page.page(), page.size(), 0);
        }
        var params = new MapSqlParameterSource();
        var conditions = scopeConditions(scope, params);
        if (search.status() != null) {
            conditions.add("d.status = :status");
            params.addValue("status", search.status().name());
        }
        if (search.country() != null) {
            conditions.add("d.country = :country");
            params.addValue("country", search.country());
        }
        if (search.division() != null) {
            conditions.add("d.division = :division");
            params.addValue("division", search.division());
        }
        if (search.taxType() != null) {
            conditions.add("d.tax_type = :taxType");
            params.addValue("taxType", search.taxType().name());
        }
        if (search.reference() != null && !search.reference().isBlank()) {
            conditions.add("lower(d.reference) like :reference escape '\\'");
            params.addValue("reference", "%" + search.reference().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        var where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        var rows = jdbc.query("""
                select d.id, d.source_kind, d.source_id, d.reference, d.tax_type, d.mineral, d.country, d.division,
                       d.district, d.due_on, d.amount, d.paid_amount, d.currency, d.status, o.name as payer
                from tax_due d join organisation o on o.id = d.payer_id""" + where
                + " order by d.due_on desc, d.id desc limit :limit offset :offset",
                params.addValue("limit", page.size()).addValue("offset", page.offset()), JdbcRevenueListings::row);
        Long total = jdbc.queryForObject("select count(*) from tax_due d" + where, params, Long.class);
        return new ResultPage<>(rows, page.page(), page.size(), total == null ? 0 : total);
    }

    @Override
    public List<RevenueReportRow> report(RevenueReportQuery query, RevenueScope scope) {
        if (scope.isNothing()) {
            return List.of();
        }
        var params = new MapSqlParameterSource();
        var conditions = scopeConditions(scope, params);
        conditions.add("d.due_on between :from and :to");
        params.addValue("from", query.from()).addValue("to", query.to());
        if (query.country() != null) {
            conditions.add("d.country = :country");
            params.addValue("country", query.country());
        }
        if (query.division() != null) {
            conditions.add("d.division = :division");
            params.addValue("division", query.division());
        }
        if (query.district() != null) {
            conditions.add("lower(d.district) = lower(:district)");
            params.addValue("district", query.district());
        }
        if (query.mineral() != null) {
            conditions.add("d.mineral = :mineral");
            params.addValue("mineral", query.mineral().name());
        }
        if (query.taxType() != null) {
            conditions.add("d.tax_type = :taxType");
            params.addValue("taxType", query.taxType().name());
        }
        // The unit comes from an enum, never from the request's text.
        var unit = "'" + query.period().name().toLowerCase(Locale.ROOT) + "'";
        var division = query.level() == ReportLevel.COUNTRY ? "cast(null as varchar)" : "d.division";
        var district = query.level() == ReportLevel.DISTRICT ? "d.district" : "cast(null as varchar)";
        var sql = "select cast(date_trunc(" + unit + ", cast(d.due_on as timestamp)) as date) as period_start,"
                + " d.country, " + division + " as division, " + district + " as district, d.currency,"
                + " count(*) as taxes, sum(d.amount) as due, sum(d.paid_amount) as paid"
                + " from tax_due d where " + String.join(" and ", conditions)
                + " group by 1, 2, 3, 4, 5 order by 1, 2, 3 nulls last, 4 nulls last, 5";
        return jdbc.query(sql, params, (rs, n) -> {
            var start = rs.getObject("period_start", java.time.LocalDate.class);
            return new RevenueReportRow(start, query.period().label(start), rs.getString("country"),
                    rs.getString("division"), rs.getString("district"), rs.getString("currency"),
                    rs.getLong("taxes"), rs.getBigDecimal("due"), rs.getBigDecimal("paid"));
        });
    }

    @Override
    public List<NeverAssessedLot> neverAssessed(RevenueReportQuery query, RevenueScope scope, int limit) {
        if (scope.isNothing()) {
            return List.of();
        }
        var params = new MapSqlParameterSource();
        var where = neverAssessedWhere(query, scope, params);
        params.addValue("limit", limit);
        return jdbc.query("select l.id, l.lot_number, l.production_date, s.country, s.division, s.locality,"
                + " l.mineral, l.mass_kg from lot l join mine_site s on s.id = l.site_id where " + where
                + " order by l.production_date, l.id limit :limit", params, (rs, n) -> new NeverAssessedLot(
                        rs.getLong("id"), rs.getString("lot_number"),
                        rs.getObject("production_date", java.time.LocalDate.class), rs.getString("country"),
                        rs.getString("division"), rs.getString("locality"), rs.getString("mineral"),
                        rs.getBigDecimal("mass_kg")));
    }

    @Override
    public long neverAssessedCount(RevenueReportQuery query, RevenueScope scope) {
        if (scope.isNothing()) {
            return 0;
        }
        var params = new MapSqlParameterSource();
        var count = jdbc.queryForObject("select count(*) from lot l join mine_site s on s.id = l.site_id where "
                + neverAssessedWhere(query, scope, params), params, Long.class);
        return count == null ? 0 : count;
    }

    @Override
    public List<MaterialLot> produced(RevenueReportQuery query, RevenueScope scope) {
        if (scope.isNothing()) {
            return List.of();
        }
        var params = new MapSqlParameterSource();
        var where = placeOfProduction(query, scope, params);
        return jdbc.query("select s.country, l.mineral, sum(l.mass_kg) as kg from lot l join mine_site s"
                + " on s.id = l.site_id where l.originating_operation = 'PRODUCTION' and " + where
                + " group by s.country, l.mineral order by s.country, l.mineral", params,
                (rs, n) -> new MaterialLot(rs.getString("country"), Mineral.valueOf(rs.getString("mineral")), 0,
                        rs.getBigDecimal("kg")));
    }

    @Override
    public List<MaterialLot> imported(RevenueReportQuery query, RevenueScope scope) {
        if (scope.isNothing() || query.district() != null) {
            return List.of();
        }
        var params = new MapSqlParameterSource();
        var conditions = new ArrayList<String>();
        conditions.add("i.crossed_on between :from and :to");
        params.addValue("from", query.from()).addValue("to", query.to());
        if (!scope.all()) {
            if (scope.country() != null) {
                conditions.add("o.country = :scopeCountry");
                params.addValue("scopeCountry", scope.country());
                if (!scope.divisions().isEmpty()) {
                    conditions.add("o.division in (:scopeDivisions)");
                    params.addValue("scopeDivisions", scope.divisions());
                }
            } else {
                conditions.add("i.importer_id = :payer");
                params.addValue("payer", scope.payerId());
            }
        }
        if (query.country() != null) {
            conditions.add("o.country = :country");
            params.addValue("country", query.country());
        }
        if (query.division() != null) {
            conditions.add("o.division = :division");
            params.addValue("division", query.division());
        }
        if (query.mineral() != null) {
            conditions.add("l.mineral = :mineral");
            params.addValue("mineral", query.mineral().name());
        }
        return jdbc.query("select o.country, l.mineral, l.id, l.mass_kg from lot_import i join lot l"
                + " on l.id = i.lot_id join organisation o on o.id = i.importer_id where "
                + String.join(" and ", conditions) + " order by o.country, l.mineral, l.id", params,
                (rs, n) -> new MaterialLot(rs.getString("country"), Mineral.valueOf(rs.getString("mineral")),
                        rs.getLong("id"), rs.getBigDecimal("mass_kg")));
    }

    /** Production in the report's period, place and mineral, within the scope, read on the lot's site. */
    private static String placeOfProduction(RevenueReportQuery query, RevenueScope scope,
            MapSqlParameterSource params) {
        var conditions = new ArrayList<String>();
        conditions.add("l.production_date between :from and :to");
        params.addValue("from", query.from()).addValue("to", query.to());
        siteConditions(query, scope, params, conditions);
        return String.join(" and ", conditions);
    }

    /** The report's selection and scope, read on the lot's site (where its taxes would have been placed). */
    private static String neverAssessedWhere(RevenueReportQuery query, RevenueScope scope,
            MapSqlParameterSource params) {
        var conditions = new ArrayList<String>();
        conditions.add("l.originating_operation = 'PRODUCTION'");
        conditions.add("not exists (select 1 from tax_due d where d.source_kind = 'PRODUCTION_LOT'"
                + " and d.source_id = l.id)");
        conditions.add("l.production_date between :from and :to");
        params.addValue("from", query.from()).addValue("to", query.to());
        siteConditions(query, scope, params, conditions);
        return String.join(" and ", conditions);
    }

    /** The scope and the place and mineral filters, read on the lot's site ({@code s}) and custodian. */
    private static void siteConditions(RevenueReportQuery query, RevenueScope scope, MapSqlParameterSource params,
            List<String> conditions) {
        if (!scope.all()) {
            if (scope.country() != null) {
                conditions.add("s.country = :scopeCountry");
                params.addValue("scopeCountry", scope.country());
                if (!scope.divisions().isEmpty()) {
                    conditions.add("s.division in (:scopeDivisions)");
                    params.addValue("scopeDivisions", scope.divisions());
                }
            } else {
                // The one who would have paid: the lot's custodian (its producer until it is sold on).
                conditions.add("l.custodian_id = :payer");
                params.addValue("payer", scope.payerId());
            }
        }
        if (query.country() != null) {
            conditions.add("s.country = :country");
            params.addValue("country", query.country());
        }
        if (query.division() != null) {
            conditions.add("s.division = :division");
            params.addValue("division", query.division());
        }
        if (query.district() != null) {
            conditions.add("lower(s.locality) = lower(:district)");
            params.addValue("district", query.district());
        }
        if (query.mineral() != null) {
            conditions.add("l.mineral = :mineral");
            params.addValue("mineral", query.mineral().name());
        }
    }

    private static List<String> scopeConditions(RevenueScope scope, MapSqlParameterSource params) {
        var conditions = new ArrayList<String>();
        if (scope.all()) {
            return conditions;
        }
        if (scope.country() != null) {
            conditions.add("d.country = :scopeCountry");
            params.addValue("scopeCountry", scope.country());
            if (!scope.divisions().isEmpty()) {
                conditions.add("d.division in (:scopeDivisions)");
                params.addValue("scopeDivisions", scope.divisions());
            }
        } else {
            conditions.add("d.payer_id = :payer");
            params.addValue("payer", scope.payerId());
        }
        return conditions;
    }

    private static TaxDueRow row(ResultSet rs, int n) throws SQLException {
        return new TaxDueRow(rs.getLong("id"), TaxSource.valueOf(rs.getString("source_kind")), rs.getLong("source_id"),
                rs.getString("reference"), TaxType.valueOf(rs.getString("tax_type")), rs.getString("mineral"),
                rs.getString("country"), rs.getString("division"), rs.getString("district"),
                rs.getObject("due_on", java.time.LocalDate.class), rs.getBigDecimal("amount"),
                rs.getBigDecimal("paid_amount"), rs.getString("currency"), TaxDueStatus.valueOf(rs.getString("status")),
                rs.getString("payer"));
    }
}
