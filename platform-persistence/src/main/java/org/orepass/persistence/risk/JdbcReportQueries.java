package org.orepass.persistence.risk;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.orepass.risk.internal.ReportQueries;
import org.orepass.risk.SupplyChainPolicy;
import org.orepass.site.Mineral;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * Receipts of the year by SQL (the buyer's index on custody_transfer), imports by the importer; the policy through
 * JPA (audited).
 */
@Repository
class JdbcReportQueries implements ReportQueries {

    private final JdbcTemplate jdbc;
    private final SupplyChainPolicyRows policies;

    JdbcReportQueries(JdbcTemplate jdbc, SupplyChainPolicyRows policies) {
        this.jdbc = jdbc;
        this.policies = policies;
    }

    @Override
    public List<ReceivedLot> lotsReceived(long organisationId, int year) {
        return jdbc.query("""
                select l.id, l.mineral, l.mass_kg from custody_transfer t join lot l on l.id = t.received_lot_id
                where t.buyer_id = ? and t.status = 'RECEIVED'
                  and t.received_on >= make_date(?, 1, 1) and t.received_on < make_date(? + 1, 1, 1)
                order by l.id
                """, (rs, i) -> new ReceivedLot(rs.getLong("id"), Mineral.valueOf(rs.getString("mineral")),
                        rs.getBigDecimal("mass_kg")),
                organisationId, year, year);
    }

    @Override
    public List<ReceivedLot> lotsImported(long organisationId, int year) {
        return jdbc.query("""
                select l.id, l.mineral, l.mass_kg from lot_import i join lot l on l.id = i.lot_id
                where i.importer_id = ?
                  and i.crossed_on >= make_date(?, 1, 1) and i.crossed_on < make_date(? + 1, 1, 1)
                order by l.id
                """, (rs, i) -> new ReceivedLot(rs.getLong("id"), Mineral.valueOf(rs.getString("mineral")),
                        rs.getBigDecimal("mass_kg")),
                organisationId, year, year);
    }

    @Override
    public String organisationCountry(long organisationId) {
        return jdbc.query("select country from organisation where id = ?", rs -> rs.next() ? rs.getString(1) : null,
                organisationId);
    }

    @Override
    public Map<String, BigDecimal> importThresholds() {
        var thresholds = new LinkedHashMap<String, BigDecimal>();
        jdbc.query("select cn_code, threshold_kg from eu_import_threshold order by cn_code",
                (RowCallbackHandler) rs -> thresholds.put(rs.getString("cn_code"),
                        rs.getBigDecimal("threshold_kg")));
        return thresholds;
    }

    @Override
    public Optional<SupplyChainPolicy> policy(long organisationId) {
        return policies.findById(organisationId);
    }

    @Override
    public SupplyChainPolicy savePolicy(SupplyChainPolicy policy) {
        return policies.save(policy);
    }
}
