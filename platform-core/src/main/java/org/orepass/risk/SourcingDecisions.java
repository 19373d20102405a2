package org.orepass.risk;

import org.orepass.risk.internal.AssessmentLevels;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.orepass.custody.Genealogy;
import org.orepass.custody.LotGraph;
import org.orepass.custody.PurchaseRestrictions;
import org.orepass.custody.Trace;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions take effect: while an organisation's newest effective decision on a supplier or a site is to suspend or
 * disengage, its new purchases from that supplier, or of minerals from that site, are refused with a message naming
 * the decision. Custody purchases call it, and so do export shipments (with every site and every earlier custodian
 * their lots trace back to).
 */
@Service
@Transactional(readOnly = true)
public class SourcingDecisions implements PurchaseRestrictions {

    private final RiskAssessments assessments;
    private final Genealogy genealogy;
    private final LotGraph graph;
    private final AssessmentLevels levels;

    public SourcingDecisions(RiskAssessments assessments, Genealogy genealogy, LotGraph graph,
            AssessmentLevels levels) {
        this.assessments = assessments;
        this.genealogy = genealogy;
        this.graph = graph;
        this.levels = levels;
    }

    /**
     * The decision that stops the buyer from buying from the supplier or from any of these sites, if any: a
     * suspension or disengagement, or a decision to continue that no longer holds ({@link #lapsed()}: the levels
     * rose since, so that Annex II forbids continuing; a new decision is needed).
     */
    public record BlockingDecision(long assessmentId, Decision decision, SubjectKind subjectKind, Long subjectId) {

        public boolean lapsed() {
            return decision.continuesTrade();
        }
    }

    public Optional<BlockingDecision> blockingDecision(Long buyerOrgId, Long supplierOrgId,
            Collection<Long> siteIds) {
        if (buyerOrgId == null) {
            return Optional.empty();
        }
        return firstBlocking(assessments.decidedOn(buyerOrgId, supplierOrgId, siteIds == null ? List.of() : siteIds),
                new java.util.HashMap<>());
    }

    /**
     * Of the buyer's decisions on a supplier or on sites (newest first), the one that stops the purchase, if any.
     * {@code lapsed} remembers, per assessment, whether its "continue" has lapsed: a purchase that asks for every
     * custodian of a chain computes each decision's levels (its red flags) once, not once per custodian.
     */
    private Optional<BlockingDecision> firstBlocking(List<RiskAssessment> decided, Map<Long, Boolean> lapsed) {
        // Newest decision first: a later "continue" on the same subject lifts an earlier suspension.
        var seen = new java.util.HashSet<String>();
        for (var assessment : decided) {
            if (assessment.getDecisionStatus() != DecisionStatus.EFFECTIVE) {
                continue;
            }
            var subjectId = assessment.getSubjectKind() == SubjectKind.SUPPLIER ? assessment.getSupplierOrgId()
                    : assessment.getSiteId();
            if (!seen.add(assessment.getSubjectKind() + ":" + subjectId)) {
                continue;
            }
            // A "continue" taken on lower levels does not allow trade once serious abuses or armed groups stand at
            // HIGH (a site turned red for a critical criterion, a level-1 incident verified): it blocks until a
            // new decision is taken, and it lifts no earlier suspension.
            if (!assessment.getDecision().continuesTrade() || lapsed.computeIfAbsent(assessment.getId(),
                    id -> assessment.decisionLapsed(levels.of(assessment).standings()))) {
                return Optional.of(new BlockingDecision(assessment.getId(), assessment.getDecision(),
                        assessment.getSubjectKind(), subjectId));
            }
        }
        return Optional.empty();
    }

    /** The same for a purchase of one lot: the sites it traces back to. */
    public Optional<BlockingDecision> blockingDecision(Long buyerOrgId, Long supplierOrgId, long lotId) {
        // An index lookup first: the trace costs more than the rest of a custody operation. Any decision counts: a
        // "continue" may have lapsed since it was taken.
        if (buyerOrgId == null || !assessments.anyDecision(buyerOrgId)) {
            return Optional.empty();
        }
        var sites = genealogy.traceBack(List.of(lotId)).origins().stream().map(Trace.OriginShare::siteId).toList();
        return blockingDecision(buyerOrgId, supplierOrgId, sites);
    }

    /**
     * Custody's question on a sale or receipt, answered with the message that names the decision and what it was
     * about. A suspension or disengagement holds along the whole chain (OECD Annex II): the lot is refused when the
     * buyer stopped buying from the seller, from any organisation that held a lot it was made from (an
     * intermediary cannot launder a suspended supplier's ore), or from any mine site it traces back to. One walk of
     * the lot's upstream graph gives them all; the seller is asked first, then the earlier custodians.
     */
    @Override
    public Optional<Refusal> refusal(Long buyerOrgId, Long sellerOrgId, long lotId) {
        // An index lookup first: the walk costs more than the rest of a custody operation. Any decision counts: a
        // "continue" may have lapsed since it was taken.
        if (buyerOrgId == null || !assessments.anyDecision(buyerOrgId)) {
            return Optional.empty();
        }
        var nodes = graph.upstream(List.of(lotId));
        var siteNames = new java.util.LinkedHashMap<Long, String>();
        var custodians = new java.util.LinkedHashMap<Long, String>();
        if (sellerOrgId != null) {
            custodians.put(sellerOrgId, null);
        }
        for (var node : nodes) {
            if (node.siteId() != null) {
                siteNames.putIfAbsent(node.siteId(), node.siteName());
            }
            custodians.merge(node.custodianId(), node.custodian(), (known, name) -> known == null ? name : known);
        }
        custodians.remove(buyerOrgId);
        var sites = List.copyOf(siteNames.keySet());
        var candidates = custodians.isEmpty() ? java.util.Collections.<Long>singletonList(null)
                : List.copyOf(custodians.keySet());
        // One query for the decisions on every custodian and site of the chain, then each custodian in turn.
        var decided = assessments.decidedOnAny(buyerOrgId, custodians.keySet(), sites);
        var lapsed = new java.util.HashMap<Long, Boolean>();
        for (var supplier : candidates) {
            var blocking = firstBlocking(about(decided, supplier, siteNames.keySet()), lapsed);
            if (blocking.isPresent()) {
                var found = blocking.get();
                var decision = new DefaultMessageSourceResolvable("risk.decision." + found.decision().name());
                if (found.lapsed()) {
                    var subject = found.subjectKind() == SubjectKind.SITE ? siteNames.get(found.subjectId())
                            : custodians.get(found.subjectId());
                    return Optional.of(new Refusal("risk.blocked.lapsed." + found.subjectKind().name(),
                            List.of(decision, found.assessmentId(), String.valueOf(subject))));
                }
                if (found.subjectKind() == SubjectKind.SITE) {
                    return Optional.of(new Refusal("risk.blocked.upstream.SITE", List.of(decision,
                            found.assessmentId(), String.valueOf(siteNames.get(found.subjectId())))));
                }
                var name = String.valueOf(custodians.get(found.subjectId()));
                return Optional.of(new Refusal(found.subjectId().equals(sellerOrgId) ? "risk.blocked.SUPPLIER"
                        : "risk.blocked.upstream.SUPPLIER", List.of(decision, found.assessmentId(), name)));
            }
        }
        return Optional.empty();
    }

    /**
     * The decision that stops the exporter from exporting these lots: one on a mine site they trace back to, or on
     * an organisation that held any lot of their chain (the supplier it bought from, and that supplier's own
     * suppliers: an export traces to them all).
     */
    public Optional<BlockingDecision> blockingExport(Long exporterOrgId, Collection<Long> lotIds) {
        if (exporterOrgId == null || lotIds.isEmpty() || !assessments.anyDecision(exporterOrgId)) {
            return Optional.empty();
        }
        var nodes = graph.upstream(lotIds);
        var sites = nodes.stream().map(LotGraph.Node::siteId).filter(Objects::nonNull).distinct().toList();
        var suppliers = nodes.stream().map(LotGraph.Node::custodianId).filter(id -> !id.equals(exporterOrgId))
                .distinct().toList();
        if (suppliers.isEmpty()) {
            return blockingDecision(exporterOrgId, null, sites);
        }
        var decided = assessments.decidedOnAny(exporterOrgId, suppliers, sites);
        var lapsed = new java.util.HashMap<Long, Boolean>();
        var siteSet = new java.util.HashSet<>(sites);
        for (var supplier : suppliers) {
            var blocking = firstBlocking(about(decided, supplier, siteSet), lapsed);
            if (blocking.isPresent()) {
                return blocking;
            }
        }
        return Optional.empty();
    }

    /** What {@link RiskAssessments#decidedOn} answers for one supplier, taken from the decisions of many. */
    private static List<RiskAssessment> about(List<RiskAssessment> decided, Long supplierOrgId,
            java.util.Set<Long> siteIds) {
        return decided.stream().filter(a -> supplierOrgId != null && supplierOrgId.equals(a.getSupplierOrgId())
                || a.getSiteId() != null && siteIds.contains(a.getSiteId())).toList();
    }
}
