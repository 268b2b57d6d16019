package org.tokenscope.views.counterfactual;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * Continuations aligned one above another by generated position, wrapped into bands like lines of text:
 * every column is as wide as its widest token, and a band holds as many columns as fit. Reading across a
 * band reads each continuation; reading down a column compares the same step of each run.
 */
public final class AlignedComparisonView extends Region {
    /** One continuation: its name in the gutter and one cell per generated position. */
    public record Row(String name, List<Cell> cells) {
    }

    /** One token: text, style classes, tooltip (may be null). */
    public record Cell(String text, List<String> styleClasses, String tooltip) {
    }

    private static final double GAP = 3, BAND_GAP = 10;
    private final Label empty = new Label();
    private final List<Label> names = new ArrayList<>();
    private final List<List<Label>> cells = new ArrayList<>();
    private final List<Label> positions = new ArrayList<>();
    private final List<Label> gutterPool = new ArrayList<>();
    private int columns;
    private int marked = -1;

    public AlignedComparisonView() {
        getStyleClass().add("cf-aligned");
        empty.getStyleClass().add("cf-empty");
        empty.setWrapText(true);
        getChildren().add(empty);
    }

    public void setEmptyText(String text) {
        empty.setText(text);
    }

    /** Shows {@code rows}; {@code markedColumn} (or -1) gets its position number shown whatever the spacing. */
    public void setRows(List<Row> rows, int markedColumn) {
        names.clear();
        cells.clear();
        positions.clear();
        gutterPool.clear();
        getChildren().clear();
        marked = markedColumn;
        columns = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        if (rows.isEmpty()) {
            getChildren().add(empty);
            requestLayout();
            return;
        }
        for (int c = 0; c < columns; c++) {
            Label p = new Label(Integer.toString(c));
            p.getStyleClass().add("cf-position");
            positions.add(p);
        }
        for (Row r : rows) {
            names.add(gutter(r.name()));
            List<Label> row = new ArrayList<>();
            for (Cell cell : r.cells()) {
                Label l = new Label(cell.text());
                l.getStyleClass().add("cf-cell");
                l.getStyleClass().addAll(cell.styleClasses());
                if (cell.tooltip() != null) {
                    l.setTooltip(new Tooltip(cell.tooltip()));
                }
                row.add(l);
            }
            cells.add(row);
        }
        getChildren().addAll(positions);
        getChildren().addAll(names);
        cells.forEach(getChildren()::addAll);
        requestLayout();
    }

    private Label gutter(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("cf-row-name");
        return l;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 480;
    }

    @Override
    protected double computeMinWidth(double height) {
        return gutterWidth() + 120;
    }

    @Override
    protected double computePrefHeight(double width) {
        if (names.isEmpty()) {
            double w = width > 0 ? width : computePrefWidth(-1);
            return snappedTopInset() + empty.prefHeight(w - snappedLeftInset() - snappedRightInset()) + snappedBottomInset();
        }
        int bands = bandStarts(width > 0 ? width : computePrefWidth(-1)).size() - 1;
        return snappedTopInset() + bands * bandHeight() - BAND_GAP + snappedBottomInset();
    }

    private double gutterWidth() {
        return names.stream().mapToDouble(l -> l.prefWidth(-1)).max().orElse(0) + 8;
    }

    private double columnWidth(int c) {
        double w = positions.isEmpty() ? 0 : positions.get(c).prefWidth(-1);
        for (List<Label> row : cells) {
            if (c < row.size()) {
                w = Math.max(w, row.get(c).prefWidth(-1));
            }
        }
        return w;
    }

    private double rowHeight() {
        return cells.stream().flatMap(List::stream).mapToDouble(l -> l.prefHeight(-1)).max().orElse(18);
    }

    private double headerHeight() {
        return positions.isEmpty() ? 0 : positions.get(0).prefHeight(-1);
    }

    private double bandHeight() {
        return headerHeight() + names.size() * (rowHeight() + GAP) + BAND_GAP;
    }

    /** First column of each band, then {@code columns}: columns are packed greedily into the width. */
    private List<Integer> bandStarts(double width) {
        double avail = Math.max(40, width - snappedLeftInset() - snappedRightInset() - gutterWidth());
        List<Integer> starts = new ArrayList<>(List.of(0));
        double x = 0;
        for (int c = 0; c < columns; c++) {
            double w = columnWidth(c) + GAP;
            if (x > 0 && x + w > avail) {
                starts.add(c);
                x = 0;
            }
            x += w;
        }
        starts.add(columns);
        return starts;
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset(), top = snappedTopInset();
        if (names.isEmpty()) {
            empty.resizeRelocate(left, top, getWidth() - left - snappedRightInset(), empty.prefHeight(getWidth() - left));
            return;
        }
        List<Integer> starts = bandStarts(getWidth());
        double gutter = gutterWidth(), rowH = rowHeight(), headH = headerHeight();
        int bands = starts.size() - 1;
        while (gutterPool.size() < (bands - 1) * names.size()) {
            Label copy = gutter(names.get(gutterPool.size() % names.size()).getText());
            gutterPool.add(copy);
            getChildren().add(copy); // later bands repeat the row names, so each band reads on its own
        }
        gutterPool.forEach(l -> l.setVisible(false));
        for (int b = 0; b < bands; b++) {
            double y = top + b * bandHeight();
            for (int r = 0; r < names.size(); r++) {
                Label name = b == 0 ? names.get(r) : gutterPool.get((b - 1) * names.size() + r);
                name.setVisible(true);
                name.resizeRelocate(left, y + headH + r * (rowH + GAP), gutter - 8, rowH);
            }
            double x = left + gutter;
            for (int c = starts.get(b); c < starts.get(b + 1); c++) {
                double w = columnWidth(c);
                Label pos = positions.get(c);
                pos.setVisible(c == starts.get(b) || c % 5 == 0 || c == marked);
                pos.resizeRelocate(x, y, w, headH);
                for (int r = 0; r < cells.size(); r++) {
                    if (c < cells.get(r).size()) {
                        cells.get(r).get(c).resizeRelocate(x, y + headH + r * (rowH + GAP), w, rowH);
                    }
                }
                x += w + GAP;
            }
        }
    }
}
