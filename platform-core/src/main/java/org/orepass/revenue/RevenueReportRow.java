package org.orepass.revenue;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One period and place of a revenue report, in one currency (amounts in different currencies are never added):
 * how many taxes fell due, their amount, and how much of it has been paid so far.
 */
public record RevenueReportRow(LocalDate periodStart, String period, String country, String division,
        String district, String currency, long taxes, BigDecimal due, BigDecimal paid) {

    public BigDecimal outstanding() {
        return due.subtract(paid);
    }
}
