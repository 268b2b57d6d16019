package org.tokenscope.views.jobs;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.tokenscope.host.job.Cancellation;

/**
 * One job started through {@link JobRunner}: what the status bar shows (title, progress, message) and the
 * cancel switch. Properties change on the FX thread only; {@link #cancel()} may be called from any thread.
 */
public final class Job<T> {
    /** Where a job is; everything but RUNNING is final. */
    public enum State { RUNNING, SUCCEEDED, FAILED, CANCELLED }

    private final String title;
    private final Executor fx;
    private final Cancellation cancellation = new Cancellation();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.RUNNING);
    private final ReadOnlyBooleanWrapper cancelRequested = new ReadOnlyBooleanWrapper(false);
    private final CompletableFuture<T> result = new CompletableFuture<>();

    Job(String title, Executor fx) {
        this.title = title;
        this.fx = fx;
    }

    public String title() {
        return title;
    }

    /** Asks the work to stop at its next {@link Cancellation#check()}; its result, if any, is dropped. */
    public void cancel() {
        cancellation.cancel();
        fx.execute(() -> cancelRequested.set(true));
    }

    Cancellation cancellation() {
        return cancellation;
    }

    /** Fraction done in [0, 1], or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State state() {
        return state.get();
    }

    /** True once cancel was asked for, so the view can disable its cancel button while the work winds down. */
    public ReadOnlyBooleanProperty cancelRequestedProperty() {
        return cancelRequested.getReadOnlyProperty();
    }

    /**
     * Completes on the FX thread after the job's callbacks ran: with the value, with the failure, or with a
     * {@link java.util.concurrent.CancellationException}. For chaining and for tests; views use callbacks.
     */
    public CompletableFuture<T> result() {
        return result;
    }

    void showProgress(double fraction, String text) {
        if (state.get() != State.RUNNING) {
            return; // a late update must not move a finished job's bar
        }
        progress.set(fraction);
        if (text != null && !text.isBlank()) {
            message.set(text);
        }
    }

    void finish(State end) {
        state.set(end);
        if (end == State.SUCCEEDED) {
            progress.set(1);
        }
    }
}
