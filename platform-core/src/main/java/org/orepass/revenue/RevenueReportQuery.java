package org.orepass.revenue;

import java.time.LocalDate;
import org.orepass.site.Mineral;

/**
 * What a revenue report covers: taxes that fell due from {@code from} to {@code to} (both included), grouped by
 * period and place; the other filters are optional (null means any).
 */
public record RevenueReportQuery(LocalDate from, LocalDate to, ReportPeriod period, ReportLevel level,
        String country, String division, String district, Mineral mineral, TaxType taxType) {
}
