package org.tokenscope.views.counterfactual;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** Turns a {@link Comparison} into the aligned rows, the metrics line and the legend the panel shows. */
final class ComparisonRows {
    private ComparisonRows() {
    }

    /** {@code baseName}: what the first row is, "factual" or the parent branch. */
    static List<AlignedComparisonView.Row> rows(Comparison c, ModelFacts facts, String baseName) {
        int from = c.intervention().inPrompt() ? 0 : c.intervention().position();
        List<AlignedComparisonView.Row> rows = new ArrayList<>();
        int[] f = c.result().factual().generatedIds();
        List<AlignedComparisonView.Cell> factual = new ArrayList<>();
        for (int i = 0; i < f.length; i++) {
            String cls = i < from ? "cf-prefix" : !c.intervention().inPrompt() && i == from ? "cf-replaced" : "cf-same";
            factual.add(new AlignedComparisonView.Cell(facts.token(f[i]), List.of(cls), tip(i, f[i], "factual")));
        }
        rows.add(new AlignedComparisonView.Row(baseName, factual));
        rows.add(row("counterfactual", c.result().counterfactual().generatedIds(), c.counterfactualMarks(), from, facts));
        rows.add(row("interventional", c.result().interventional().generatedIds(), c.interventionalMarks(), from, facts));
        return rows;
    }

    private static AlignedComparisonView.Row row(String name, int[] ids, List<TokenDiff.Mark> marks, int from, ModelFacts facts) {
        List<AlignedComparisonView.Cell> cells = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            TokenDiff.Mark m = marks.get(i);
            String cls = i < from && m == TokenDiff.Mark.SAME ? "cf-prefix" : "cf-" + m.name().toLowerCase(java.util.Locale.ROOT);
            cells.add(new AlignedComparisonView.Cell(facts.token(ids[i]), List.of(cls), tip(i, ids[i], m.name().toLowerCase(java.util.Locale.ROOT))));
        }
        return new AlignedComparisonView.Row(name, cells);
    }

    private static String tip(int position, int id, String what) {
        return "position " + position + " · id " + id + " · " + what;
    }

    /** "Branch 2 on branch 0 · pos 5: ␣a → ␣the — first divergence …; edit distance …; kept …". */
    static String metrics(Comparison c, Branches branches) {
        var r = c.result();
        Branch b = c.nodeId() >= 0 && c.nodeId() < branches.size() ? branches.get(c.nodeId()) : null;
        String head = b == null ? "" : "Branch " + b.id() + (b.node().parent() == null ? " on the factual run" : " on branch " + b.node().parent())
                + " · " + b.node().label() + ".  ";
        int n = r.factual().steps().size();
        return head + "First divergence: " + (r.firstDivergence() == null ? "none" : "position " + r.firstDivergence())
                + ".  Edit distance to the " + (b != null && b.node().parent() != null ? "parent run" : "factual run") + ": counterfactual "
                + r.editDistanceCf() + ", interventional " + r.editDistanceInt() + " tokens (of " + n + ").  Kept factual tokens: counterfactual "
                + TokenDiff.keptCount(c.counterfactualMarks()) + ", interventional " + TokenDiff.keptCount(c.interventionalMarks()) + ".";
    }

    /** Swatches naming the diff colours. */
    static void legend(javafx.scene.layout.Pane box) {
        box.getChildren().clear();
        String[][] items = {{"cf-forced", "forced by the change"}, {"cf-same", "same as factual"},
            {"cf-shifted", "factual token, shifted"}, {"cf-changed", "changed"}, {"cf-prefix", "shared prefix"}};
        for (String[] it : items) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("cf-swatch", it[0]);
            Label l = new Label(it[1]);
            HBox item = new HBox(4, swatch, l);
            item.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            box.getChildren().add(item);
        }
    }
}
