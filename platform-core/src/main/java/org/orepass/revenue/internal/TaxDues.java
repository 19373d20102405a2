package org.orepass.revenue.internal;

import org.orepass.revenue.TaxDue;
import org.orepass.revenue.TaxSource;
import java.util.List;
import java.util.Optional;

/** Taxes due (a port; persistence implements it). */
public interface TaxDues {

    TaxDue add(TaxDue due);

    Optional<TaxDue> findById(Long id);

    /** The taxes assessed on one lot or export, by type. */
    List<TaxDue> ofSource(TaxSource kind, Long sourceId);

    /** The taxes assessed on several lots or exports of one kind, in the order of the sources, then by type. */
    List<TaxDue> ofSources(TaxSource kind, java.util.Collection<Long> sourceIds);

    /** Whether taxes were assessed with the schedule (its computation then stays as it is). */
    boolean existsByScheduleId(Long scheduleId);
}
