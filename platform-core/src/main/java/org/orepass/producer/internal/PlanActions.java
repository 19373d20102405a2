package org.orepass.producer.internal;

import java.util.List;
import java.util.Optional;
import org.orepass.producer.PlanAction;

/** Improvement-plan actions (a port). */
public interface PlanActions {

    PlanAction save(PlanAction action);

    Optional<PlanAction> findById(Long id);

    List<PlanAction> findByProducerIdOrderByDueOnAscIdAsc(Long producerId);
}
