package org.tokenscope.views.stepper;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.views.jobs.Job;
import org.tokenscope.views.jobs.JobRunner;
import org.tokenscope.views.jobs.JobWork;

/**
 * The panel's one job at a time: busy while it runs, and pausable from the moment its work starts. The work's
 * cancel switch is captured when the work begins, because a same-thread runner (tests) has finished the whole job
 * before {@code start()} returns the {@link Job}.
 */
final class JobSlot {
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private Job<?> job;
    private volatile Cancellation running;
    private boolean pauseAsked;

    boolean busy() {
        return busy.get();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** {@code work} with its cancel switch recorded for {@link #pause()}. */
    <T> JobWork<T> tracked(JobWork<T> work) {
        return (progress, cancel) -> {
            running = cancel;
            return work.run(progress, cancel);
        };
    }

    /** Starts the job; {@code done} runs on the FX thread when it ends, told whether a pause stopped it. */
    void start(JobRunner.Launch<?> launch, Consumer<Boolean> done) {
        busy.set(true);
        pauseAsked = false;
        Job<?> started = launch.whenDone(() -> {
            busy.set(false);
            job = null;
            running = null;
            done.accept(pauseAsked);
        }).start();
        if (busy.get()) {
            job = started; // with a same-thread runner the job has already finished here
        }
    }

    /** Asks the running job to stop after its current step; what it made stays. */
    void pause() {
        if (job != null) {
            pauseAsked = true;
            job.cancel();
        } else if (running != null) {
            pauseAsked = true;
            running.cancel(); // the same switch job.cancel() sets, reached before start() has returned the job
        }
    }
}
