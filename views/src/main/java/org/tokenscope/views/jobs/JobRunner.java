package org.tokenscope.views.jobs;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.tokenscope.host.job.Progress;

/**
 * The one seam through which engine calls leave the FX thread. A job's work runs on the background
 * executor; its progress, result, failure and cancellation come back through the FX executor. The app
 * passes a thread pool and {@code Platform::runLater}; view-model tests pass {@link #sameThread}, where a
 * job has finished, callbacks included, when {@code start()} returns.
 *
 * <pre>{@code
 * jobs.task("Computing Shapley values", (progress, cancel) -> estimator.run(game, progress, cancel))
 *     .onSuccess(viewModel::show)
 *     .whenDone(() -> busy.set(false))
 *     .start();
 * }</pre>
 */
public final class JobRunner {
    private static final System.Logger LOG = System.getLogger(JobRunner.class.getName());

    private final Executor background;
    private final Executor fx;
    private final ErrorReporter errors;
    private final ObservableList<Job<?>> running = FXCollections.observableArrayList();
    private final ObservableList<Job<?>> runningView = FXCollections.unmodifiableObservableList(running);

    public JobRunner(Executor background, Executor fx, ErrorReporter errors) {
        this.background = background;
        this.fx = fx;
        this.errors = errors;
    }

    /** Runs work and callbacks on the calling thread: for view-model tests without a toolkit or threads. */
    public static JobRunner sameThread(ErrorReporter errors) {
        return new JobRunner(Runnable::run, Runnable::run, errors);
    }

    /** Describes a job; nothing runs until {@link Launch#start()}. */
    public <T> Launch<T> task(String title, JobWork<T> work) {
        return new Launch<>(title, work);
    }

    /** The jobs still running, in start order; the status bar lists them. Changes on the FX thread. */
    public ObservableList<Job<?>> running() {
        return runningView;
    }

    /** Asks every running job to stop, e.g. when the window closes. */
    public void cancelAll() {
        List.copyOf(running).forEach(Job::cancel);
    }

    /** The dialog seam, for errors that happen outside a job but should look the same. */
    public void report(String header, Throwable cause) {
        errors.report(header, unwrap(cause));
    }

    /** A job being described: callbacks run on the FX thread, in the order success/failure, then whenDone. */
    public final class Launch<T> {
        private final String title;
        private final JobWork<T> work;
        private Consumer<? super T> onSuccess = v -> { };
        private Consumer<Throwable> onFailure = t -> { };
        private Runnable whenDone = () -> { };
        private String failureHeader;

        private Launch(String title, JobWork<T> work) {
            this.title = title;
            this.work = work;
        }

        public Launch<T> onSuccess(Consumer<? super T> action) {
            this.onSuccess = action;
            return this;
        }

        /** Runs after the error dialog was shown; the dialog is always shown, so nothing fails silently. */
        public Launch<T> onFailure(Consumer<Throwable> action) {
            this.onFailure = action;
            return this;
        }

        /** Runs after success, failure or cancellation, e.g. to clear a busy flag. */
        public Launch<T> whenDone(Runnable action) {
            this.whenDone = action;
            return this;
        }

        /** The dialog's header; default "{@code <title>} failed." */
        public Launch<T> failureHeader(String header) {
            this.failureHeader = header;
            return this;
        }

        /** Starts the job; call on the FX thread. */
        public Job<T> start() {
            Job<T> job = new Job<>(title, fx);
            running.add(job);
            ProgressRelay relay = new ProgressRelay(job);
            try {
                background.execute(() -> execute(job, relay));
            } catch (RejectedExecutionException e) {
                end(job, e);
            }
            return job;
        }

        private void execute(Job<T> job, Progress progress) {
            T value;
            try {
                job.cancellation().check(); // cancelled while queued
                value = work.run(progress, job.cancellation());
            } catch (Throwable t) { // Errors too: a job must never end without telling the FX thread
                fx.execute(() -> end(job, t));
                return;
            }
            fx.execute(() -> succeed(job, value));
        }

        private void succeed(Job<T> job, T value) {
            if (job.cancellation().isCancelled()) {
                end(job, new CancellationException("cancelled")); // the user no longer wants this result
                return;
            }
            running.remove(job);
            job.finish(Job.State.SUCCEEDED);
            try {
                onSuccess.accept(value);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.ERROR, "callback of '" + title + "' failed", e);
                errors.report(header(), e);
            } finally {
                whenDone.run();
            }
            job.result().complete(value);
        }

        private void end(Job<T> job, Throwable thrown) {
            running.remove(job);
            Throwable cause = unwrap(thrown);
            if (cause instanceof CancellationException || job.cancellation().isCancelled()) {
                // Whatever the work threw while stopping is a consequence of the cancel, not news to the user.
                LOG.log(System.Logger.Level.DEBUG, "'" + title + "' cancelled", cause);
                job.finish(Job.State.CANCELLED);
                whenDone.run();
                job.result().completeExceptionally(new CancellationException(title + " cancelled"));
                return;
            }
            LOG.log(System.Logger.Level.WARNING, "'" + title + "' failed", cause);
            job.finish(Job.State.FAILED);
            try {
                errors.report(header(), cause);
                onFailure.accept(cause);
            } finally {
                whenDone.run();
            }
            job.result().completeExceptionally(cause);
        }

        private String header() {
            return failureHeader != null ? failureHeader : title + " failed.";
        }
    }

    /** Wrappers say nothing to a user; the exception inside does. */
    static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException
                || c instanceof InvocationTargetException) && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }

    /**
     * Passes progress from the worker to the FX thread, keeping only the latest update while one is queued,
     * so a tight engine loop cannot flood the event queue.
     */
    private final class ProgressRelay implements Progress {
        private record Update(double fraction, String message) {
        }

        private final Job<?> job;
        private final AtomicReference<Update> pending = new AtomicReference<>();

        ProgressRelay(Job<?> job) {
            this.job = job;
        }

        @Override
        public void update(long done, long total, String message) {
            double fraction = total > 0 ? Math.max(0, Math.min(1, (double) done / total)) : -1;
            if (pending.getAndSet(new Update(fraction, message)) == null) {
                fx.execute(this::flush);
            }
        }

        private void flush() {
            Update u = pending.getAndSet(null);
            if (u != null) {
                job.showProgress(u.fraction(), u.message());
            }
        }
    }
}
