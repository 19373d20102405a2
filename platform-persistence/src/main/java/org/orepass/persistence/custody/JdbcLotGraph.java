package org.orepass.persistence.custody;

import java.math.BigDecimal;
import java.sql.Array;
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
 * two paths once; each lot's row then carries its inputs as two arrays, what was taken from it, and whether a
 * receipt into it was flagged, all through the lot_input and custody_transfer indexes (see docs/custody.md,
 * Genealogy, for the plan and timings).
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
    private static final String NODES = """
            select l.id, l.lot_number, l.originating_operation, l.mineral, l.mass_kg, l.remaining_kg, l.uncertified,
                   o.name as custodian, l.site_id, s.name as site_name, s.country as site_country, s.status,
                   s.status_since, s.correction_deadline, t.number as tag_number, t.status as tag_status,
                   coalesce((select sum(x.mass_kg) from lot_input x where x.input_lot_id = l.id), 0)
                     + coalesce((select sum(ct.mass_sent_kg) from custody_transfer ct
                                 where ct.lot_id = l.id and ct.status = 'SENT'), 0) as taken_kg,
                   l.originating_operation = 'PURCHASE' and exists (
                       select 1 from lot_input x join custody_transfer ct on ct.lot_id = x.input_lot_id
                       where x.lot_id = l.id and ct.received_lot_id = l.id and ct.flagged) as weight_flagged,
                   array(select x.input_lot_id from lot_input x where x.lot_id = l.id order by x.id) as input_ids,
                   array(select x.mass_kg from lot_input x where x.lot_id = l.id order by x.id) as input_kg
            from chain
            join lot l on l.id = chain.id
            join organisation o on o.id = l.custodian_id
            left join mine_site s on s.id = l.site_id
            left join custody_tag t on t.id = l.tag_id
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
        return jdbc.query(UPSTREAM + NODES,
                new MapSqlParameterSource("ids", lotIds.toArray(Long[]::new)), JdbcLotGraph::node);
    }

    @Override
    public List<Node> downstream(long lotId) {
        return jdbc.query(DOWNSTREAM + NODES, new MapSqlParameterSource("id", lotId), JdbcLotGraph::node);
    }

    private static Node node(ResultSet rs, int row) throws SQLException {
        var siteStatus = rs.getString("status");
        var tagStatus = rs.getString("tag_status");
        return new Node(rs.getLong("id"), rs.getString("lot_number"),
                OriginatingOperation.valueOf(rs.getString("originating_operation")),
                Mineral.valueOf(rs.getString("mineral")), rs.getBigDecimal("mass_kg"), rs.getBigDecimal("remaining_kg"),
                rs.getBigDecimal("taken_kg"), rs.getBoolean("uncertified"), rs.getString("custodian"),
                rs.getObject("site_id", Long.class), rs.getString("site_name"), rs.getString("site_country"),
                siteStatus == null ? null : SiteStatus.valueOf(siteStatus),
                rs.getObject("status_since", LocalDate.class), rs.getObject("correction_deadline", LocalDate.class),
                rs.getString("tag_number"), tagStatus == null ? null : TagStatus.valueOf(tagStatus),
                rs.getBoolean("weight_flagged"), inputs(rs.getArray("input_ids"), rs.getArray("input_kg")));
    }

    private static List<Input> inputs(Array ids, Array masses) throws SQLException {
        var idValues = (Object[]) ids.getArray();
        if (idValues.length == 0) {
            return List.of();
        }
        var massValues = (Object[]) masses.getArray();
        var inputs = new ArrayList<Input>(idValues.length);
        for (int i = 0; i < idValues.length; i++) {
            inputs.add(new Input(((Number) idValues[i]).longValue(), (BigDecimal) massValues[i]));
        }
        return inputs;
    }
}
