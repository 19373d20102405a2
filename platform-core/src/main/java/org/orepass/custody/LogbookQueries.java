package org.orepass.custody;

import org.orepass.custody.internal.Logbooks;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.orepass.account.Actor;
import org.orepass.account.Role;
import org.orepass.organisation.Organisation;
import org.orepass.organisation.Organisations;
import org.orepass.shared.Dates;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations' logbooks. Users read their own organisation's; administrators, inspectors and auditors, who
 * check the trade, may read any organisation's.
 */
@Service
@Transactional(readOnly = true)
public class LogbookQueries {

    /** Longest period one logbook covers: a few years of entries is already a long list. */
    public static final int MAX_DAYS = 3 * 366;

    private final Logbooks logbooks;
    private final Organisations organisations;
    private final Genealogy genealogy;
    private final Clock clock;

    public LogbookQueries(Logbooks logbooks, Organisations organisations, Genealogy genealogy, Clock clock) {
        this.logbooks = logbooks;
        this.genealogy = genealogy;
        this.organisations = organisations;
        this.clock = clock;
    }

    public static boolean mayChooseOrganisation(Actor actor) {
        return actor.has(Role.ADMIN) || actor.has(Role.INSPECTOR) || actor.has(Role.AUDITOR);
    }

    /** The organisations a reader of every logbook may pick from; empty for everyone else. */
    public List<Organisation> choices(Actor actor) {
        return mayChooseOrganisation(actor) ? organisations.allActive() : List.of();
    }

    /**
     * The logbook of {@code organisationId} (the actor's own organisation when null) for the period.
     *
     * @param entryLimit how many entries at most (pages show a working list, the CSV everything)
     */
    public Logbook logbook(Actor actor, Long organisationId, LocalDate from, LocalDate to, int entryLimit) {
        var id = organisationId != null ? organisationId : actor.organisationId();
        if (id == null) {
            throw new DomainRuleViolation("organisation", "logbook.organisation.required");
        }
        if (!id.equals(actor.organisationId()) && !mayChooseOrganisation(actor)) {
            throw new CustodyAccessDenied("logbook of organisation " + id);
        }
        var organisation = organisations.findById(id).orElseThrow(() -> new NotFoundException("Organisation", id));
        if (from == null) {
            throw new DomainRuleViolation("from", "logbook.from.required");
        }
        if (to == null) {
            throw new DomainRuleViolation("to", "logbook.to.required");
        }
        Dates.require("from", from, Dates.EARLIEST_EVENT, Dates.FAR_FUTURE);
        Dates.require("to", to, Dates.EARLIEST_EVENT, Dates.FAR_FUTURE);
        if (to.isBefore(from)) {
            throw new DomainRuleViolation("to", "logbook.period.order");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new DomainRuleViolation("to", "logbook.period.too-long");
        }
        // One more than asked, to tell whether the list was cut.
        var asked = entryLimit == Integer.MAX_VALUE ? entryLimit : entryLimit + 1;
        var entries = logbooks.entries(id, from, to, asked);
        var cut = entries.size() > entryLimit;
        return new Logbook(id, organisation.getName(), from, to, logbooks.balances(id, from, to),
                cut ? entries.subList(0, entryLimit) : entries, cut, imported(id, from, to));
    }

    /** The period's imports by mineral and country of origin, each mineral's import lots traced together. */
    private List<Logbook.Imported> imported(Long organisationId, LocalDate from, LocalDate to) {
        var byMineral = new java.util.TreeMap<org.orepass.site.Mineral, List<Long>>();
        for (var lot : logbooks.importedLots(organisationId, from, to)) {
            byMineral.computeIfAbsent(lot.mineral(), m -> new java.util.ArrayList<>()).add(lot.lotId());
        }
        var imported = new java.util.ArrayList<Logbook.Imported>();
        byMineral.forEach((mineral, lotIds) -> genealogy.traceBack(lotIds).countries().forEach(origin ->
                imported.add(new Logbook.Imported(mineral, origin.country(),
                        origin.massKg().setScale(3, java.math.RoundingMode.HALF_UP)))));
        return imported;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
