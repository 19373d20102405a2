package org.orepass.web.export;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Ugandan wolframite schedules the export tax tests share: an export tax of 3 % of the declared value and a
 * royalty of 5 % of 20 USD per kg, in force today. Wolframite is these tests' own (no other test exports it), so
 * the schedules, which stay in the shared database, tax no other test's shipments. Schedules may not overlap, so
 * an existing one is reused.
 */
public class ExportTaxSchedules {

    public static final String MINERAL = "WOLFRAMITE";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public ExportTaxSchedules(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The export tax rate in force today (percent). */
    public BigDecimal exportTaxRate() {
        return rate("EXPORT_TAX", new BigDecimal("3"), null);
    }

    /** The royalty rate in force today (percent of the reference value per kg, 20 USD). */
    public BigDecimal royaltyRate() {
        return rate("ROYALTY", new BigDecimal("5"), new BigDecimal("20"));
    }

    private synchronized BigDecimal rate(String type, BigDecimal rate, BigDecimal referenceValue) {
        var today = LocalDate.now(clock);
        var rates = jdbc.queryForList("select rate from tax_schedule where country = 'UG' and mineral = ?"
                + " and tax_type = ? and valid_from <= ? and (valid_to is null or valid_to >= ?)", BigDecimal.class,
                MINERAL, type, today, today);
        if (!rates.isEmpty()) {
            return rates.get(0);
        }
        jdbc.update("insert into tax_schedule (country, mineral, tax_type, rate, currency, reference_value_per_kg,"
                + " tax_authority, valid_from) values ('UG', ?, ?, ?, 'USD', ?, 'Uganda Revenue Authority', ?)",
                MINERAL, type, rate, referenceValue, today.minusYears(1));
        return rate;
    }
}
