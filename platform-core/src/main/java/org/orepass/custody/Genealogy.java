package org.orepass.custody;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.orepass.account.Actor;
import org.orepass.custody.Trace.OriginShare;
import org.orepass.custody.Trace.TraceLot;
import org.orepass.custody.Trace.TraceProblem;
import org.orepass.site.SiteStatus;
import org.orepass.site.SiteStatusRules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a lot came from and where it went. Back: every mine site of origin with its share by mass, computed by
 * following each lot's inputs in proportion to the kilograms each input gave (a combination of 60 kg from A and
 * 40 kg from B is 60 % A's origins and 40 % B's, whatever was lost in processing afterwards). Forward: every lot
 * made from it, down to exports (export lots are lots too).
 *
 * <p>The graph comes in one recursive query ({@link LotGraph}); shares, depths and problems are computed here in
 * one pass over the rows, so a trace of a thousand lots costs one round trip.
 */
@Service
@Transactional(readOnly = true)
public class Genealogy {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private final LotGraph graph;
    private final Lots lots;
    private final Clock clock;
    private final BigDecimal tolerance;

    public Genealogy(LotGraph graph, Lots lots, Clock clock,
            @Value("${orepass.custody.transfer-tolerance-percent:2}") BigDecimal tolerancePercent) {
        this.graph = graph;
        this.lots = lots;
        this.clock = clock;
        this.tolerance = BigDecimal.ONE.add(tolerancePercent.movePointLeft(2));
    }

    /** The trace of lots a use case already checked the caller may see (an export shipment's lots). */
    public Trace traceBack(Collection<Long> lotIds) {
        return analyse(graph.upstream(lotIds), lotIds);
    }

    /** The trace of one lot, for whoever may see that lot (the suppliers' lots on the way are part of the answer). */
    public Trace traceBack(Actor actor, long lotId) {
        visibleLot(actor, lotId);
        return traceBack(List.of(lotId));
    }

    /** Every lot made from this one, or empty if the caller may not see where it went (see {@link #of}). */
    public java.util.Optional<List<TraceLot>> traceForward(Actor actor, long lotId) {
        visibleLot(actor, lotId);
        if (!CustodyAccess.seesAllLots(actor)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(depths(graph.downstream(lotId), List.of(lotId), false));
    }

    /**
     * Back and forward for the lot page. Forward is only for those who read every lot (government, auditors, CSO
     * monitors): a custodian's buyers' buyers are other traders' business.
     */
    public LotGenealogy of(Actor actor, long lotId, int treeLimit) {
        visibleLot(actor, lotId);
        var upstream = graph.upstream(List.of(lotId));
        var trace = analyse(upstream, List.of(lotId));
        var back = LotTree.build(upstream, lotId, treeLimit, true);
        List<TraceLot> forward = List.of();
        LotTree ahead = null;
        if (CustodyAccess.seesAllLots(actor)) {
            var downstream = graph.downstream(lotId);
            forward = depths(downstream, List.of(lotId), false);
            ahead = LotTree.build(downstream, lotId, treeLimit, false);
        }
        // The page links only the lots the viewer may open: a supplier's lot is named, not linked.
        var openable = new java.util.HashSet<Long>();
        for (var node : upstream) {
            if (CustodyAccess.seesAllLots(actor) || java.util.Objects.equals(actor.organisationId(),
                    node.custodianId())) {
                openable.add(node.id());
            }
        }
        forward.forEach(lot -> openable.add(lot.lotId()));
        return new LotGenealogy(trace, back, forward, ahead, CustodyAccess.seesAllLots(actor), Set.copyOf(openable));
    }

    /** Everything the lot page and the JSON show. {@code forward} is empty (and {@code ahead} null) if not visible. */
    public record LotGenealogy(Trace trace, LotTree back, List<TraceLot> forward, LotTree ahead,
            boolean forwardVisible, Set<Long> openableLots) {

        /** Whether the page may link this lot (the viewer may open it). */
        public boolean opens(long lotId) {
            return openableLots.contains(lotId);
        }
    }

    private void visibleLot(Actor actor, long lotId) {
        var lot = lots.findById(lotId).orElseThrow(() -> new org.orepass.shared.NotFoundException("Lot", lotId));
        if (!CustodyAccess.maySee(actor, lot)) {
            throw new org.orepass.shared.NotFoundException("Lot", lotId);
        }
    }

    Trace analyse(List<LotGraph.Node> nodes, Collection<Long> targets) {
        var byId = new HashMap<Long, LotGraph.Node>(nodes.size() * 2);
        nodes.forEach(node -> byId.put(node.id(), node));
        var attributed = attribute(byId, targets);
        var today = LocalDate.now(clock);
        var origins = new LinkedHashMap<Long, BigDecimal>();
        var siteNodes = new HashMap<Long, LotGraph.Node>();
        var problems = new ArrayList<TraceProblem>();
        var importedKg = new LinkedHashMap<LotGraph.Node, BigDecimal>();
        var total = BigDecimal.ZERO;
        for (var node : nodes) {
            var kg = attributed.getOrDefault(node.id(), BigDecimal.ZERO);
            if (node.inputs().isEmpty()) {
                total = total.add(kg);
                if (node.siteId() != null) {
                    origins.merge(node.siteId(), kg, BigDecimal::add);
                    siteNodes.putIfAbsent(node.siteId(), node);
                } else if (node.operation() == OriginatingOperation.IMPORT && node.originCountry() != null) {
                    // An import whose chain starts outside the platform: its document states the origin.
                    importedKg.put(node, kg);
                    if (node.uncertified()) {
                        problems.add(problem(TraceProblem.Kind.SUSPECT_IMPORT, node));
                    }
                } else {
                    problems.add(problem(TraceProblem.Kind.UNKNOWN_ORIGIN, node));
                }
            }
            problemsOf(node, today, problems);
            crossings(node, byId, problems);
        }
        var warnings = new ArrayList<TraceProblem>();
        for (var node : nodes) {
            if (node.concentration() == null) {
                warnings.add(problem(TraceProblem.Kind.MISSING_GRADE, node));
            }
        }
        warnings.sort(Comparator.comparing(TraceProblem::lotNumber));
        var shares = new ArrayList<OriginShare>();
        for (var origin : origins.entrySet()) {
            var site = siteNodes.get(origin.getKey());
            var share = total.signum() == 0 ? BigDecimal.ZERO : origin.getValue().divide(total, PRECISION);
            shares.add(new OriginShare(site.siteId(), site.siteName(), site.siteCountry(), statusToday(site, today),
                    origin.getValue().setScale(3, RoundingMode.HALF_UP), share.setScale(4, RoundingMode.HALF_UP)));
        }
        shares.sort(Comparator.comparing(OriginShare::massKg).reversed().thenComparing(OriginShare::siteId));
        var imported = new ArrayList<Trace.ImportedOrigin>();
        for (var entry : importedKg.entrySet()) {
            var node = entry.getKey();
            var share = total.signum() == 0 ? BigDecimal.ZERO : entry.getValue().divide(total, PRECISION);
            imported.add(new Trace.ImportedOrigin(node.id(), node.lotNumber(), node.originCountry(),
                    entry.getValue().setScale(3, RoundingMode.HALF_UP), share.setScale(4, RoundingMode.HALF_UP)));
        }
        problems.sort(Comparator.comparing(TraceProblem::kind).thenComparing(TraceProblem::lotNumber));
        return new Trace(List.copyOf(shares), depths(nodes, targets, true), List.copyOf(problems),
                List.copyOf(warnings), List.copyOf(imported));
    }

    /**
     * The border rule (issue 14, docs/borders.md): material is where its custodian is, and changes country only
     * through an import lot. A lot made from a lot held in another country that is not an import, or a production
     * lot held outside its site's country, is a crossing nobody recorded (data from before the rule, a foreign
     * organisation producing at a site): it blocks the certificate like any problem of the chain.
     */
    private static void crossings(LotGraph.Node node, Map<Long, LotGraph.Node> byId, List<TraceProblem> problems) {
        if (node.custodianCountry() == null) {
            return;
        }
        if (node.siteId() != null && node.siteCountry() != null && !node.siteCountry().equals(node.custodianCountry())) {
            problems.add(problem(TraceProblem.Kind.UNRECORDED_CROSSING, node));
            return;
        }
        if (node.operation() == OriginatingOperation.IMPORT) {
            return;
        }
        for (var input : node.inputs()) {
            var from = byId.get(input.lotId());
            if (from != null && from.custodianCountry() != null
                    && !from.custodianCountry().equals(node.custodianCountry())) {
                problems.add(problem(TraceProblem.Kind.UNRECORDED_CROSSING, node));
                return;
            }
        }
    }

    /**
     * The kilograms of the traced lots that each upstream lot stands for. A lot is handed down to its inputs only
     * once every traced lot made from it has handed its part to it (Kahn's order), so a lot reached by two paths
     * (split, then combined again) counts both.
     */
    private static Map<Long, BigDecimal> attribute(Map<Long, LotGraph.Node> byId, Collection<Long> targets) {
        var pending = new HashMap<Long, Integer>();
        for (var node : byId.values()) {
            for (var input : node.inputs()) {
                if (byId.containsKey(input.lotId())) {
                    pending.merge(input.lotId(), 1, Integer::sum);
                }
            }
        }
        var attributed = new HashMap<Long, BigDecimal>(byId.size() * 2);
        for (var target : targets) {
            var node = byId.get(target);
            if (node != null) {
                attributed.merge(target, node.massKg(), BigDecimal::add);
            }
        }
        var ready = new ArrayDeque<Long>();
        byId.keySet().stream().filter(id -> pending.getOrDefault(id, 0) == 0).forEach(ready::add);
        while (!ready.isEmpty()) {
            var node = byId.get(ready.poll());
            var kg = attributed.getOrDefault(node.id(), BigDecimal.ZERO);
            var inputsKg = node.inputs().stream().map(LotGraph.Input::massKg).reduce(BigDecimal.ZERO, BigDecimal::add);
            for (var input : node.inputs()) {
                if (!byId.containsKey(input.lotId())) {
                    continue;
                }
                if (inputsKg.signum() > 0) {
                    attributed.merge(input.lotId(), kg.multiply(input.massKg()).divide(inputsKg, PRECISION),
                            BigDecimal::add);
                }
                if (pending.merge(input.lotId(), -1, Integer::sum) == 0) {
                    ready.add(input.lotId());
                }
            }
        }
        return attributed;
    }

    /**
     * What blocks certification in one lot. Mass balance is checked on the way in (no lot weighs more than its
     * inputs gave; a purchase within the tolerance of what was sent), not on the way out: every operation takes
     * from {@code remaining_kg} in the transaction that writes the link, and the database refuses a negative
     * remaining mass, so no lot can give more than it held.
     */
    private void problemsOf(LotGraph.Node node, LocalDate today, List<TraceProblem> problems) {
        if (node.siteId() != null && statusToday(node, today) == SiteStatus.RED) {
            problems.add(problem(TraceProblem.Kind.RED_SITE, node));
        }
        if (node.tagStatus() == TagStatus.VOIDED) {
            problems.add(problem(TraceProblem.Kind.VOIDED_TAG, node));
        }
        if (node.uncertified()) {
            problems.add(problem(TraceProblem.Kind.UNCERTIFIED_LOT, node));
        }
        // Marked when its processing was recorded (MetalBalance): the outputs of one processing share their inputs
        // in proportion to mass, not to metal, so the links alone cannot tell a concentrate from its tailings.
        if (node.metalGain()) {
            problems.add(problem(TraceProblem.Kind.METAL_BALANCE, node));
        }
        if (!node.inputs().isEmpty()) {
            var in = node.inputs().stream().map(LotGraph.Input::massKg).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (node.operation() == OriginatingOperation.PURCHASE || node.operation() == OriginatingOperation.IMPORT) {
                // What the buyer weighed against what the seller sent (both are on the link and the lot).
                if (node.massKg().subtract(in).abs().compareTo(in.multiply(tolerance).subtract(in)) > 0) {
                    problems.add(problem(TraceProblem.Kind.WEIGHT_DIFFERENCE, node));
                }
            } else if (node.massKg().compareTo(in.multiply(tolerance)) > 0) {
                problems.add(problem(TraceProblem.Kind.MASS_BALANCE, node));
            }
        }
    }

    private static SiteStatus statusToday(LotGraph.Node site, LocalDate today) {
        return site.siteStatus() == null ? null
                : SiteStatusRules.asOf(site.siteStatus(), site.siteStatusSince(), site.correctionDeadline(), today);
    }

    private static TraceProblem problem(TraceProblem.Kind kind, LotGraph.Node node) {
        return new TraceProblem(kind, node.id(), node.lotNumber(), node.siteId());
    }

    /** Lots with their distance from the traced ones (breadth first), nearest first. */
    private static List<TraceLot> depths(List<LotGraph.Node> nodes, Collection<Long> targets, boolean upstream) {
        var byId = new HashMap<Long, LotGraph.Node>(nodes.size() * 2);
        nodes.forEach(node -> byId.put(node.id(), node));
        var next = new HashMap<Long, List<Long>>();
        for (var node : nodes) {
            for (var input : node.inputs()) {
                if (upstream) {
                    next.computeIfAbsent(node.id(), k -> new ArrayList<>()).add(input.lotId());
                } else {
                    next.computeIfAbsent(input.lotId(), k -> new ArrayList<>()).add(node.id());
                }
            }
        }
        var depth = new LinkedHashMap<Long, Integer>();
        var queue = new ArrayDeque<Long>();
        for (var target : targets) {
            if (byId.containsKey(target) && depth.putIfAbsent(target, 0) == null) {
                queue.add(target);
            }
        }
        while (!queue.isEmpty()) {
            var id = queue.poll();
            for (var nextId : next.getOrDefault(id, List.of())) {
                if (byId.containsKey(nextId) && depth.putIfAbsent(nextId, depth.get(id) + 1) == null) {
                    queue.add(nextId);
                }
            }
        }
        var result = new ArrayList<TraceLot>(depth.size());
        depth.forEach((id, d) -> {
            var node = byId.get(id);
            result.add(new TraceLot(node.id(), node.lotNumber(), node.operation(), node.custodian(), node.massKg(), d,
                    node.siteId(), node.tagNumber(), node.inputs()));
        });
        return result;
    }
}
