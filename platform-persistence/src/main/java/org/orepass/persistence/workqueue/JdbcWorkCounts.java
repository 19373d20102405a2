package org.orepass.persistence.workqueue;

import java.util.Set;
import org.orepass.workqueue.WorkCounts;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The home pages' counts, each one query over an index: custody_transfer_buyer_idx (buyer, status),
 * export_shipment_status_idx, risk_assessment_org_idx, site_change_proposal_pending_idx (a partial index of the
 * pending ones).
 */
@Repository
@Transactional(readOnly = true)
class JdbcWorkCounts implements WorkCounts {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcWorkCounts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long deliveriesToReceive(long buyerOrgId) {
        return count("select count(*) from custody_transfer where buyer_id = :org and status = 'SENT'",
                new MapSqlParameterSource("org", buyerOrgId));
    }

    @Override
    public long shipmentsToReview(String country) {
        return count("""
                select count(*) from export_shipment s join organisation o on o.id = s.exporter_id
                where s.status = 'SUBMITTED' and o.country = :country""",
                new MapSqlParameterSource("country", country));
    }

    @Override
    public long assessmentsToSignOff(long assessingOrgId, String username) {
        // RiskAssessment.signOff and signOffLowering: never the person who decided, lowered or started it.
        return count("""
                select count(*) from risk_assessment
                where assessing_org_id = :org and created_by <> :me
                  and ((decision_status = 'PENDING_SIGN_OFF' and decided_by <> :me)
                    or (lowered_by is not null and lowering_signed_off_by is null and lowered_by <> :me))""",
                new MapSqlParameterSource("org", assessingOrgId).addValue("me", username));
    }

    @Override
    public long proposalsToDecide(String country, Set<String> divisions) {
        return count("""
                select count(*) from site_change_proposal p join mine_site s on s.id = p.site_id
                where p.status = 'PENDING'
                  and (cast(:country as varchar) is null
                    or (s.country = :country and (:anyDivision or s.division in (:divisions))))""",
                new MapSqlParameterSource("country", country).addValue("anyDivision", divisions.isEmpty())
                        .addValue("divisions", divisions.isEmpty() ? Set.of("-") : divisions));
    }

    private long count(String sql, MapSqlParameterSource parameters) {
        var count = jdbc.queryForObject(sql, parameters, Long.class);
        return count == null ? 0 : count;
    }
}
