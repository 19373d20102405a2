package org.orepass.revenue;

import java.util.List;
import java.util.Optional;

/** Taxes due (a port; persistence implements it). */
public interface TaxDues {

    TaxDue add(TaxDue due);

    Optional<TaxDue> findById(Long id);

    /** The taxes assessed on one lot or export, by type. */
    List<TaxDue> ofSource(TaxSource kind, Long sourceId);

    /** Whether taxes were assessed with the schedule (its computation then stays as it is). */
    boolean existsByScheduleId(Long scheduleId);
}
