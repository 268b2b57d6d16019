package org.tokenscope.views.counterfactual;

import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.VBox;

/**
 * Shows the branch tree in a TreeView (the root is the factual run; a child branches from its parent's
 * continuation) and keeps the tree's selection and the view model's in step both ways.
 */
final class BranchTreeBinder {
    private final TreeView<Integer> tree;
    private final Label details;
    private final CounterfactualViewModel vm;
    private boolean syncing;

    BranchTreeBinder(TreeView<Integer> tree, Label details, CounterfactualViewModel vm) {
        this.tree = tree;
        this.details = details;
        this.vm = vm;
        tree.setShowRoot(true);
        tree.setCellFactory(t -> new BranchCell());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (!syncing && now != null) {
                vm.select(now.getValue());
            }
        });
        vm.branchesProperty().addListener((obs, was, now) -> rebuild());
        vm.factualProperty().addListener((obs, was, now) -> rebuild());
        vm.selectedProperty().addListener((obs, was, now) -> selectInTree(now));
        rebuild();
    }

    private void rebuild() {
        TreeItem<Integer> root = new TreeItem<>(null);
        root.setExpanded(true);
        add(root, null);
        syncing = true;
        try {
            tree.setRoot(root);
        } finally {
            syncing = false;
        }
        selectInTree(vm.selectedProperty().get());
    }

    private void add(TreeItem<Integer> parent, Integer id) {
        for (Branch b : vm.branchesProperty().get().children(id)) {
            TreeItem<Integer> item = new TreeItem<>(b.id());
            item.setExpanded(true);
            parent.getChildren().add(item);
            add(item, b.id());
        }
    }

    private void selectInTree(Integer id) {
        syncing = true;
        try {
            TreeItem<Integer> item = find(tree.getRoot(), id);
            if (item != null) {
                tree.getSelectionModel().select(item);
            }
        } finally {
            syncing = false;
        }
        details.setText(describe(id));
    }

    private static TreeItem<Integer> find(TreeItem<Integer> item, Integer id) {
        if (item == null) {
            return null;
        }
        if (java.util.Objects.equals(item.getValue(), id)) {
            return item;
        }
        for (TreeItem<Integer> c : item.getChildren()) {
            TreeItem<Integer> hit = find(c, id);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    private String describe(Integer id) {
        Branches b = vm.branchesProperty().get();
        if (id == null || id >= b.size()) {
            return b.isEmpty() ? "Every token you replace adds a branch here; select one to show it again. A branch made "
                    + "while another is selected branches from that one." : "The factual run: select a branch to show it.";
        }
        Branch br = b.get(id);
        return "Branch " + id + (br.node().parent() == null ? " on the factual run" : " on branch " + br.node().parent()) + ": "
                + br.node().label() + ". First divergence " + (br.node().firstDivergence() == null ? "none" : "at " + br.node().firstDivergence())
                + "; edit distance counterfactual " + br.node().editDistance() + ", interventional " + br.editDistanceInt()
                + "; mean KL " + Labels.nats(br.meanKl()) + " nats.";
    }

    /** A node: its change on the first line, its metrics on the second. */
    private final class BranchCell extends TreeCell<Integer> {
        private final Label title = new Label();
        private final Label metrics = new Label();
        private final VBox box = new VBox(1, title, metrics);

        BranchCell() {
            metrics.getStyleClass().add("cf-tree-metrics");
        }

        @Override
        protected void updateItem(Integer id, boolean empty) {
            super.updateItem(id, empty);
            setText(null);
            setTooltip(null);
            if (empty) {
                setGraphic(null);
                return;
            }
            Branches b = vm.branchesProperty().get();
            if (id == null) {
                FactualRun run = vm.factualProperty().get();
                title.setText("Factual run");
                metrics.setText(run == null ? "not generated yet" : "seed " + run.settings().sampler().seed() + " · "
                        + run.trace().steps().size() + " tokens");
            } else if (id < b.size()) {
                Branch br = b.get(id);
                title.setText("#" + id + "  " + br.node().label());
                metrics.setText("edit cf " + br.node().editDistance() + " · int " + br.editDistanceInt() + " · KL " + Labels.nats(br.meanKl()));
                setTooltip(new javafx.scene.control.Tooltip(describe(id)));
            }
            setGraphic(box);
        }
    }
}
