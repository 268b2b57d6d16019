package org.tokenscope.app.jobs;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.stage.Window;
import org.tokenscope.views.jobs.JobRunner;

/**
 * The window's job runner: a small pool of daemon threads for engine calls (daemon, so a computation still
 * running when the window closes cannot keep the JVM alive), results delivered with {@code Platform.runLater},
 * failures shown as error dialogs.
 */
public final class AppJobs implements AutoCloseable {
    /** Two workers: one long computation plus quick jobs (opening a file, hashing a model) side by side. */
    private static final int WORKERS = 2;

    private final ExecutorService pool;
    private final JobRunner runner;

    public AppJobs(Window owner) {
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newFixedThreadPool(WORKERS, r -> {
            Thread t = new Thread(r, "tokenscope-job-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        runner = new JobRunner(pool, Platform::runLater, new ErrorDialogReporter(owner));
    }

    public JobRunner runner() {
        return runner;
    }

    /** Cancels what still runs and stops the workers; idempotent. */
    @Override
    public void close() {
        runner.cancelAll();
        pool.shutdown();
    }
}
