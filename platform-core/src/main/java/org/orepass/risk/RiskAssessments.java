package org.orepass.risk;

import java.util.List;
import java.util.Optional;

/** Risk assessments (a port; persistence implements it). */
public interface RiskAssessments {

    RiskAssessment add(RiskAssessment assessment);

    Optional<RiskAssessment> findById(Long id);

    /** Newest first, at most {@code limit}: all of them, or those of one assessing organisation. */
    List<RiskAssessment> newest(int limit);

    List<RiskAssessment> newestOf(Long assessingOrgId, int limit);

    /**
     * The assessing organisation's assessments of the supplier or of any of the sites that carry a decision, newest
     * decision first (the newest effective one on a subject is the one that counts).
     */
    List<RiskAssessment> decidedOn(Long assessingOrgId, Long supplierOrgId, java.util.Collection<Long> siteIds);

    /**
     * The same for several suppliers at once (one query for a purchase that traces back to many custodians), newest
     * decision first; persistence answers it in one query.
     */
    default List<RiskAssessment> decidedOnAny(Long assessingOrgId, java.util.Collection<Long> supplierOrgIds,
            java.util.Collection<Long> siteIds) {
        var found = new java.util.LinkedHashMap<Long, RiskAssessment>();
        decidedOn(assessingOrgId, null, siteIds).forEach(a -> found.put(a.getId(), a));
        supplierOrgIds.forEach(supplier -> decidedOn(assessingOrgId, supplier, List.of())
                .forEach(a -> found.put(a.getId(), a)));
        return found.values().stream().sorted(java.util.Comparator.comparing((RiskAssessment a) ->
                a.getSignedOffAt() != null ? a.getSignedOffAt() : a.getDecidedAt(),
                java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder()))
                .thenComparing(RiskAssessment::getId, java.util.Comparator.reverseOrder())).toList();
    }

    /** Whether the organisation ever decided to suspend or disengage (most never do: purchases skip the trace). */
    boolean anyStopDecision(Long assessingOrgId);

    /** Whether the organisation has any decision at all (a "continue" may have lapsed since it was taken). */
    boolean anyDecision(Long assessingOrgId);
}
