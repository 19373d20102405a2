package org.orepass.persistence.risk;

import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.orepass.risk.internal.FlagContext;
import org.orepass.risk.internal.RedFlag;
import org.orepass.risk.internal.RedFlagKind;
import org.orepass.risk.internal.TaxSignals;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taxes due but not fully paid (revenue's {@code tax_due}, status DUE or PARTLY_PAID) past their due date, on the
 * lots in the chain of what is assessed: every lot upstream of the lots traced (production lots carry royalties
 * and fees), the exports made of them, and for a site its own production lots. A tax is due on the day of its
 * event, so one assessed today is not yet late; from tomorrow on it is.
 */
@Repository
@Transactional(readOnly = true)
class JdbcTaxSignals implements TaxSignals {

    /** Enough to show the pattern; a supplier with more unpaid taxes than this is flagged all the same. */
    private static final int LIMIT = 50;

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    JdbcTaxSignals(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<RedFlag> flags(FlagContext context) {
        if (context.lotIds().isEmpty() && context.siteId() == null) {
            return List.of();
        }
        var params = new MapSqlParameterSource("ids", context.lotIds().toArray(Long[]::new))
                .addValue("site", context.siteId(), Types.BIGINT)
                .addValue("today", LocalDate.now(clock))
                .addValue("limit", LIMIT)
                .addValue("assessing", context.assessingOrgId());
        return jdbc.query("""
                with recursive chain(id) as (
                    select unnest(cast(:ids as bigint[]))
                  union
                    select li.input_lot_id from lot_input li join chain on li.lot_id = chain.id
                ), lots(id) as (
                    select id from chain
                    union
                    select id from lot where site_id = cast(:site as bigint) and originating_operation = 'PRODUCTION'
                )
                select d.id, d.reference, d.tax_type, d.amount - d.paid_amount as outstanding, d.currency, d.due_on,
                       d.payer_id = :assessing as payer
                from tax_due d
                where d.status in ('DUE', 'PARTLY_PAID') and d.due_on < :today
                  and ((d.source_kind = 'PRODUCTION_LOT' and d.source_id in (select id from lots))
                    or (d.source_kind = 'EXPORT' and d.source_id in
                        (select s.id from export_shipment s join lots on s.export_lot_id = lots.id)))
                order by d.due_on, d.id
                limit :limit
                """, params, (rs, row) -> rs.getBoolean("payer")
                        ? RedFlag.of(RedFlagKind.UNPAID_TAXES, rs.getString("reference"),
                                rs.getString("tax_type") + " " + rs.getBigDecimal("outstanding").toPlainString() + " "
                                        + rs.getString("currency") + " (" + rs.getDate("due_on").toLocalDate() + ")",
                                "/revenue/taxes/" + rs.getLong("id"))
                        // Another organisation's taxes are its own (RevenueAccess): the kind of tax and the day
                        // it fell due, no amount, reference or link.
                        : RedFlag.of(RedFlagKind.UNPAID_TAXES, rs.getString("reference"),
                                rs.getString("tax_type") + " (" + rs.getDate("due_on").toLocalDate() + ")", null));
    }
}
