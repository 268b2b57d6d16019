package org.tokenscope.views.sae;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.tokenscope.host.sae.StepMetrics;
import org.tokenscope.host.sae.TrainingArchitecture;
import org.tokenscope.views.controls.FxLineChart;
import org.tokenscope.views.export.ExportActions;

/**
 * Training: tap, architecture, d_sae, k, token budget, learning rate, Zipf α and aux coefficient; Train runs
 * through the jobs seam with live normalised-MSE / L0 / dead-feature curves and Cancel; finished runs are
 * compared in a table. Right-click a chart or the table to export it.
 */
final class TrainingPane extends VBox {
    private final SaeViewModel vm;
    private final ChoiceBox<String> tap = new ChoiceBox<>();
    private final ChoiceBox<TrainingArchitecture> arch = new ChoiceBox<>();
    private final TextField dSae = field("sae-train-dsae");
    private final TextField k = field("sae-train-k");
    private final TextField tokens = field("sae-train-tokens");
    private final TextField lr = field("sae-train-lr");
    private final TextField zipf = field("sae-train-zipf");
    private final TextField aux = field("sae-train-aux");
    private final FxLineChart loss = new FxLineChart();
    private final FxLineChart sparsity = new FxLineChart();

    TrainingPane(SaeViewModel vm) {
        super(6);
        this.vm = vm;
        setId("sae-training");
        setPadding(new Insets(8));
        tap.setId("sae-train-tap");
        arch.setId("sae-train-arch");
        arch.getItems().setAll(TrainingArchitecture.values());
        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(4);
        int r = 0;
        form.addRow(r++, new Label("Tap"), tap, new Label("Architecture"), arch);
        form.addRow(r++, new Label("d_sae"), dSae, new Label("k"), k);
        form.addRow(r++, new Label("Tokens"), tokens, new Label("Learning rate"), lr);
        form.addRow(r, new Label("Zipf α"), zipf, new Label("Aux coefficient"), aux);
        Button train = new Button("Train");
        train.setId("sae-train");
        train.disableProperty().bind(vm.trainingJobProperty().isNotNull());
        train.setOnAction(e -> read());
        Button cancel = new Button("Cancel");
        cancel.setId("sae-train-cancel");
        cancel.disableProperty().bind(vm.trainingJobProperty().isNull());
        cancel.setOnAction(e -> vm.cancelTraining());
        Label corpus = new Label();
        corpus.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> String.format(Locale.ROOT,
                "Trains on up to %,d activation vectors of the bundled corpus at the chosen tap, in repeated passes; "
                        + "10%% of its windows are held out for the comparison.", vm.trainingStoreTokensProperty().get()),
                vm.trainingStoreTokensProperty()));
        corpus.setWrapText(true);
        Label status = new Label();
        status.setId("sae-train-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.trainingStatusProperty());
        loss.setId("sae-train-loss");
        sparsity.setId("sae-train-sparsity");
        loss.setPrefHeight(200);
        sparsity.setPrefHeight(200);
        ExportActions.install(loss, ExportActions.chartMenu(loss, loss.dataProperty()::get));
        ExportActions.install(sparsity, ExportActions.chartMenu(sparsity, sparsity.dataProperty()::get));
        TableView<SaeResults.RunRow> runs = runsTable();
        ExportActions.install(runs, ExportActions.tableMenu(runs, () -> SaeExports.runsTable(List.copyOf(runs.getItems()))));
        getChildren().addAll(form, corpus, new HBox(6, train, cancel), status, new HBox(6, loss, sparsity), runs);
        show(vm.trainingFormProperty().get());
        vm.trainingFormProperty().addListener((o, was, now) -> show(now));
        vm.curve().addListener((ListChangeListener<StepMetrics>) c -> redraw());
        refreshTaps();
        setTaps(vm.taps());
        vm.taps().addListener((ListChangeListener<String>) c -> setTaps(List.copyOf(vm.taps())));
        redraw();
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(8);
        return f;
    }

    private void refreshTaps() {
        String t = vm.trainingFormProperty().get().tap();
        if (!tap.getItems().contains(t)) {
            tap.getItems().add(t);
        }
    }

    /** Fills the form (a project's saved settings, a newly opened SAE's tap). */
    private void show(TrainingForm f) {
        if (!tap.getItems().contains(f.tap())) {
            tap.getItems().add(f.tap());
        }
        tap.setValue(f.tap());
        arch.setValue(f.architecture());
        dSae.setText(Integer.toString(f.dSae()));
        k.setText(Integer.toString(f.k()));
        tokens.setText(Long.toString(f.tokens()));
        lr.setText(Double.toString(f.learningRate()));
        zipf.setText(Double.toString(f.zipfAlpha()));
        aux.setText(Double.toString(f.auxCoefficient()));
    }

    /** Taps of the loaded model, for the choice box (the view model's owner calls it when the model changes). */
    void setTaps(List<String> names) {
        String current = tap.getValue();
        tap.getItems().setAll(names);
        if (current != null && !names.contains(current)) {
            tap.getItems().add(current);
        }
        tap.setValue(current);
    }

    private void read() {
        TrainingForm f;
        try {
            f = new TrainingForm(tap.getValue(), arch.getValue(), Integer.parseInt(dSae.getText().strip()),
                    Integer.parseInt(k.getText().strip()), Long.parseLong(tokens.getText().strip().replace("_", "").replace(",", "")),
                    Double.parseDouble(lr.getText().strip()), Double.parseDouble(zipf.getText().strip()),
                    Double.parseDouble(aux.getText().strip()));
        } catch (NumberFormatException e) {
            vm.trainingStatusProperty().set("Check the numbers: " + e.getMessage());
            return;
        }
        vm.train(f);
    }

    private void redraw() {
        List<SaeResults.RunRow> live = List.of(new SaeResults.RunRow(0, "", "", 0, 0, 0, 0, false, Double.NaN, Double.NaN,
                -1, vm.curve()));
        loss.dataProperty().set(SaeExports.lossChart(live));
        sparsity.dataProperty().set(SaeExports.sparsityChart(live));
    }

    /** The project's saved runs and the runs trained since, in order; redrawn when either list changes. */
    private TableView<SaeResults.RunRow> runsTable() {
        TableView<SaeResults.RunRow> t = new TableView<>();
        t.setId("sae-runs");
        t.setPrefHeight(150);
        t.setPlaceholder(new Label("Finished training runs are compared here."));
        TableColumn<SaeResults.RunRow, String> name = new TableColumn<>("Run");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        name.setPrefWidth(200);
        TableColumn<SaeResults.RunRow, String> tok = new TableColumn<>("Tokens");
        tok.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.format(Locale.ROOT, "%,d", c.getValue().tokensTrained())));
        TableColumn<SaeResults.RunRow, Number> mse = new TableColumn<>("Norm. MSE");
        mse.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(round(c.getValue().normalizedMse(), 4)));
        TableColumn<SaeResults.RunRow, Number> l0 = new TableColumn<>("L0");
        l0.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(round(c.getValue().l0(), 1)));
        TableColumn<SaeResults.RunRow, Number> dead = new TableColumn<>("Dead");
        dead.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().deadFeatures() < 0 ? null : c.getValue().deadFeatures()));
        t.getColumns().setAll(List.of(name, tok, mse, l0, dead));
        Runnable fill = () -> t.getItems().setAll(SaeResults.of(vm).runs());
        vm.runs().addListener((ListChangeListener<SaeViewModel.TrainedRun>) c -> fill.run());
        vm.savedRuns().addListener((ListChangeListener<SaeResults.RunRow>) c -> fill.run());
        fill.run();
        return t;
    }

    /** NaN (a cancelled run's metrics) shows as an empty cell. */
    private static Double round(double v, int places) {
        if (!Double.isFinite(v)) {
            return null;
        }
        double p = Math.pow(10, places);
        return Math.round(v * p) / p;
    }
}
