package org.orepass.revenue;

import org.orepass.revenue.internal.TaxDues;
import org.orepass.revenue.internal.TaxSchedules;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the taxes due on a production lot or an export: every schedule of the event's country and mineral
 * valid on its date that charges that kind of event gives one tax due. Assessing the same event again adds
 * nothing (one tax per source and tax type, also enforced by a unique index), so a retried or replayed event is
 * harmless. Runs inside the caller's transaction: a lot is never recorded without its taxes.
 */
@Service
@Transactional
public class TaxAssessment {

    private final TaxSchedules schedules;
    private final TaxDues dues;
    private final Clock clock;

    public TaxAssessment(TaxSchedules schedules, TaxDues dues, Clock clock) {
        this.schedules = schedules;
        this.dues = dues;
        this.clock = clock;
    }

    /** The taxes due on the event, those assessed before included. */
    public List<TaxDue> assess(TaxableEvent event) {
        var existing = dues.ofSource(event.sourceKind(), event.sourceId());
        var assessed = EnumSet.noneOf(TaxType.class);
        existing.forEach(due -> assessed.add(due.getTaxType()));
        var result = new ArrayList<>(existing);
        for (TaxSchedule schedule : schedules.validOn(event.country(), event.mineral(), event.date())) {
            if (schedule.getTaxType().chargedOn() == event.sourceKind() && !assessed.contains(schedule.getTaxType())) {
                result.add(dues.add(TaxDue.assessed(event, schedule, clock.instant())));
                assessed.add(schedule.getTaxType());
            }
        }
        return result;
    }
}
