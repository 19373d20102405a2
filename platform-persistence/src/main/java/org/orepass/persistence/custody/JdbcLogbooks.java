package org.orepass.persistence.custody;

import java.time.LocalDate;
import java.util.List;
import org.orepass.custody.Logbook;
import org.orepass.custody.LogbookEntryKind;
import org.orepass.custody.internal.Logbooks;
import org.orepass.site.Mineral;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logbooks in plain SQL: every movement of an organisation's stock, one row each with one day, from the lots it
 * constituted, the sales it made (and deliveries returned to it), and what went from its lots into lots made of
 * them. Written by originating operation, not by the operations built today, so combination, processing and
 * export lots count as soon as they exist (inputs through {@code lot_input}).
 */
@Repository
@Transactional(readOnly = true)
class JdbcLogbooks implements Logbooks {

    /**
     * The organisation's movements. A lot counts on its production date, an import lot on the day it crossed,
     * any other on the day it was registered (UTC); a sale on the day it was sent, a returned delivery on the day
     * it was rejected; an input on the day of the lot made from it. A purchase's input is the sale already counted
     * on the seller's side, so inputs into purchase lots are left out; an export lot is not stock (it leaves the
     * country): its inputs are exports, and the import lot made from it on the other side of the border is no
     * movement of the exporter's (issue 14: imports are counted apart from production, never as processing).
     */
    private static final String MOVES = """
            with moves as (
              select coalesce(l.production_date, im.crossed_on, (l.registered_at at time zone 'UTC')::date) as day,
                     l.id as lot_id, 0::bigint as seq,
                     case l.originating_operation when 'PRODUCTION' then 'PRODUCTION' when 'PURCHASE' then 'PURCHASE'
                          when 'IMPORT' then 'IMPORT' else 'PROCESSING_OUT' end as kind,
                     l.lot_number, l.mineral, l.mass_kg as kg,
                     case l.originating_operation
                          when 'PRODUCTION' then s.name
                          when 'PURCHASE' then (select o.name from custody_transfer p
                                                join organisation o on o.id = p.seller_id
                                                where p.received_lot_id = l.id limit 1)
                          when 'IMPORT' then im.document_country || ' ' || im.document_number
                     end as counterpart
              from lot l left join mine_site s on s.id = l.site_id left join lot_import im on im.lot_id = l.id
              where l.custodian_id = :org and l.originating_operation <> 'EXPORT'
              union all
              select t.sent_on, l.id, t.id, 'SALE', l.lot_number, l.mineral, t.mass_sent_kg, b.name
              from custody_transfer t join lot l on l.id = t.lot_id join organisation b on b.id = t.buyer_id
              where t.seller_id = :org
              union all
              select t.received_on, l.id, t.id, 'RETURN', l.lot_number, l.mineral, t.mass_sent_kg, b.name
              from custody_transfer t join lot l on l.id = t.lot_id join organisation b on b.id = t.buyer_id
              where t.seller_id = :org and t.status = 'REJECTED'
              union all
              select coalesce(o.production_date, (o.registered_at at time zone 'UTC')::date), i.id, li.id,
                     case o.originating_operation when 'EXPORT' then 'EXPORT' else 'PROCESSING_IN' end,
                     i.lot_number, i.mineral, li.mass_kg, o.lot_number
              from lot_input li join lot i on i.id = li.input_lot_id join lot o on o.id = li.lot_id
              where i.custodian_id = :org and o.originating_operation not in ('PURCHASE', 'IMPORT')
            )
            """;

    private static final String INCOMING = "('PRODUCTION', 'PURCHASE', 'IMPORT', 'RETURN', 'PROCESSING_OUT')";

    private final NamedParameterJdbcTemplate jdbc;

    JdbcLogbooks(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Logbook.Balance> balances(Long organisationId, LocalDate from, LocalDate to) {
        return jdbc.query(MOVES + """
                select mineral,
                       coalesce(sum(case when kind in %s then kg else -kg end) filter (where day < :from), 0)
                           as opening,
                       coalesce(sum(kg) filter (where day >= :from and kind = 'PRODUCTION'), 0) as production,
                       coalesce(sum(kg) filter (where day >= :from and kind = 'PURCHASE'), 0) as purchases,
                       coalesce(sum(kg) filter (where day >= :from and kind = 'IMPORT'), 0) as imports,
                       coalesce(sum(kg) filter (where day >= :from and kind = 'SALE'), 0) as sales,
                       coalesce(sum(kg) filter (where day >= :from and kind = 'RETURN'), 0) as returned,
                       coalesce(sum(kg) filter (where day >= :from and kind = 'PROCESSING_IN'), 0) as processing_in,
                       coalesce(sum(kg) filter (where day >= :from and kind = 'PROCESSING_OUT'), 0) as processing_out,
                       coalesce(sum(kg) filter (where day >= :from and kind = 'EXPORT'), 0) as exports
                from moves where day <= :to
                group by mineral order by mineral""".formatted(INCOMING), params(organisationId, from, to),
                (rs, row) -> new Logbook.Balance(Mineral.valueOf(rs.getString("mineral")),
                        rs.getBigDecimal("opening"), rs.getBigDecimal("production"), rs.getBigDecimal("purchases"),
                        rs.getBigDecimal("imports"),
                        rs.getBigDecimal("sales"), rs.getBigDecimal("returned"), rs.getBigDecimal("processing_in"),
                        rs.getBigDecimal("processing_out"), rs.getBigDecimal("exports")));
    }

    @Override
    public List<Logbook.Entry> entries(Long organisationId, LocalDate from, LocalDate to, int limit) {
        return jdbc.query(MOVES + """
                select day, kind, lot_number, counterpart, mineral, kg from moves
                where day between :from and :to
                order by day, lot_id, seq, kind limit :limit""",
                params(organisationId, from, to).addValue("limit", limit),
                (rs, row) -> new Logbook.Entry(rs.getObject("day", LocalDate.class),
                        LogbookEntryKind.valueOf(rs.getString("kind")), rs.getString("lot_number"),
                        rs.getString("counterpart"), Mineral.valueOf(rs.getString("mineral")),
                        rs.getBigDecimal("kg")));
    }

    @Override
    public List<Logbooks.ImportedLot> importedLots(Long organisationId, LocalDate from, LocalDate to) {
        return jdbc.query("""
                select l.id, l.mineral from lot l join lot_import im on im.lot_id = l.id
                where l.custodian_id = :org and l.originating_operation = 'IMPORT'
                  and im.crossed_on between :from and :to
                order by l.id""", params(organisationId, from, to),
                (rs, row) -> new Logbooks.ImportedLot(rs.getLong("id"), Mineral.valueOf(rs.getString("mineral"))));
    }

    private static MapSqlParameterSource params(Long organisationId, LocalDate from, LocalDate to) {
        return new MapSqlParameterSource("org", organisationId).addValue("from", from).addValue("to", to);
    }
}
