package org.orepass.revenue;

import org.orepass.revenue.internal.NeverAssessedLot;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A revenue report's rows and its totals per currency, and the production lots of the same selection that were
 * never assessed (the first {@link #NEVER_ASSESSED_LIMIT}, and how many there are).
 */
public record RevenueReport(List<RevenueReportRow> rows, List<NeverAssessedLot> neverAssessed,
        long neverAssessedCount) {

    public static final int NEVER_ASSESSED_LIMIT = 200;

    public RevenueReport {
        rows = List.copyOf(rows);
        neverAssessed = List.copyOf(neverAssessed);
    }

    public RevenueReport(List<RevenueReportRow> rows) {
        this(rows, List.of(), 0);
    }

    /** Totals per currency, in currency order. */
    public record Total(String currency, long taxes, BigDecimal due, BigDecimal paid) {

        public BigDecimal outstanding() {
            return due.subtract(paid);
        }
    }

    public List<Total> totals() {
        Map<String, Total> byCurrency = new TreeMap<>();
        for (RevenueReportRow row : rows) {
            byCurrency.merge(row.currency(), new Total(row.currency(), row.taxes(), row.due(), row.paid()),
                    (a, b) -> new Total(a.currency(), a.taxes() + b.taxes(), a.due().add(b.due()),
                            a.paid().add(b.paid())));
        }
        return List.copyOf(byCurrency.values());
    }
}
