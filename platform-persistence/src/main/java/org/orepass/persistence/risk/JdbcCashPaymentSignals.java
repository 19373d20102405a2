package org.orepass.persistence.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.orepass.risk.internal.CashPaymentSignals;
import org.orepass.risk.internal.FlagContext;
import org.orepass.risk.internal.RedFlag;
import org.orepass.risk.internal.RedFlagKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales of gold (or gold ore) in the chain of what is assessed that the seller recorded as paid in cash above the
 * threshold ({@code orepass.risk.cash-threshold-usd}, 10,000 by default: the amount from which cash payments for
 * goods oblige traders to anti-money-laundering checks, EU Directive 2015/849 article 2(1)(3)(e), EUR 10,000, and
 * the US currency transaction report, USD 10,000). Amounts in USD compare directly; another currency compares
 * only when {@code orepass.risk.usd-rates.<CODE>} says how many units make one dollar, otherwise it is left out:
 * a guessed rate would flag or clear a payment wrongly.
 */
@Repository
@Transactional(readOnly = true)
class JdbcCashPaymentSignals implements CashPaymentSignals {

    private final NamedParameterJdbcTemplate jdbc;
    private final Environment environment;
    private final BigDecimal thresholdUsd;

    JdbcCashPaymentSignals(NamedParameterJdbcTemplate jdbc, Environment environment,
            @Value("${orepass.risk.cash-threshold-usd:10000}") BigDecimal thresholdUsd) {
        this.jdbc = jdbc;
        this.environment = environment;
        this.thresholdUsd = thresholdUsd;
    }

    private record CashSale(long transferId, String lotNumber, BigDecimal amount, String currency, boolean party) {
    }

    @Override
    public List<RedFlag> flags(FlagContext context) {
        if (context.lotIds().isEmpty() && context.siteId() == null) {
            return List.of();
        }
        var params = new MapSqlParameterSource("ids", context.lotIds().toArray(Long[]::new))
                .addValue("site", context.siteId(), Types.BIGINT)
                .addValue("assessing", context.assessingOrgId());
        var sales = jdbc.query("""
                with recursive chain(id) as (
                    select unnest(cast(:ids as bigint[]))
                  union
                    select li.input_lot_id from lot_input li join chain on li.lot_id = chain.id
                ), lots(id) as (
                    select id from chain
                    union
                    select id from lot where site_id = cast(:site as bigint)
                )
                select t.id, l.lot_number, t.payment_amount, t.payment_currency,
                       :assessing in (t.seller_id, t.buyer_id) as party
                from custody_transfer t
                join lots on lots.id = t.lot_id
                join lot l on l.id = t.lot_id
                where t.payment_method = 'CASH' and t.payment_amount is not null and t.status <> 'REJECTED'
                  and l.mineral in ('GOLD', 'GOLD_ORE')
                order by t.id
                """, params, (rs, row) -> new CashSale(rs.getLong("id"), rs.getString("lot_number"),
                rs.getBigDecimal("payment_amount"), rs.getString("payment_currency"), rs.getBoolean("party")));
        var flags = new ArrayList<RedFlag>();
        for (var sale : sales) {
            var usd = inUsd(sale.amount(), sale.currency());
            if (usd != null && usd.compareTo(thresholdUsd) >= 0) {
                // A sale between two other organisations stays theirs (CustodyAccess): the flag names the lot,
                // not the price or the transfer.
                flags.add(sale.party()
                        ? RedFlag.of(RedFlagKind.CASH_PAYMENT_GOLD, sale.lotNumber(),
                                sale.amount().toPlainString() + " " + sale.currency(), "/transfers/" + sale.transferId())
                        : RedFlag.of(RedFlagKind.CASH_PAYMENT_GOLD, sale.lotNumber(), "", null));
            }
        }
        return flags;
    }

    /** The amount in US dollars, or null when no rate is configured for its currency. */
    private BigDecimal inUsd(BigDecimal amount, String currency) {
        if ("USD".equals(currency)) {
            return amount;
        }
        var rate = environment.getProperty("orepass.risk.usd-rates." + currency.toUpperCase(Locale.ROOT),
                BigDecimal.class);
        return rate == null || rate.signum() <= 0 ? null : amount.divide(rate, 2, RoundingMode.HALF_UP);
    }
}
