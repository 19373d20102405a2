package org.orepass.persistence.custody;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.orepass.custody.LotGraph;
import org.orepass.custody.OriginatingOperation;
import org.orepass.custody.TagStatus;
import org.orepass.site.Mineral;
import org.orepass.site.SiteStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The custody graph in one recursive query each way. {@code union} (not {@code union all}) keeps a lot reached by
 * two paths once; the lots then come with their input links, site and tag by index lookups. Nothing per lot beyond
 * that: each extra correlated lookup (what was taken from a lot, its transfers) cost more than the whole walk on a
 * chain of a thousand lots (docs/custody.md, Genealogy, has the timings).
 */
@Repository
@Transactional(readOnly = true)
class JdbcLotGraph implements LotGraph {

    private static final String UPSTREAM = """
            with recursive chain(id) as (
                select unnest(cast(:ids as bigint[]))
              union
                select li.input_lot_id from lot_input li join chain on li.lot_id = chain.id
            )
            """;
    private static final String DOWNSTREAM = """
            with recursive chain(id) as (
                select cast(:id as bigint)
              union
                select li.lot_id from lot_input li join chain on li.input_lot_id = chain.id
            )
            """;
    // One row per input link (a lot without inputs gives one row with nulls), in lot order, grouped in Java.
    private static final String NODES = """
            select l.id, l.lot_number, l.originating_operation, l.mineral, l.mass_kg, l.uncertified,
                   l.custodian_id, o.name as custodian, l.site_id, s.name as site_name, s.country as site_country, s.status,
                   s.status_since, s.correction_deadline, t.number as tag_number, t.status as tag_status,
                   li.input_lot_id, li.mass_kg as input_kg, l.concentration, l.metal_gain,
                   o.country as custodian_country, l.origin_country
            from chain
            join lot l on l.id = chain.id
            join organisation o on o.id = l.custodian_id
            left join mine_site s on s.id = l.site_id
            left join custody_tag t on t.id = l.tag_id
            left join lot_input li on li.lot_id = l.id
            order by l.id, li.id
            """;

    private final NamedParameterJdbcTemplate jdbc;

    JdbcLotGraph(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Node> upstream(Collection<Long> lotIds) {
        if (lotIds.isEmpty()) {
            return List.of();
        }
        return nodes(UPSTREAM + NODES, new MapSqlParameterSource("ids", lotIds.toArray(Long[]::new)));
    }

    @Override
    public List<Node> downstream(long lotId) {
        return nodes(DOWNSTREAM + NODES, new MapSqlParameterSource("id", lotId));
    }

    private List<Node> nodes(String sql, MapSqlParameterSource params) {
        var nodes = new ArrayList<Node>();
        jdbc.query(sql, params, (ResultSet rs) -> {
            Node last = null;
            List<Input> inputs = null;
            while (rs.next()) {
                long id = rs.getLong("id");
                if (last == null || last.id() != id) {
                    inputs = new ArrayList<>(1);
                    last = node(rs, inputs);
                    nodes.add(last);
                }
                long input = rs.getLong("input_lot_id");
                if (!rs.wasNull()) {
                    inputs.add(new Input(input, rs.getBigDecimal("input_kg")));
                }
            }
            return null;
        });
        return nodes;
    }

    private static Node node(ResultSet rs, List<Input> inputs) throws SQLException {
        var siteStatus = rs.getString("status");
        var tagStatus = rs.getString("tag_status");
        return new Node(rs.getLong("id"), rs.getString("lot_number"),
                OriginatingOperation.valueOf(rs.getString("originating_operation")),
                Mineral.valueOf(rs.getString("mineral")), rs.getBigDecimal("mass_kg"), rs.getBoolean("uncertified"),
                rs.getLong("custodian_id"), rs.getString("custodian"), rs.getObject("site_id", Long.class), rs.getString("site_name"),
                rs.getString("site_country"), siteStatus == null ? null : SiteStatus.valueOf(siteStatus),
                rs.getObject("status_since", LocalDate.class), rs.getObject("correction_deadline", LocalDate.class),
                rs.getString("tag_number"), tagStatus == null ? null : TagStatus.valueOf(tagStatus), inputs,
                rs.getBigDecimal("concentration"), rs.getBoolean("metal_gain"), rs.getString("custodian_country"),
                rs.getString("origin_country"));
    }
}
