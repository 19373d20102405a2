package org.orepass.revenue.internal;

import org.orepass.revenue.RevenueReportQuery;
import org.orepass.revenue.RevenueReportRow;
import org.orepass.revenue.TaxSearch;
import java.util.List;
import org.orepass.shared.PageQuery;
import org.orepass.shared.ResultPage;

/** The taxes list and the revenue reports, in plain SQL (a port; persistence implements it). */
public interface RevenueListings {

    /** A page of taxes due within the scope, newest due date first. */
    ResultPage<TaxDueRow> taxes(TaxSearch search, RevenueScope scope, PageQuery page);

    /** Due and paid sums by period, place and currency, within the scope, in period and place order. */
    List<RevenueReportRow> report(RevenueReportQuery query, RevenueScope scope);

    /**
     * Production lots of the report's selection (produced in its period and place, of its mineral) that have no
     * tax due at all, within the scope: at most {@code limit}, oldest first.
     */
    List<NeverAssessedLot> neverAssessed(RevenueReportQuery query, RevenueScope scope, int limit);

    /** How many such lots there are. */
    long neverAssessedCount(RevenueReportQuery query, RevenueScope scope);

    /** Kilograms of one mineral produced at sites of one country, or one import lot (issue 14). */
    record MaterialLot(String country, org.orepass.site.Mineral mineral, long lotId, java.math.BigDecimal massKg) {
    }

    /**
     * Production of the report's selection (lots produced in its period at sites of its place, of its mineral),
     * summed by the sites' country and mineral ({@code lotId} 0), within the scope read on the site.
     */
    List<MaterialLot> produced(RevenueReportQuery query, RevenueScope scope);

    /**
     * Import lots of the report's selection (crossed the border in its period into its place, of its mineral), one
     * each with the importer's country: an import is placed by its importer's country and division (organisations
     * have no district, so a report of one district has none), and scoped the same way.
     */
    List<MaterialLot> imported(RevenueReportQuery query, RevenueScope scope);
}
