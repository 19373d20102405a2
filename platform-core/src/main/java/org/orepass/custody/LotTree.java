package org.orepass.custody;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * A lot's genealogy as a tree for the page: each node's children are its inputs (back) or the lots made from it
 * (forward), with the kilograms that went along the link. A lot reached twice is shown again but not expanded
 * ({@code repeated}), and the tree stops after {@code limit} nodes ({@code truncated}): the JSON has everything.
 */
record LotTree(long lotId, String lotNumber, OriginatingOperation operation, String custodian,
        BigDecimal massKg, BigDecimal linkKg, Long siteId, String siteName, String tagNumber, boolean repeated,
        List<LotTree> children, int size, boolean truncated) {

    static LotTree build(List<LotGraph.Node> nodes, long rootId, int limit, boolean upstream) {
        var byId = new HashMap<Long, LotGraph.Node>(nodes.size() * 2);
        nodes.forEach(node -> byId.put(node.id(), node));
        Map<Long, List<LotGraph.Input>> next = new HashMap<>();
        for (var node : nodes) {
            for (var input : node.inputs()) {
                if (!byId.containsKey(input.lotId())) {
                    continue;
                }
                if (upstream) {
                    next.computeIfAbsent(node.id(), k -> new ArrayList<>()).add(input);
                } else {
                    next.computeIfAbsent(input.lotId(), k -> new ArrayList<>())
                            .add(new LotGraph.Input(node.id(), input.massKg()));
                }
            }
        }
        // Breadth first, so a truncated tree shows the nearest lots rather than one long branch.
        var root = new Builder(byId.get(rootId), null, false);
        var seen = new HashSet<Long>();
        seen.add(rootId);
        var queue = new ArrayDeque<Builder>();
        queue.add(root);
        int count = 1;
        boolean truncated = false;
        while (!queue.isEmpty()) {
            var parent = queue.poll();
            for (var link : next.getOrDefault(parent.node.id(), List.of())) {
                if (count >= limit) {
                    truncated = true;
                    break;
                }
                boolean repeated = !seen.add(link.lotId());
                var child = new Builder(byId.get(link.lotId()), link.massKg(), repeated);
                parent.children.add(child);
                count++;
                if (!repeated) {
                    queue.add(child);
                }
            }
        }
        return root.build(nodes.size(), truncated);
    }

    private static final class Builder {
        private final LotGraph.Node node;
        private final BigDecimal linkKg;
        private final boolean repeated;
        private final List<Builder> children = new ArrayList<>();

        Builder(LotGraph.Node node, BigDecimal linkKg, boolean repeated) {
            this.node = node;
            this.linkKg = linkKg;
            this.repeated = repeated;
        }

        LotTree build(int size, boolean truncated) {
            return new LotTree(node.id(), node.lotNumber(), node.operation(), node.custodian(), node.massKg(), linkKg,
                    node.siteId(), node.siteName(), node.tagNumber(), repeated,
                    children.stream().map(child -> child.build(0, false)).toList(), size, truncated);
        }
    }
}
