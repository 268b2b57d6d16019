package org.tokenscope.views.stepper;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.tokenscope.views.controls.ErrorAlert;
import org.tokenscope.views.export.NodeImages;

/** Step, to punctuation, run, pause, back, reset; keep a run for comparison; export. */
final class StepperToolbar extends HBox {

    /** {@code chart}: the entropy chart node, for the PNG export. */
    StepperToolbar(StepperViewModel vm, Node chart) {
        super(6);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("stepper-toolbar");
        BooleanExpression busy = BooleanExpression.booleanExpression(vm.busyProperty());
        BooleanBinding noRun = vm.runProperty().isNull();
        BooleanBinding scoring = vm.modeProperty().isEqualTo(StepperViewModel.Mode.SCORE);

        Button step = button("stepper-step", "Step", "One token, or one whole winning trial in cautious mode.", vm::step);
        Button punct = button("stepper-step-punct", "To punctuation", "Step until a token that ends a trial: . , ? ! : ; ) ] } or a newline.",
                vm::stepToPunctuation);
        Button run = button("stepper-run", "Run", "Step until EOS or the length limit; Pause keeps what it made.", vm::run);
        Button pause = button("stepper-pause", "Pause", "Stop the running job after the current step.", vm::pause);
        Button back = button("stepper-back", "Back", "Undo the last step (a token, or a whole cautious trial).", vm::back);
        Button reset = button("stepper-reset", "Reset", "Drop the run; the next step starts a new one with the current settings.",
                vm::reset);
        Button keep = button("stepper-keep", "Keep for comparison", "Keep this run as a second strip and entropy line, and reset "
                + "to run again with other settings (e.g. cautious mode off, same seed).", vm::keepForComparison);
        Button clear = button("stepper-clear-comparison", "Drop comparison", "Remove the kept run.", vm::clearComparison);
        for (Button b : new Button[] {step, punct, run}) {
            b.disableProperty().bind(busy);
        }
        pause.disableProperty().bind(busy.not());
        back.disableProperty().bind(busy.or(noRun).or(scoring));
        keep.disableProperty().bind(busy.or(noRun).or(scoring));
        clear.visibleProperty().bind(vm.comparisonProperty().isNotNull());
        clear.managedProperty().bind(clear.visibleProperty());
        for (Node n : new Node[] {step, punct, run, back, keep}) {
            n.visibleProperty().bind(scoring.not());
            n.managedProperty().bind(n.visibleProperty());
        }
        getChildren().addAll(step, punct, run, pause, back, reset, new Separator(javafx.geometry.Orientation.VERTICAL), keep, clear,
                exports(vm, chart));
    }

    private static Button button(String id, String text, String help, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(help));
        b.setOnAction(e -> action.run());
        return b;
    }

    @FunctionalInterface
    private interface Write {
        void to(Path file) throws IOException;
    }

    private static MenuButton exports(StepperViewModel vm, Node chart) {
        MenuButton m = new MenuButton("Export");
        m.setId("stepper-export");
        m.getItems().addAll(
                item("stepper-export-png", "Entropy chart as PNG (2×)…", "entropy.png", "*.png", chart,
                        f -> NodeImages.writePng(chart, 2, f)),
                item("stepper-export-svg", "Entropy chart as SVG…", "entropy.svg", "*.svg", chart, f -> StepperExports.writeEntropySvg(vm, f)),
                item("stepper-export-csv", "Trace as CSV…", "trace.csv", "*.csv", chart, f -> StepperExports.writeTraceCsv(vm, f)),
                item("stepper-export-json", "Trace as JSON…", "trace.json", "*.json", chart, f -> StepperExports.writeTraceJson(vm, f)));
        m.disableProperty().bind(Bindings.isEmpty(vm.rows()));
        return m;
    }

    private static MenuItem item(String id, String text, String suggested, String pattern, Node owner, Write write) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> {
            Window w = owner.getScene() == null ? null : owner.getScene().getWindow();
            FileChooser chooser = new FileChooser();
            chooser.setTitle(text.replace("…", ""));
            chooser.setInitialFileName(suggested);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(pattern.substring(2).toUpperCase(), pattern));
            File file = chooser.showSaveDialog(w);
            if (file == null) {
                return;
            }
            try {
                write.to(file.toPath());
            } catch (IOException | RuntimeException ex) {
                ErrorAlert.create(w, "The export could not be written.", ErrorAlert.oneLine(ex), ex).show();
            }
        });
        return item;
    }
}
