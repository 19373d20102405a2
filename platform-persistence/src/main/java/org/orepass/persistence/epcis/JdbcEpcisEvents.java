package org.orepass.persistence.epcis;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import org.orepass.epcis.EpcisEvent;
import org.orepass.epcis.EpcisEvents;
import org.orepass.epcis.EventFilter;
import org.orepass.epcis.EventKind;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * EPCIS events read straight from the custody and export tables (nothing is copied): every custody operation is one
 * event ({@code O}), every submitted export shipment the transformation of its lots into the export lot ({@code X}),
 * every certified one its departure ({@code C}). Two queries a page: the events, then their lots.
 */
@Repository
@Transactional(readOnly = true)
class JdbcEpcisEvents implements EpcisEvents {

    /**
     * The events, one row each; the export events' time is the submission's or the certificate's. The three
     * {@code %s} narrow each branch (operations, submissions, departures) so that it can use its own index.
     */
    private static final String EVENTS = """
            select 'O' as src, o.id, o.kind, o.recorded_at as at, o.operation_date as day, o.organisation_id as org,
                   o.counterpart_id as cp, o.loss_kg,
                   case when o.kind = 'SALE' then (select t.id from custody_operation_lot ol
                            join custody_transfer t on t.lot_id = ol.lot_id and t.buyer_id = o.counterpart_id
                            where ol.operation_id = o.id and ol.role = 'INPUT' and t.sent_at = o.recorded_at
                            order by t.id limit 1)
                        when o.kind = 'RECEIPT' then (select t.id from custody_operation_lot ol
                            join custody_transfer t on t.received_lot_id = ol.lot_id
                            where ol.operation_id = o.id and ol.role = 'OUTPUT' limit 1)
                        when o.kind = 'REJECTION' then (select t.id from custody_operation_lot ol
                            join custody_transfer t on t.lot_id = ol.lot_id and t.buyer_id = o.organisation_id
                            where ol.operation_id = o.id and ol.role = 'SUBJECT' and t.status = 'REJECTED'
                            order by t.id desc limit 1)
                   end as transfer_id,
                   null as certificate, null as destination
            from custody_operation o where %s
            union all
            select 'X', e.id, 'EXPORT', e.submitted_at, (e.submitted_at at time zone 'UTC')::date, e.exporter_id,
                   null, null, null, c.issuing_country || ':' || c.serial_number, e.destination_country
            from export_shipment e left join export_certificate c on c.shipment_id = e.id
            where e.export_lot_id is not null and %s
            union all
            select 'C', e.id, 'EXPORT_SHIPPING', c.issued_at, coalesce(e.shipment_date, c.issued_on), e.exporter_id,
                   null, null, null, c.issuing_country || ':' || c.serial_number, e.destination_country
            from export_shipment e join export_certificate c on c.shipment_id = e.id
            where e.status = 'CERTIFIED' and %s
            """;

    /** Which lots each event touched, and how: the operation's rows, an export lot and its inputs. */
    private static final String EVENT_LOTS = """
            select 'O' as src, ol.operation_id as id, ol.role, ol.mass_kg, ol.lot_id from custody_operation_lot ol
            union all
            select 'X', e.id, 'INPUT', li.mass_kg, li.input_lot_id
            from export_shipment e join lot_input li on li.lot_id = e.export_lot_id
            union all
            select 'X', e.id, 'OUTPUT', l.mass_kg, l.id from export_shipment e join lot l on l.id = e.export_lot_id
            union all
            select 'C', e.id, 'SUBJECT', l.mass_kg, l.id
            from export_shipment e join lot l on l.id = e.export_lot_id where e.status = 'CERTIFIED'
            """;

    private static final String SELECT = select("true", "true", "true");

    /**
     * The events that touched given lots, as keys: found through the lots' indexes, so a trace reads only its own
     * events however large the tables.
     */
    private static final String KEYS_OF_LOTS = """
            select 'O' as src, ol.operation_id as id from custody_operation_lot ol
            where ol.lot_id = any(cast(:ids as bigint[]))
            union
            select 'X', e.id from export_shipment e where e.export_lot_id = any(cast(:ids as bigint[]))
            union
            select 'X', e.id from lot_input li join export_shipment e on e.export_lot_id = li.lot_id
            where li.input_lot_id = any(cast(:ids as bigint[]))
            union
            select 'C', e.id from export_shipment e
            where e.status = 'CERTIFIED' and e.export_lot_id = any(cast(:ids as bigint[]))
            """;

    private static String select(String operations, String submissions, String departures) {
        return """
                select ev.*, og.name as org_name, cp.name as cp_name
                from (%s) ev join organisation og on og.id = ev.org left join organisation cp on cp.id = ev.cp
                """.formatted(EVENTS.formatted(operations, submissions, departures));
    }

    private final NamedParameterJdbcTemplate jdbc;

    JdbcEpcisEvents(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<EpcisEvent> find(EventFilter filter) {
        var where = new ArrayList<String>();
        var params = new MapSqlParameterSource();
        if (filter.from() != null) {
            where.add("ev.at >= :from");
            params.addValue("from", OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            where.add("ev.at < :to");
            params.addValue("to", OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
        }
        if (filter.kinds() != null && filter.kinds().isEmpty()
                || filter.lotNumbers() != null && filter.lotNumbers().isEmpty()
                || filter.siteIds() != null && filter.siteIds().isEmpty()) {
            // Asked for a step, a lot or a place no event has.
            return List.of();
        }
        if (filter.kinds() != null) {
            where.add("ev.kind in (:kinds)");
            params.addValue("kinds", filter.kinds().stream().map(Enum::name).toList());
        }
        if (filter.lotNumbers() != null) {
            var matches = new ArrayList<String>();
            for (int i = 0; i < filter.lotNumbers().size(); i++) {
                var number = filter.lotNumbers().get(i);
                if (number.endsWith("*")) {
                    matches.add("l.lot_number like :lot" + i);
                    params.addValue("lot" + i, like(number.substring(0, number.length() - 1)) + "%");
                } else {
                    matches.add("l.lot_number = :lot" + i);
                    params.addValue("lot" + i, number);
                }
            }
            where.add("exists (select 1 from (" + EVENT_LOTS + ") el join lot l on l.id = el.lot_id"
                    + " where el.src = ev.src and el.id = ev.id and (" + String.join(" or ", matches) + "))");
        }
        if (filter.siteIds() != null) {
            // Only a production has a business location: the mine site where the lot was produced.
            where.add("ev.kind = 'PRODUCTION' and exists (select 1 from custody_operation_lot ol join lot l"
                    + " on l.id = ol.lot_id where ol.operation_id = ev.id and l.site_id in (:sites))");
            params.addValue("sites", filter.siteIds());
        }
        if (filter.visibleTo() != null) {
            where.add("(ev.org = :scope or ev.cp = :scope or exists (select 1 from (" + EVENT_LOTS + ") el"
                    + " join lot l on l.id = el.lot_id where el.src = ev.src and el.id = ev.id"
                    + " and l.custodian_id = :scope))");
            params.addValue("scope", filter.visibleTo());
        }
        if (filter.after() != null) {
            where.add("(ev.at, ev.src, ev.id) > (:afterAt, :afterSrc, :afterId)");
            params.addValue("afterAt", OffsetDateTime.ofInstant(filter.after().eventTime(), ZoneOffset.UTC));
            params.addValue("afterSrc", String.valueOf(filter.after().source()));
            params.addValue("afterId", filter.after().id());
        }
        params.addValue("limit", filter.limit());
        var sql = SELECT + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by ev.at, ev.src, ev.id limit :limit";
        return withLots(jdbc.query(sql, params, JdbcEpcisEvents::event));
    }

    @Override
    public List<EpcisEvent> ofLots(Collection<Long> lotIds) {
        if (lotIds.isEmpty()) {
            return List.of();
        }
        var operations = new ArrayList<Long>();
        var submissions = new ArrayList<Long>();
        var departures = new ArrayList<Long>();
        jdbc.query(KEYS_OF_LOTS, new MapSqlParameterSource("ids", lotIds.toArray(Long[]::new)), (ResultSet rs) -> {
            switch (rs.getString("src")) {
                case "O" -> operations.add(rs.getLong("id"));
                case "X" -> submissions.add(rs.getLong("id"));
                default -> departures.add(rs.getLong("id"));
            }
        });
        if (operations.isEmpty() && submissions.isEmpty() && departures.isEmpty()) {
            return List.of();
        }
        var sql = select("o.id = any(cast(:ops as bigint[]))", "e.id = any(cast(:xs as bigint[]))",
                "e.id = any(cast(:cs as bigint[]))") + " order by ev.at, ev.src, ev.id";
        var params = new MapSqlParameterSource("ops", operations.toArray(Long[]::new))
                .addValue("xs", submissions.toArray(Long[]::new)).addValue("cs", departures.toArray(Long[]::new));
        return withLots(jdbc.query(sql, params, JdbcEpcisEvents::event));
    }

    private static String like(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Puts each event's lots in, read in one query for the whole page. */
    private List<EpcisEvent> withLots(List<EpcisEvent> events) {
        if (events.isEmpty()) {
            return events;
        }
        var operations = events.stream().filter(e -> e.source() == 'O').map(EpcisEvent::id).toArray(Long[]::new);
        var exports = events.stream().filter(e -> e.source() != 'O').map(EpcisEvent::id).distinct()
                .toArray(Long[]::new);
        var params = new MapSqlParameterSource("ops", operations).addValue("exports", exports);
        var lots = new HashMap<String, List<EpcisEvent.EventLot>>();
        jdbc.query("""
                select el.src, el.id, el.role, el.mass_kg, l.id as lot_id, l.lot_number, og.country, l.site_id,
                       s.icglr_id, t.number as tag_number
                from (%s) el join lot l on l.id = el.lot_id join organisation og on og.id = l.custodian_id
                left join mine_site s on s.id = l.site_id left join custody_tag t on t.id = l.tag_id
                where (el.src = 'O' and el.id = any(cast(:ops as bigint[])))
                   or (el.src <> 'O' and el.id = any(cast(:exports as bigint[])))
                order by el.src, el.id, el.role, l.lot_number
                """.formatted(EVENT_LOTS), params, (ResultSet rs) -> {
                    lots.computeIfAbsent(rs.getString("src") + rs.getLong("id"), k -> new ArrayList<>())
                            .add(new EpcisEvent.EventLot(rs.getLong("lot_id"), rs.getString("lot_number"),
                                    rs.getString("country"), EpcisEvent.Role.valueOf(rs.getString("role")),
                                    rs.getBigDecimal("mass_kg"), nullableLong(rs, "site_id"),
                                    rs.getString("icglr_id"), rs.getString("tag_number")));
                });
        var complete = new ArrayList<EpcisEvent>(events.size());
        for (var e : events) {
            complete.add(new EpcisEvent(e.source(), e.id(), e.kind(), e.eventTime(), e.businessDate(),
                    e.organisationId(), e.organisation(), e.counterpartId(), e.counterpart(), e.transferId(),
                    e.certificate(), e.destinationCountry(), e.lossKg(),
                    List.copyOf(lots.getOrDefault(String.valueOf(e.source()) + e.id(), List.of()))));
        }
        return complete;
    }

    private static EpcisEvent event(ResultSet rs, int row) throws SQLException {
        Timestamp at = rs.getTimestamp("at");
        var day = rs.getDate("day");
        return new EpcisEvent(rs.getString("src").charAt(0), rs.getLong("id"), EventKind.valueOf(rs.getString("kind")),
                at.toInstant(), day == null ? null : day.toLocalDate(), rs.getLong("org"), rs.getString("org_name"),
                nullableLong(rs, "cp"), rs.getString("cp_name"), nullableLong(rs, "transfer_id"),
                rs.getString("certificate"), rs.getString("destination"), rs.getBigDecimal("loss_kg"), List.of());
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
