package org.tokenscope.views.stepper;

import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tokenscope.host.decode.CautiousInfo;
import org.tokenscope.host.decode.CautiousSettings;
import org.tokenscope.host.decode.Step;
import org.tokenscope.views.export.BarChartData;
import org.tokenscope.views.export.LineChartData;
import org.tokenscope.views.export.TableData;

/**
 * What the stepper derives from its state: the entropy chart, a one-line summary of the run or score, and for
 * the selected token its step's distribution per stage, the stage table and the CNTP trials. Recomputed from
 * the view model's properties whenever they change; read-only for the view.
 */
public final class StepperSelection {
    private final StepperViewModel vm;
    private final ReadOnlyObjectWrapper<TokenRow> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<LineChartData> entropyChart = new ReadOnlyObjectWrapper<>(this, "entropyChart");
    private final ReadOnlyObjectWrapper<BarChartData> distribution = new ReadOnlyObjectWrapper<>(this, "distribution");
    private final ReadOnlyObjectWrapper<TableData> stageTable = new ReadOnlyObjectWrapper<>(this, "stageTable");
    private final ObservableList<TrialRow> trials = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper trialsCaption = new ReadOnlyStringWrapper(this, "trialsCaption", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    StepperSelection(StepperViewModel vm) {
        this.vm = vm;
        Observable[] chartInputs = {vm.rows(), vm.comparisonRows(), vm.modeProperty(), vm.runProperty()};
        for (Observable o : chartInputs) {
            o.addListener(x -> chart());
        }
        for (Observable o : vm.settings().all()) {
            o.addListener(x -> chart());
        }
        for (Observable o : new Observable[] {vm.rows(), vm.selectedIndexProperty()}) {
            o.addListener(x -> select());
        }
        for (Observable o : new Observable[] {vm.rows(), vm.modeProperty(), vm.busyProperty(), vm.scoreProperty()}) {
            o.addListener(x -> summarise());
        }
        chart();
        select();
        summarise();
    }

    private boolean scoring() {
        return vm.modeProperty().get() == StepperViewModel.Mode.SCORE;
    }

    /** The thresholds the run used; before a run (or for a plain one) those the settings would use. */
    private CautiousSettings thresholds() {
        Run run = vm.runProperty().get();
        if (!scoring() && run != null && run.cautious()) {
            return run.trace().cautious();
        }
        try {
            return vm.settings().cautiousValues();
        } catch (IllegalArgumentException e) {
            return null; // H_high ≤ H_low while being edited: draw no thresholds rather than wrong ones
        }
    }

    private void chart() {
        entropyChart.set(StepperCharts.entropy(vm.rows(), scoring() ? List.of() : vm.comparisonRows(), thresholds(), scoring()));
    }

    private void select() {
        int i = vm.selectedIndexProperty().get();
        TokenRow row = i >= 0 && i < vm.rows().size() ? vm.rows().get(i) : null;
        selected.set(row);
        Run run = vm.runProperty().get();
        if (row == null || row.step() == null || run == null) {
            distribution.set(null);
            stageTable.set(null);
            trials.clear();
            trialsCaption.set(row == null ? "Select a token to see its step."
                    : "Scored tokens have no sampler stages or trials: their numbers are in the hover and the chart.");
            return;
        }
        Step step = row.step();
        distribution.set(StepperCharts.distribution(step, run));
        stageTable.set(StepperCharts.stages(step, run));
        int start = Rows.groupStart(run.steps(), row.index());
        CautiousInfo info = run.steps().get(start).cautious();
        trials.setAll(TrialRow.of(info, run));
        trialsCaption.set(caption(run, start, info));
    }

    private static String caption(Run run, int start, CautiousInfo info) {
        if (info == null) {
            return "Step " + start + " was sampled plainly" + (run.cautious() ? "." : ": cautious mode was off for this run.");
        }
        String formula = run.trace().cautious().formula().label();
        if (info.trials() <= 1) {
            return String.format(Locale.ROOT, "Step %d: entropy %.3f nats gives 1 trial (%s formula): plain sampling.", start,
                    info.entropy(), formula);
        }
        CautiousInfo.Trial won = info.details().get(info.chosen());
        return String.format(Locale.ROOT, "Step %d: entropy %.3f nats gives %d trials (%s formula); trial %d won with PPL %.3f.",
                start, info.entropy(), info.trials(), formula, info.chosen(), won.ppl());
    }

    private void summarise() {
        if (scoring()) {
            ScoreRun s = vm.scoreProperty().get();
            summary.set(s == null ? "" : String.format(Locale.ROOT, "%d tokens · perplexity %.3f · %.3f bits per byte%s",
                    s.result().tokens().size(), s.result().ppl(), s.result().bitsPerByte(), s.result().windows() > 1
                            ? String.format(Locale.ROOT, " · %d windows, stride %d", s.result().windows(), s.result().stride())
                            : ""));
            return;
        }
        Run run = vm.runProperty().get();
        if (run == null) {
            summary.set("");
            return;
        }
        long trialSteps = run.steps().stream().filter(s -> s.cautious() != null && s.cautious().trials() > 1).count();
        String how = run.cautious() ? "cautious, " + run.trace().cautious().formula().label() + " formula, " + trialSteps
                + " steps with trials" : "plain sampling";
        String state = vm.busyProperty().get() ? "running" : run.finished() ? "stopped: " + run.trace().stop() : "paused";
        summary.set(String.format(Locale.ROOT, "%d tokens · seed %d · %s · %s", run.steps().size(), run.trace().sampler().seed(),
                how, state));
    }

    public ReadOnlyObjectProperty<TokenRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Entropy and surprisal per token with the CNTP thresholds (and the comparison run's entropy). */
    public ReadOnlyObjectProperty<LineChartData> entropyChartProperty() {
        return entropyChart.getReadOnlyProperty();
    }

    /** The selected step's distribution after each sampler stage; null without a generated token selected. */
    public ReadOnlyObjectProperty<BarChartData> distributionProperty() {
        return distribution.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TableData> stageTableProperty() {
        return stageTable.getReadOnlyProperty();
    }

    /** The CNTP trials of the step the selected token belongs to; empty when it ran none. */
    public ObservableList<TrialRow> trials() {
        return trials;
    }

    public ReadOnlyStringProperty trialsCaptionProperty() {
        return trialsCaption.getReadOnlyProperty();
    }

    /** One line on the run (tokens, seed, mode, state) or the score (perplexity, bits per byte). */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
