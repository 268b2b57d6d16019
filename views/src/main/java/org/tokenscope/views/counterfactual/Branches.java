package org.tokenscope.views.counterfactual;

import java.util.ArrayList;
import java.util.List;
import org.tokenscope.host.decode.BranchTree;
import org.tokenscope.host.decode.CounterfactualResult;
import org.tokenscope.host.decode.Intervention;

/**
 * The interventions of one factual run as an immutable tree: the engine's {@link BranchTree} (which knows
 * paths) plus a {@link Branch} per node, indexed by node id.
 */
public record Branches(BranchTree tree, List<Branch> branches) {
    public static final Branches EMPTY = new Branches(BranchTree.empty(), List.of());

    public Branches {
        branches = List.copyOf(branches);
        if (tree.nodes().size() != branches.size()) {
            throw new IllegalArgumentException("the tree has " + tree.nodes().size() + " nodes, " + branches.size() + " branches");
        }
    }

    /** Adds the result of an intervention on {@code parent}'s continuation (null: on the factual run). */
    public Branches add(Integer parent, CounterfactualResult r, String label, String text, String interventionalText) {
        BranchTree next = tree.add(parent, r.intervention(), r.counterfactual().generatedIds(), r.firstDivergence(),
                r.editDistanceCf(), label);
        List<Branch> all = new ArrayList<>(branches);
        all.add(new Branch(next.nodes().get(next.nodes().size() - 1), r.editDistanceInt(), text, interventionalText,
                r.klStart(), r.kl().clone()));
        return new Branches(next, all);
    }

    /** Adds a node read from a project file. */
    public Branches add(Branch b) {
        BranchTree.Node n = b.node();
        BranchTree next = tree.add(n.parent(), n.intervention(), n.ids(), n.firstDivergence(), n.editDistance(), n.label());
        List<Branch> all = new ArrayList<>(branches);
        all.add(new Branch(next.nodes().get(next.nodes().size() - 1), b.editDistanceInt(), b.text(),
                b.interventionalText(), b.klStart(), b.kl()));
        return new Branches(next, all);
    }

    public Branch get(int id) {
        return branches.get(id);
    }

    public boolean isEmpty() {
        return branches.isEmpty();
    }

    public int size() {
        return branches.size();
    }

    public List<Branch> children(Integer parent) {
        return tree.children(parent).stream().map(n -> branches.get(n.id())).toList();
    }

    /** The interventions above {@code id}, not including its own: the run it branched from. */
    public List<Intervention> parentPath(int id) {
        List<Intervention> path = tree.path(id);
        return List.copyOf(path.subList(0, path.size() - 1));
    }

    /** The interventions down to {@code id} included, or none for the factual run (null). */
    public List<Intervention> path(Integer id) {
        return id == null ? List.of() : tree.path(id);
    }
}
