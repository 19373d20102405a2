package org.orepass.revenue;

import org.orepass.revenue.internal.RevenueAccessDenied;
import org.orepass.revenue.internal.RevenueListings;
import org.orepass.revenue.internal.RevenueScope;
import org.orepass.revenue.internal.TaxDueRow;
import org.orepass.revenue.internal.TaxDues;
import org.orepass.revenue.internal.TaxPayments;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.orepass.account.Actor;
import org.orepass.custody.Genealogy;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.Organisations;
import org.orepass.shared.Dates;
import org.orepass.shared.NotFoundException;
import org.orepass.shared.PageQuery;
import org.orepass.shared.ResultPage;
import org.orepass.site.Mineral;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the revenue pages read, always within what the actor may see. */
@Service
@Transactional(readOnly = true)
public class RevenueQueries {

    private final TaxDues dues;
    private final TaxPayments payments;
    private final RevenueListings listings;
    private final Organisations organisations;
    private final Genealogy genealogy;
    private final Clock clock;

    public RevenueQueries(TaxDues dues, TaxPayments payments, RevenueListings listings, Organisations organisations,
            Genealogy genealogy, Clock clock) {
        this.genealogy = genealogy;
        this.dues = dues;
        this.payments = payments;
        this.listings = listings;
        this.organisations = organisations;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ResultPage<TaxDueRow> taxes(Actor actor, TaxSearch search, PageQuery page) {
        return listings.taxes(search, RevenueAccess.scope(actor), page);
    }

    /** A tax with its payer and payments; someone who may not see it learns nothing, not even that it exists. */
    public record TaxFile(TaxDue due, String payerName, List<TaxPayment> payments, boolean mayCollect) {
    }

    public TaxFile tax(Actor actor, Long id) {
        var due = dues.findById(id).filter(found -> RevenueAccess.maySee(actor, found))
                .orElseThrow(() -> new NotFoundException("TaxDue", id));
        var payer = organisations.findById(due.getPayerId()).map(Organisation::getName).orElse("");
        return new TaxFile(due, payer, payments.ofTax(id), RevenueAccess.mayCollect(actor, due));
    }

    /** The taxes assessed on one lot or export that the actor may see. */
    public List<TaxDue> ofSource(Actor actor, TaxSource kind, Long sourceId) {
        return dues.ofSource(kind, sourceId).stream().filter(due -> RevenueAccess.maySee(actor, due)).toList();
    }

    public RevenueReport report(Actor actor, RevenueReportQuery query) {
        if (!RevenueAccess.mayReport(actor)) {
            throw new RevenueAccessDenied("read revenue reports");
        }
        Dates.require("from", query.from(), Dates.EARLIEST_EVENT, Dates.FAR_FUTURE);
        Dates.require("to", query.to(), Dates.EARLIEST_EVENT, Dates.FAR_FUTURE);
        var scope = RevenueAccess.scope(actor);
        // Lots are production lots: a report of export taxes only has none to list.
        var lots = query.taxType() == null || query.taxType().chargedOn() == TaxSource.PRODUCTION_LOT;
        var produced = listings.produced(query, scope).stream().map(p -> new RevenueReport.Produced(p.country(),
                p.mineral(), p.massKg().setScale(3, RoundingMode.HALF_UP))).toList();
        return new RevenueReport(listings.report(query, scope),
                lots ? listings.neverAssessed(query, scope, RevenueReport.NEVER_ASSESSED_LIMIT) : List.of(),
                lots ? listings.neverAssessedCount(query, scope) : 0, produced, imported(query, scope));
    }

    /**
     * The selection's import lots, those of one importing country and mineral traced together to their countries
     * of origin ({@code Trace.countries()}): a re-export's mixed origins keep their shares, and an import from
     * outside the platform counts under the origin its document states.
     */
    private List<RevenueReport.Imported> imported(RevenueReportQuery query, RevenueScope scope) {
        var lots = new TreeMap<String, TreeMap<Mineral, List<Long>>>();
        for (var lot : listings.imported(query, scope)) {
            lots.computeIfAbsent(lot.country(), c -> new TreeMap<>())
                    .computeIfAbsent(lot.mineral(), m -> new ArrayList<>()).add(lot.lotId());
        }
        var imported = new ArrayList<RevenueReport.Imported>();
        lots.forEach((country, byMineral) -> byMineral.forEach((mineral, lotIds) ->
                genealogy.traceBack(lotIds).countries().forEach(origin -> imported.add(new RevenueReport.Imported(
                        country, mineral, origin.country(), origin.massKg().setScale(3, RoundingMode.HALF_UP))))));
        return imported;
    }
}
