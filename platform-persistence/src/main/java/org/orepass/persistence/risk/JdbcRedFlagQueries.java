package org.orepass.persistence.risk;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.orepass.custody.AnomalyKind;
import org.orepass.risk.internal.RedFlagQueries;
import org.orepass.risk.RiskAssessing;
import org.orepass.site.SiteStatus;
import org.orepass.site.StatusChangeReason;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The plain reads red flags need; ids are passed as arrays so one query serves any number of sites. */
@Repository
@Transactional(readOnly = true)
class JdbcRedFlagQueries implements RedFlagQueries {

    private final JdbcTemplate jdbc;

    JdbcRedFlagQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SitePlace> sites(Collection<Long> siteIds) {
        if (siteIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select s.id, s.name, s.country, s.division, s.status, s.status_since, s.correction_deadline,
                       s.status_reason, coalesce(i.armed_groups, false) as armed_groups,
                       coalesce(i.illegal_security_forces, false) as security_forces
                from mine_site s
                left join lateral (
                    -- The criteria the inspection breaches: those ticked and those its facts imply
                    -- (site.InspectionFacts: an armed presence or roadblock not marked lawful state security, or
                    -- taxation by an armed group, is the armed-group criterion whatever the box says).
                    select armed_groups or armed_group_taxation
                               or ((armed_presence or roadblocks) and not lawful_state_security) as armed_groups,
                           illegal_security_forces
                    from inspection
                    where site_id = s.id order by inspected_on desc, id desc limit 1) i on true
                where s.id = any (?) order by s.name, s.id
                """, (rs, i) -> new SitePlace(rs.getLong("id"), rs.getString("name"), rs.getString("country"),
                rs.getString("division"), SiteStatus.valueOf(rs.getString("status")),
                rs.getDate("status_since").toLocalDate(),
                rs.getDate("correction_deadline") == null ? null : rs.getDate("correction_deadline").toLocalDate(),
                StatusChangeReason.valueOf(rs.getString("status_reason")), rs.getBoolean("armed_groups"),
                rs.getBoolean("security_forces")),
                (Object) siteIds.toArray(Long[]::new));
    }

    @Override
    public List<Transit> transits(Collection<Long> lotIds) {
        return jdbc.query("""
                with recursive chain(id) as (
                    select unnest(cast(? as bigint[]))
                  union
                    select li.input_lot_id from lot_input li join chain on li.lot_id = chain.id
                )
                select l.id, l.lot_number, o.via_division, o.operation_date
                from chain
                join custody_operation_lot ol on ol.lot_id = chain.id
                join custody_operation o on o.id = ol.operation_id
                join lot l on l.id = chain.id
                where o.kind = 'TRANSPORTATION' and o.via_division is not null
                order by o.operation_date, o.id
                """, (rs, i) -> new Transit(rs.getLong("id"), rs.getString("lot_number"),
                rs.getString("via_division"), rs.getDate("operation_date").toLocalDate()),
                (Object) lotIds.toArray(Long[]::new));
    }

    @Override
    public List<SiteAnomaly> anomalies(Collection<Long> siteIds) {
        if (siteIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select id, kind, site_id, tag_number, recorded_at from custody_anomaly
                where site_id = any (?) order by id desc
                """, (rs, i) -> new SiteAnomaly(rs.getLong("id"), AnomalyKind.valueOf(rs.getString("kind")),
                rs.getLong("site_id"), rs.getString("tag_number"), rs.getTimestamp("recorded_at").toInstant()),
                (Object) siteIds.toArray(Long[]::new));
    }

    @Override
    public List<Long> lotsReceivedFrom(long buyerOrgId, long supplierOrgId, int limit) {
        return jdbc.queryForList("""
                select received_lot_id from custody_transfer
                where buyer_id = ? and seller_id = ? and status = 'RECEIVED'
                order by id desc limit ?
                """, Long.class, buyerOrgId, supplierOrgId, limit);
    }

    @Override
    public List<Long> lotsHeldSince(long organisationId, Instant since) {
        return jdbc.queryForList("select id from lot where custodian_id = ? and registered_at >= ?", Long.class,
                organisationId, Timestamp.from(since));
    }

    @Override
    public String organisationName(long organisationId) {
        return jdbc.query("select name from organisation where id = ?", rs -> rs.next() ? rs.getString(1) : null,
                organisationId);
    }

    @Override
    public String lotNumber(long lotId) {
        return jdbc.query("select lot_number from lot where id = ?", rs -> rs.next() ? rs.getString(1) : null,
                lotId);
    }

    @Override
    public List<RiskAssessing.Option> sitesSourcedBy(long organisationId) {
        // Forward from each site's production lots would be a walk per site; backward from the organisation's
        // lots is one walk.
        return jdbc.query("""
                with recursive up(id) as (
                    select id from lot where custodian_id = ?
                  union
                    select li.input_lot_id from lot_input li join up on li.lot_id = up.id
                )
                select s.id, s.name, s.icglr_id from mine_site s
                where s.id in (select l.site_id from up join lot l on l.id = up.id where l.site_id is not null)
                   or s.owner_id = ?
                   or s.id in (select site_id from mine_site_operator where organisation_id = ?)
                order by s.name, s.id limit 500
                """, (rs, i) -> new RiskAssessing.Option(rs.getLong("id"),
                rs.getString("name") + " (" + rs.getString("icglr_id") + ")"),
                organisationId, organisationId, organisationId);
    }
}
