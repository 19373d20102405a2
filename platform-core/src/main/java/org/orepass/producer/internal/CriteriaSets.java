package org.orepass.producer.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.orepass.producer.CriteriaSet;
import org.orepass.producer.Criterion;

/** Criteria sets and their criteria (a port). */
public interface CriteriaSets {

    Optional<CriteriaSet> findById(Long id);

    /** The newest set: new assessments use it. */
    Optional<CriteriaSet> findFirstByOrderByPublishedOnDescIdDesc();

    List<Criterion> criteriaOf(Long setId);

    List<Criterion> criteriaByIds(Collection<Long> ids);

    /** Every set, newest first. */
    List<CriteriaSet> findAllByOrderByPublishedOnDescIdDesc();

    boolean existsByCodeAndSetVersion(String code, String setVersion);

    CriteriaSet save(CriteriaSet set);
}
