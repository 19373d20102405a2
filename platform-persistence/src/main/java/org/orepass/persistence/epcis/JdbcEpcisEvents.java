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
 * every certified one its departure ({@code C}), every import its receipt over the border ({@code I}), every tag its
 * issuing ({@code T}). Two queries a page: the events, then their lots (and a third for a page's tags).
 */
@Repository
@Transactional(readOnly = true)
class JdbcEpcisEvents implements EpcisEvents {

    /**
     * The events, one row each; the export events' time is the submission's or the certificate's. The five
     * {@code %s} narrow each branch (operations, submissions, departures, imports, tags) so that it can use its own
     * index.
     */
    private static final String EVENTS = """
            select 'O' as src, o.id, o.kind, o.recorded_at as at, o.operation_date as day, o.organisation_id as org,
                   o.counterpart_id as cp, o.loss_kg,
                   null as certificate, null as destination
            from custody_operation o where %s
            union all
            select 'X', e.id, 'EXPORT', e.submitted_at, (e.submitted_at at time zone 'UTC')::date, e.exporter_id,
                   null, null, c.issuing_country || ':' || c.serial_number, e.destination_country
            from export_shipment e left join export_certificate c on c.shipment_id = e.id
            where e.export_lot_id is not null and %s
            union all
            select 'C', e.id, 'EXPORT_SHIPPING', c.issued_at, coalesce(e.shipment_date, c.issued_on), e.exporter_id,
                   null, null, c.issuing_country || ':' || c.serial_number, e.destination_country
            from export_shipment e join export_certificate c on c.shipment_id = e.id
            where e.status = 'CERTIFIED' and %s
            union all
            select 'I', i.id, 'IMPORT', i.recorded_at, i.crossed_on, i.importer_id, null, null,
                   i.document_country || ':' || i.document_number, i.origin_country
            from lot_import i where %s
            union all
            select 'T', t.id, 'TAG_ISSUING', t.issued_at, (t.issued_at at time zone 'UTC')::date,
                   coalesce(t.issuer_id, (select s.owner_id from mine_site s where s.id = t.site_id)), null, null,
                   null, null
            from custody_tag t where %s
            """;

    /**
     * The sale's transfer behind a sale, receipt or rejection (the invoice both sides share). In the outer select
     * list, so PostgreSQL computes it for a page's rows only, after the sort and limit, not for every candidate.
     */
    private static final String TRANSFER = """
            case when ev.src = 'O' and ev.kind = 'SALE' then (select t.id from custody_operation_lot ol
                     join custody_transfer t on t.lot_id = ol.lot_id and t.buyer_id = ev.cp
                     where ol.operation_id = ev.id and ol.role = 'INPUT' and t.sent_at = ev.at
                     order by t.id limit 1)
                 when ev.src = 'O' and ev.kind = 'RECEIPT' then (select t.id from custody_operation_lot ol
                     join custody_transfer t on t.received_lot_id = ol.lot_id
                     where ol.operation_id = ev.id and ol.role = 'OUTPUT' limit 1)
                 when ev.src = 'O' and ev.kind = 'REJECTION' then (select t.id from custody_operation_lot ol
                     join custody_transfer t on t.lot_id = ol.lot_id and t.buyer_id = ev.org
                     where ol.operation_id = ev.id and ol.role = 'SUBJECT' and t.status = 'REJECTED'
                     order by t.id desc limit 1)
            end""";

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
            union all
            select 'I', i.id, 'OUTPUT', i.received_kg, i.lot_id from lot_import i
            union all
            select 'I', i.id, 'INPUT', li.mass_kg, li.input_lot_id from lot_import i join lot_input li on li.lot_id = i.lot_id
            """;

    private static final String SELECT = select("true", "true", "true", "true", "true");

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
            union
            select 'I', i.id from lot_import i where i.lot_id = any(cast(:ids as bigint[]))
            union
            select 'T', l.tag_id from lot l where l.id = any(cast(:ids as bigint[])) and l.tag_id is not null
            """;

    /**
     * The events an organisation sees (docs/epcis.md, "Who sees which events"): those it recorded or was the other
     * party of, and those of the lots it holds (an export's lots are its export lot and that lot's inputs).
     */
    private static final String VISIBLE_OPERATIONS = """
            o.id in (select v.id from custody_operation v where v.organisation_id = :scope
                     union all
                     select v.id from custody_operation v where v.counterpart_id = :scope
                     union all
                     select ol.operation_id from lot l join custody_operation_lot ol on ol.lot_id = l.id
                     where l.custodian_id = :scope)""";

    private static final String VISIBLE_SUBMISSIONS = """
            e.id in (select v.id from export_shipment v where v.exporter_id = :scope
                     union all
                     select v.id from lot l join export_shipment v on v.export_lot_id = l.id where l.custodian_id = :scope
                     union all
                     select v.id from lot l join lot_input li on li.input_lot_id = l.id
                     join export_shipment v on v.export_lot_id = li.lot_id where l.custodian_id = :scope)""";

    private static final String VISIBLE_DEPARTURES = """
            e.id in (select v.id from export_shipment v where v.exporter_id = :scope
                     union all
                     select v.id from lot l join export_shipment v on v.export_lot_id = l.id
                     where l.custodian_id = :scope)""";

    private static final String VISIBLE_IMPORTS = """
            i.id in (select v.id from lot_import v where v.importer_id = :scope
                     union all
                     select v.id from lot l join lot_import v on v.lot_id = l.id where l.custodian_id = :scope
                     union all
                     select v.id from lot l join lot_input li on li.input_lot_id = l.id
                     join lot_import v on v.lot_id = li.lot_id where l.custodian_id = :scope)""";

    /** A tag's issuing is the issuer's event, or the site owner's when no issuing organisation was recorded. */
    private static final String VISIBLE_TAGS = """
            t.id in (select v.id from custody_tag v where v.issuer_id = :scope
                     union all
                     select v.id from mine_site s join custody_tag v on v.site_id = s.id
                     where s.owner_id = :scope and v.issuer_id is null)""";

    private static String select(String operations, String submissions, String departures, String imports,
            String tags) {
        return """
                select ev.*, %s as transfer_id, og.name as org_name, cp.name as cp_name
                from (%s) ev join organisation og on og.id = ev.org left join organisation cp on cp.id = ev.cp
                """.formatted(TRANSFER, EVENTS.formatted(operations, submissions, departures, imports, tags));
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
            // Only a production and a tag's issuing have a business location: the mine site.
            where.add("(ev.kind = 'PRODUCTION' and exists (select 1 from custody_operation_lot ol join lot l"
                    + " on l.id = ol.lot_id where ol.operation_id = ev.id and l.site_id in (:sites))"
                    + " or ev.kind = 'TAG_ISSUING' and exists (select 1 from custody_tag t where t.id = ev.id"
                    + " and t.site_id in (:sites)))");
            params.addValue("sites", filter.siteIds());
        }
        var select = SELECT;
        if (filter.visibleTo() != null) {
            // Each branch reads only the organisation's own events, found through its indexes (as actor, as other
            // party, through the lots it holds), not every event filtered one by one.
            select = select(VISIBLE_OPERATIONS, VISIBLE_SUBMISSIONS, VISIBLE_DEPARTURES, VISIBLE_IMPORTS, VISIBLE_TAGS);
            params.addValue("scope", filter.visibleTo());
        }
        if (filter.after() != null) {
            where.add("(ev.at, ev.src, ev.id) > (:afterAt, :afterSrc, :afterId)");
            params.addValue("afterAt", OffsetDateTime.ofInstant(filter.after().eventTime(), ZoneOffset.UTC));
            params.addValue("afterSrc", String.valueOf(filter.after().source()));
            params.addValue("afterId", filter.after().id());
        }
        params.addValue("limit", filter.limit());
        var sql = select + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
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
        var imports = new ArrayList<Long>();
        var tags = new ArrayList<Long>();
        jdbc.query(KEYS_OF_LOTS, new MapSqlParameterSource("ids", lotIds.toArray(Long[]::new)), (ResultSet rs) -> {
            switch (rs.getString("src")) {
                case "O" -> operations.add(rs.getLong("id"));
                case "X" -> submissions.add(rs.getLong("id"));
                case "I" -> imports.add(rs.getLong("id"));
                case "T" -> tags.add(rs.getLong("id"));
                default -> departures.add(rs.getLong("id"));
            }
        });
        if (operations.isEmpty() && submissions.isEmpty() && departures.isEmpty() && imports.isEmpty()
                && tags.isEmpty()) {
            return List.of();
        }
        var sql = select("o.id = any(cast(:ops as bigint[]))", "e.id = any(cast(:xs as bigint[]))",
                "e.id = any(cast(:cs as bigint[]))", "i.id = any(cast(:is as bigint[]))",
                "t.id = any(cast(:ts as bigint[]))") + " order by ev.at, ev.src, ev.id";
        var params = new MapSqlParameterSource("ops", operations.toArray(Long[]::new))
                .addValue("xs", submissions.toArray(Long[]::new)).addValue("cs", departures.toArray(Long[]::new))
                .addValue("is", imports.toArray(Long[]::new)).addValue("ts", tags.toArray(Long[]::new));
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
        var exports = events.stream().filter(e -> e.source() == 'X' || e.source() == 'C').map(EpcisEvent::id)
                .distinct().toArray(Long[]::new);
        var imports = events.stream().filter(e -> e.source() == 'I').map(EpcisEvent::id).toArray(Long[]::new);
        var params = new MapSqlParameterSource("ops", operations).addValue("exports", exports)
                .addValue("imports", imports);
        var lots = new HashMap<String, List<EpcisEvent.EventLot>>();
        jdbc.query("""
                select el.src, el.id, el.role, el.mass_kg, l.id as lot_id, l.lot_number, og.country, l.site_id,
                       s.icglr_id, t.number as tag_number
                from (%s) el join lot l on l.id = el.lot_id join organisation og on og.id = l.custodian_id
                left join mine_site s on s.id = l.site_id left join custody_tag t on t.id = l.tag_id
                where (el.src = 'O' and el.id = any(cast(:ops as bigint[])))
                   or (el.src in ('X', 'C') and el.id = any(cast(:exports as bigint[])))
                   or (el.src = 'I' and el.id = any(cast(:imports as bigint[])))
                order by el.src, el.id, el.role, l.lot_number
                """.formatted(EVENT_LOTS), params, (ResultSet rs) -> {
                    lots.computeIfAbsent(rs.getString("src") + rs.getLong("id"), k -> new ArrayList<>())
                            .add(new EpcisEvent.EventLot(rs.getLong("lot_id"), rs.getString("lot_number"),
                                    rs.getString("country"), EpcisEvent.Role.valueOf(rs.getString("role")),
                                    rs.getBigDecimal("mass_kg"), nullableLong(rs, "site_id"),
                                    rs.getString("icglr_id"), rs.getString("tag_number")));
                });
        var tags = new HashMap<Long, EpcisEvent.Tag>();
        var tagIds = events.stream().filter(e -> e.source() == 'T').map(EpcisEvent::id).toArray(Long[]::new);
        if (tagIds.length > 0) {
            jdbc.query("""
                    select t.id, t.country, t.number, t.site_id, s.icglr_id from custody_tag t
                    join mine_site s on s.id = t.site_id where t.id = any(cast(:tags as bigint[]))
                    """, new MapSqlParameterSource("tags", tagIds), (ResultSet rs) -> {
                        tags.put(rs.getLong("id"), new EpcisEvent.Tag(rs.getString("country"), rs.getString("number"),
                                rs.getLong("site_id"), rs.getString("icglr_id")));
                    });
        }
        var complete = new ArrayList<EpcisEvent>(events.size());
        for (var e : events) {
            complete.add(new EpcisEvent(e.source(), e.id(), e.kind(), e.eventTime(), e.businessDate(),
                    e.organisationId(), e.organisation(), e.counterpartId(), e.counterpart(), e.transferId(),
                    e.certificate(), e.destinationCountry(), e.lossKg(),
                    List.copyOf(lots.getOrDefault(String.valueOf(e.source()) + e.id(), List.of())),
                    e.source() == 'T' ? tags.get(e.id()) : null));
        }
        return complete;
    }

    private static EpcisEvent event(ResultSet rs, int row) throws SQLException {
        Timestamp at = rs.getTimestamp("at");
        var day = rs.getDate("day");
        return new EpcisEvent(rs.getString("src").charAt(0), rs.getLong("id"), EventKind.valueOf(rs.getString("kind")),
                at.toInstant(), day == null ? null : day.toLocalDate(), rs.getLong("org"), rs.getString("org_name"),
                nullableLong(rs, "cp"), rs.getString("cp_name"), nullableLong(rs, "transfer_id"),
                rs.getString("certificate"), rs.getString("destination"), rs.getBigDecimal("loss_kg"), List.of(),
                null);
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
