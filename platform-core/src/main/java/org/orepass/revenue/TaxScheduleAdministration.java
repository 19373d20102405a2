package org.orepass.revenue;

import org.orepass.revenue.internal.RevenueAccessDenied;
import org.orepass.revenue.internal.TaxDues;
import org.orepass.revenue.internal.TaxSchedules;
import java.util.List;
import org.orepass.account.Actor;
import org.orepass.shared.DomainRuleViolation;
import org.orepass.shared.NotFoundException;
import org.orepass.shared.Versioned;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators keep the tax schedules; inspectors and auditors read them. A schedule taxes were assessed with
 * keeps its computation (rate, base, currency, start): it can only be closed (an end date) or have its authority
 * renamed, and a new schedule takes over from the next day. That keeps every tax due explainable by its schedule.
 */
@Service
@Transactional
public class TaxScheduleAdministration {

    private final TaxSchedules schedules;
    private final TaxDues dues;

    public TaxScheduleAdministration(TaxSchedules schedules, TaxDues dues) {
        this.schedules = schedules;
        this.dues = dues;
    }

    @Transactional(readOnly = true)
    public List<TaxSchedule> list(Actor actor, String country) {
        if (!RevenueAccess.mayReadSchedules(actor)) {
            throw new RevenueAccessDenied("read tax schedules");
        }
        return schedules.list(country);
    }

    @Transactional(readOnly = true)
    public TaxSchedule get(Actor actor, Long id) {
        if (!RevenueAccess.mayReadSchedules(actor)) {
            throw new RevenueAccessDenied("read tax schedules");
        }
        return schedules.findById(id).orElseThrow(() -> new NotFoundException("TaxSchedule", id));
    }

    public TaxSchedule create(Actor actor, ScheduleDetails details) {
        requireAdministrator(actor);
        var schedule = TaxSchedule.of(details);
        requireNoOverlap(details, null);
        return schedules.add(schedule);
    }

    public TaxSchedule edit(Actor actor, Long id, long editedVersion, ScheduleDetails details) {
        requireAdministrator(actor);
        var schedule = schedules.findById(id).orElseThrow(() -> new NotFoundException("TaxSchedule", id));
        Versioned.requireVersion("TaxSchedule", id, schedule.getVersion(), editedVersion);
        if (schedule.changesComputation(details) && dues.existsByScheduleId(id)) {
            throw new DomainRuleViolation(null, "tax.schedule.used");
        }
        // Checked before the entity changes: the overlap query would flush the change into the exclusion constraint.
        TaxSchedule.of(details);
        requireNoOverlap(details, id);
        schedule.describe(details);
        return schedule;
    }

    private static void requireAdministrator(Actor actor) {
        if (!RevenueAccess.mayEditSchedules(actor)) {
            throw new RevenueAccessDenied("edit tax schedules");
        }
    }

    private void requireNoOverlap(ScheduleDetails details, Long exceptId) {
        var clash = schedules.overlapping(details.country(), details.mineral(), details.taxType(),
                details.validFrom(), details.validTo(), exceptId);
        if (!clash.isEmpty()) {
            var other = clash.get(0);
            throw new DomainRuleViolation("validFrom", "tax.schedule.overlap", other.getValidFrom().toString(),
                    other.getValidTo() == null ? "…" : other.getValidTo().toString());
        }
    }
}
