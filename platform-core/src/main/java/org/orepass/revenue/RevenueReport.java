package org.orepass.revenue;

import org.orepass.revenue.internal.NeverAssessedLot;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.orepass.site.Mineral;

/**
 * A revenue report's rows and its totals per currency, the production lots of the same selection that were never
 * assessed (the first {@link #NEVER_ASSESSED_LIMIT}, and how many there are), and the material of the selection:
 * what was produced at its sites and, apart, what was imported into it by country of origin (issue 14).
 */
public record RevenueReport(List<RevenueReportRow> rows, List<NeverAssessedLot> neverAssessed,
        long neverAssessedCount, List<Produced> produced, List<Imported> imported) {

    public static final int NEVER_ASSESSED_LIMIT = 200;

    public RevenueReport {
        rows = List.copyOf(rows);
        neverAssessed = List.copyOf(neverAssessed);
        produced = List.copyOf(produced);
        imported = List.copyOf(imported);
    }

    public RevenueReport(List<RevenueReportRow> rows) {
        this(rows, List.of(), 0, List.of(), List.of());
    }

    /** Kilograms of a mineral produced in the period at sites of a country (the taxable production). */
    public record Produced(String country, Mineral mineral, BigDecimal massKg) {
    }

    /**
     * Kilograms of a mineral imported in the period into a country, from one country of origin: import lots
     * traced to their origins, so material that crossed a border is never counted as the importer's production.
     */
    public record Imported(String country, Mineral mineral, String originCountry, BigDecimal massKg) {
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
