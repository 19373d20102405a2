package org.orepass.persistence.risk;

import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.orepass.risk.AnnexIIRisk;
import org.orepass.risk.internal.FlagContext;
import org.orepass.risk.internal.IncidentSignals;
import org.orepass.risk.internal.RedFlag;
import org.orepass.risk.internal.RedFlagKind;
import org.orepass.risk.RiskLevel;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open verified incidents (verified, in follow-up or persistent; not dismissed, resolved or merely monitored) that
 * concern what is assessed: at its origin sites (or the assessed site); linked to the supplier organisation; linked
 * to a lot of the chain (the lots traced and every lot upstream); or on the route, that is reported at a place with
 * no site, in a division a transport of the chain went through. An Annex II category raises its own risk, by
 * severity: level 1 high, 2 medium, 3 low; other categories (accidents, environment...) are shown as flags without
 * raising an Annex II level.
 */
@Repository
@Transactional(readOnly = true)
class JdbcIncidentSignals implements IncidentSignals {

    /** The top-level incident categories (V17) that are Annex II risks. */
    private static final Map<String, AnnexIIRisk> ANNEX_II = Map.of(
            "SERIOUS_ABUSES", AnnexIIRisk.SERIOUS_ABUSES,
            "ARMED_GROUPS", AnnexIIRisk.NON_STATE_ARMED_GROUPS,
            "SECURITY_FORCES", AnnexIIRisk.SECURITY_FORCES,
            "BRIBERY_FRAUD", AnnexIIRisk.BRIBERY_MISREPRESENTATION,
            "MONEY_LAUNDERING", AnnexIIRisk.MONEY_LAUNDERING,
            "UNPAID_TAXES", AnnexIIRisk.TAXES_FEES_ROYALTIES);

    private final NamedParameterJdbcTemplate jdbc;

    JdbcIncidentSignals(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<RedFlag> flags(FlagContext context) {
        var sites = new ArrayList<Long>(context.originSiteIds());
        if (context.siteId() != null) {
            sites.add(context.siteId());
        }
        if (sites.isEmpty() && context.lotIds().isEmpty() && context.supplierOrgId() == null) {
            return List.of();
        }
        var params = new MapSqlParameterSource("sites", sites.toArray(Long[]::new))
                .addValue("lots", context.lotIds().toArray(Long[]::new))
                .addValue("supplier", context.supplierOrgId(), Types.BIGINT);
        // What the incident concerns, named in the flag: the site, the supplier, the lot, or the division passed.
        return jdbc.query("""
                with recursive chain(id) as (
                    select unnest(cast(:lots as bigint[]))
                  union
                    select li.input_lot_id from lot_input li join chain on li.lot_id = chain.id
                ), route(division) as (
                    select distinct o.via_division from chain
                    join custody_operation_lot ol on ol.lot_id = chain.id
                    join custody_operation o on o.id = ol.operation_id
                    where o.kind = 'TRANSPORTATION' and o.via_division is not null
                ), candidate(id) as (
                    -- Each way an incident concerns the subject, by its own index; then their status once.
                    select id from incident where site_id = any (cast(:sites as bigint[]))
                    union
                    select incident_id from incident_organisation where organisation_id = cast(:supplier as bigint)
                    union
                    select il.incident_id from incident_lot il join chain on chain.id = il.lot_id
                    union
                    select i.id from route r join incident i
                      on i.country = left(r.division, 2) and i.division = r.division and i.site_id is null
                )
                select i.id, i.severity, c.name_en, coalesce(p.code, c.code) as top_code,
                       coalesce(case when i.site_id = any (cast(:sites as bigint[])) then s.name end,
                                (select o.name from incident_organisation io join organisation o
                                   on o.id = io.organisation_id
                                 where io.incident_id = i.id and io.organisation_id = cast(:supplier as bigint)),
                                (select min(l.lot_number) from incident_lot il join chain on chain.id = il.lot_id
                                   join lot l on l.id = il.lot_id where il.incident_id = i.id),
                                i.division) as concerns
                from candidate
                join incident i on i.id = candidate.id
                left join mine_site s on s.id = i.site_id
                join incident_category c on c.id = i.category_id
                left join incident_category p on p.id = c.parent_id
                where i.status in ('VERIFIED', 'FOLLOW_UP', 'PERSISTENT')
                order by i.severity, i.id
                """, params, (rs, row) -> {
            var risk = ANNEX_II.get(rs.getString("top_code"));
            var raises = new EnumMap<AnnexIIRisk, RiskLevel>(AnnexIIRisk.class);
            if (risk != null) {
                int severity = rs.getInt("severity");
                raises.put(risk, severity == 1 ? RiskLevel.HIGH : severity == 2 ? RiskLevel.MEDIUM : RiskLevel.LOW);
            }
            return new RedFlag(RedFlagKind.OPEN_INCIDENT, rs.getString("concerns"),
                    rs.getString("name_en") + " (" + rs.getInt("severity") + ")", "/incidents/" + rs.getLong("id"),
                    Map.copyOf(raises));
        });
    }
}
