package org.tokenscope.views.jobs;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The running jobs in the status bar: per job its title (the latest progress message as tooltip), a progress
 * bar and a cancel button. Hidden while nothing runs.
 */
public final class JobsStatusView extends HBox {

    public JobsStatusView(JobRunner runner) {
        super(8);
        setId("jobs-status");
        getStyleClass().add("jobs-status");
        setAlignment(Pos.CENTER_RIGHT);
        visibleProperty().bind(Bindings.isNotEmpty(runner.running()));
        managedProperty().bind(visibleProperty());
        runner.running().addListener((ListChangeListener<Job<?>>) c -> rebuild(runner));
        rebuild(runner);
    }

    private void rebuild(JobRunner runner) {
        getChildren().clear();
        for (Job<?> job : runner.running()) {
            getChildren().add(row(job));
        }
    }

    private static HBox row(Job<?> job) {
        Label title = new Label();
        title.getStyleClass().add("job-title");
        // The message says what the job is doing now ("layer 3 of 4"); the title alone can be stale-looking.
        title.textProperty().bind(Bindings.createStringBinding(
                () -> job.messageProperty().get().isBlank() ? job.title() : job.title() + " — " + job.messageProperty().get(),
                job.messageProperty()));
        title.setMaxWidth(320);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(title.textProperty());
        title.setTooltip(tip);

        ProgressBar bar = new ProgressBar();
        bar.getStyleClass().add("job-progress");
        bar.setPrefWidth(110);
        bar.progressProperty().bind(job.progressProperty()); // -1 shows the indeterminate bar

        Button cancel = new Button("Cancel");
        cancel.getStyleClass().add("job-cancel");
        cancel.setFocusTraversable(false);
        cancel.disableProperty().bind(job.cancelRequestedProperty());
        cancel.setTooltip(new Tooltip("Stop " + job.title()));
        cancel.setOnAction(e -> job.cancel());

        HBox row = new HBox(6, title, bar, cancel);
        row.getStyleClass().add("job-row");
        row.setAlignment(Pos.CENTER_RIGHT);
        return row;
    }
}
