package org.orepass.persistence.risk;

import java.util.Collection;
import java.util.List;
import org.orepass.risk.RiskAssessment;
import org.orepass.risk.RiskAssessments;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JpaRiskAssessments extends JpaRepository<RiskAssessment, Long>, RiskAssessments {

    @Override
    default RiskAssessment add(RiskAssessment assessment) {
        return save(assessment);
    }

    @Override
    default List<RiskAssessment> newest(int limit) {
        return findByOrderByIdDesc(Limit.of(limit));
    }

    @Override
    default List<RiskAssessment> newestOf(Long assessingOrgId, int limit) {
        return findByAssessingOrgIdOrderByIdDesc(assessingOrgId, Limit.of(limit));
    }

    @Override
    default List<RiskAssessment> decidedOn(Long assessingOrgId, Long supplierOrgId, Collection<Long> siteIds) {
        // An empty "in ()" is not valid SQL everywhere: -1 is never an id.
        return decided(assessingOrgId, supplierOrgId == null ? -1L : supplierOrgId,
                siteIds.isEmpty() ? List.of(-1L) : siteIds);
    }

    @Query("""
            select a from RiskAssessment a where a.assessingOrgId = :org and a.decision is not null
              and (a.supplierOrgId = :supplier or a.siteId in :sites)
            order by coalesce(a.signedOffAt, a.decidedAt) desc, a.id desc
            """)
    List<RiskAssessment> decided(Long org, Long supplier, Collection<Long> sites);

    @Override
    default List<RiskAssessment> decidedOnAny(Long assessingOrgId, Collection<Long> supplierOrgIds,
            Collection<Long> siteIds) {
        return decidedAny(assessingOrgId, supplierOrgIds.isEmpty() ? List.of(-1L) : supplierOrgIds,
                siteIds.isEmpty() ? List.of(-1L) : siteIds);
    }

    @Query("""
            select a from RiskAssessment a where a.assessingOrgId = :org and a.decision is not null
              and (a.supplierOrgId in :suppliers or a.siteId in :sites)
            order by coalesce(a.signedOffAt, a.decidedAt) desc, a.id desc
            """)
    List<RiskAssessment> decidedAny(Long org, Collection<Long> suppliers, Collection<Long> sites);

    @Override
    @Query("select count(a) > 0 from RiskAssessment a where a.assessingOrgId = :org and a.decision in"
            + " (org.orepass.risk.Decision.SUSPEND_MITIGATING, org.orepass.risk.Decision.DISENGAGE)")
    boolean anyStopDecision(Long org);

    @Override
    @Query("select count(a) > 0 from RiskAssessment a where a.assessingOrgId = :org and a.decision is not null")
    boolean anyDecision(Long org);

    List<RiskAssessment> findByOrderByIdDesc(Limit limit);

    List<RiskAssessment> findByAssessingOrgIdOrderByIdDesc(Long assessingOrgId, Limit limit);
}
