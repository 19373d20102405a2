package org.orepass.revenue;

import java.util.List;
import org.orepass.shared.PageQuery;
import org.orepass.shared.ResultPage;

/** The taxes list and the revenue reports, in plain SQL (a port; persistence implements it). */
public interface RevenueListings {

    /** A page of taxes due within the scope, newest due date first. */
    ResultPage<TaxDueRow> taxes(TaxSearch search, RevenueScope scope, PageQuery page);

    /** Due and paid sums by period, place and currency, within the scope, in period and place order. */
    List<RevenueReportRow> report(RevenueReportQuery query, RevenueScope scope);
}
