package org.tokenscope.views.counterfactual;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.tokenscope.host.model.ModelException;
import org.tokenscope.views.jobs.Job;
import org.tokenscope.views.jobs.JobRunner;
import org.tokenscope.views.jobs.JobWork;

/**
 * The panel's one running job. Starting another cancels it (a later click means the user wants the later
 * result). A {@link ModelException} is the engine saying the input is wrong (an empty replacement, a position
 * beyond the trace, another model): it goes to the message line, not to an error dialog; anything else fails
 * the job and the runner shows its dialog.
 */
final class JobSlot {
    private final JobRunner jobs;
    private final Consumer<String> message;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private Job<?> running;
    private int ticket;

    JobSlot(JobRunner jobs, Consumer<String> message) {
        this.jobs = jobs;
        this.message = message;
    }

    /** A job's value, or the message of the ModelException it ended with. */
    private record Outcome<T>(T value, String problem) {
    }

    <T> void start(String title, JobWork<T> work, Consumer<T> onValue) {
        cancel();
        int mine = ++ticket;
        busy.set(true);
        running = jobs.<Outcome<T>>task(title, (p, c) -> {
            try {
                return new Outcome<>(work.run(p, c), null);
            } catch (ModelException e) {
                return new Outcome<>(null, e.getMessage());
            }
        }).onSuccess(outcome -> {
            if (mine != ticket) {
                return; // cancelled (a later job, another project) after its work had finished
            }
            message.accept(outcome.problem() == null ? "" : Labels.sentence(outcome.problem()));
            if (outcome.problem() == null) {
                onValue.accept(outcome.value());
            }
        }).whenDone(() -> {
            if (mine == ticket) {
                busy.set(false); // a later job keeps the panel busy until it ends
            }
        }).start();
    }

    /** Stops the running job; what it made is dropped even if its work has already finished. */
    void cancel() {
        ticket++;
        busy.set(false);
        if (running != null && running.state() == Job.State.RUNNING) {
            running.cancel();
        }
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
