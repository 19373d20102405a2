package org.orepass.persistence.producer;

import java.util.Collection;
import java.util.List;
import org.orepass.producer.CriteriaSet;
import org.orepass.producer.Criterion;
import org.orepass.producer.internal.CriteriaSets;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaCriteriaSets extends JpaRepository<CriteriaSet, Long>, CriteriaSets {

    @Override
    @Query("select c from Criterion c where c.setId = :setId order by c.position, c.id")
    List<Criterion> criteriaOf(@Param("setId") Long setId);

    @Override
    @Query("select c from Criterion c where c.id in :ids")
    List<Criterion> criteriaByIds(@Param("ids") Collection<Long> ids);
}
