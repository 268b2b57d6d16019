package org.tokenscope.host.decode;

import java.util.ArrayList;
import java.util.List;

/**
 * The interventions made on a factual run, as a tree: a node's intervention applies to its parent's
 * continuation (the root's parent is the factual run). Nodes keep ids and metrics, not whole traces:
 * a node's trace is regenerated deterministically from its path of interventions.
 */
public record BranchTree(List<Node> nodes) {

    /**
     * @param parent        id of the node this one branches from, or null for the factual run
     * @param ids           the counterfactual's generated ids
     * @param label         what the user sees, e.g. "pos 7: ␣Anne → ␣Emma"
     */
    public record Node(int id, Integer parent, Intervention intervention, int[] ids, Integer firstDivergence,
            int editDistance, String label) {
    }

    public static BranchTree empty() {
        return new BranchTree(List.of());
    }

    public BranchTree add(Integer parent, Intervention iv, int[] ids, Integer firstDivergence, int editDistance, String label) {
        if (parent != null && nodes.stream().noneMatch(n -> n.id() == parent)) {
            throw new IllegalArgumentException("no node " + parent);
        }
        List<Node> next = new ArrayList<>(nodes);
        next.add(new Node(nodes.size(), parent, iv, ids.clone(), firstDivergence, editDistance, label));
        return new BranchTree(List.copyOf(next));
    }

    public List<Node> children(Integer parent) {
        return nodes.stream().filter(n -> java.util.Objects.equals(n.parent(), parent)).toList();
    }

    /** Interventions from the factual run down to this node, in order. */
    public List<Intervention> path(int nodeId) {
        List<Intervention> out = new ArrayList<>();
        for (Integer id = nodeId; id != null; id = nodes.get(id).parent()) {
            out.add(0, nodes.get(id).intervention());
        }
        return out;
    }
}
