package org.orepass.persistence.risk;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.orepass.risk.AnnexIIRisk;
import org.orepass.risk.FlagContext;
import org.orepass.risk.IncidentSignals;
import org.orepass.risk.RedFlag;
import org.orepass.risk.RedFlagKind;
import org.orepass.risk.RiskLevel;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open verified incidents at the origin sites (verified, in follow-up or persistent; not dismissed, resolved or
 * merely monitored). An Annex II category raises its own risk, by severity: level 1 high, 2 medium, 3 low; other
 * categories (accidents, environment...) are shown as flags without raising an Annex II level.
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
        if (sites.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select i.id, i.severity, s.name as site_name, c.name_en, coalesce(p.code, c.code) as top_code
                from incident i
                join mine_site s on s.id = i.site_id
                join incident_category c on c.id = i.category_id
                left join incident_category p on p.id = c.parent_id
                where i.site_id in (:sites) and i.status in ('VERIFIED', 'FOLLOW_UP', 'PERSISTENT')
                order by i.severity, i.id
                """, new MapSqlParameterSource("sites", sites), (rs, row) -> {
            var risk = ANNEX_II.get(rs.getString("top_code"));
            var raises = new EnumMap<AnnexIIRisk, RiskLevel>(AnnexIIRisk.class);
            if (risk != null) {
                int severity = rs.getInt("severity");
                raises.put(risk, severity == 1 ? RiskLevel.HIGH : severity == 2 ? RiskLevel.MEDIUM : RiskLevel.LOW);
            }
            return new RedFlag(RedFlagKind.OPEN_INCIDENT, rs.getString("site_name"),
                    rs.getString("name_en") + " (" + rs.getInt("severity") + ")", "/incidents/" + rs.getLong("id"),
                    Map.copyOf(raises));
        });
    }
}
