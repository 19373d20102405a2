package org.orepass.persistence.contract;

import java.util.List;
import org.orepass.contract.internal.ContractSales;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The sales that cite a contract, read from custody's transfers in plain SQL (custody knows no contract). */
@Repository
class JdbcContractSales implements ContractSales {

    private final JdbcTemplate jdbc;

    JdbcContractSales(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CitingSale> citing(long contractId) {
        return jdbc.query("""
                select t.id, t.lot_id, l.lot_number, b.name, t.sent_on, t.mass_sent_kg, t.payment_amount,
                       t.payment_currency
                from custody_transfer t join lot l on l.id = t.lot_id join organisation b on b.id = t.buyer_id
                where t.contract_id = ? order by t.sent_on desc, t.id desc limit 200""",
                (rs, i) -> new CitingSale(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, java.time.LocalDate.class), rs.getBigDecimal(6), rs.getBigDecimal(7),
                        rs.getString(8)),
                contractId);
    }
}
