package org.orepass.web.revenue;

import java.util.List;
import org.orepass.revenue.RevenueQueries;
import org.orepass.revenue.TaxDue;
import org.orepass.revenue.TaxSource;
import org.orepass.web.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The taxes due on a lot, for the fragment the lot page includes ({@code revenue/lot-taxes}): the custody pages
 * need not know revenue, and the lot page's controller stays as it is.
 */
@Component("lotTaxes")
public class LotTaxes {

    private final RevenueQueries queries;

    LotTaxes(RevenueQueries queries) {
        this.queries = queries;
    }

    public List<TaxDue> of(Long lotId) {
        return CurrentUser.get().map(user -> queries.ofSource(user.actor(), TaxSource.PRODUCTION_LOT, lotId))
                .orElse(List.of());
    }
}
