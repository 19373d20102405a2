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
}
