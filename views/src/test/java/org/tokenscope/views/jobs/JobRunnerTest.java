package org.tokenscope.views.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tokenscope.host.model.ModelException;

/** The job seam: off-thread work, progress, cancel and failures, in real threads and on the same thread. */
class JobRunnerTest {
    record Reported(String header, Throwable cause) {
    }

    private final List<Reported> reported = new ArrayList<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    /** Stands in for the FX thread: one thread that runs callbacks in order. */
    private final ExecutorService fx = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        worker.shutdownNow();
        fx.shutdownNow();
    }

    /** A view model as a panel would write one: properties, a busy flag, and an engine call through the seam. */
    static final class ScoreViewModel {
        final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("previous result");
        final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
        private final JobRunner jobs;

        ScoreViewModel(JobRunner jobs) {
            this.jobs = jobs;
        }

        Job<String> compute(boolean fail) {
            busy.set(true);
            return jobs.task("Scoring the text", (progress, cancel) -> {
                progress.update(1, 2, "half way");
                if (fail) {
                    throw new ModelException("the text is empty: type some text first");
                }
                return "new result";
            }).onSuccess(result::set).whenDone(() -> busy.set(false)).start();
        }
    }

    @Test
    void aLoopingJobIsCancelledThroughTheSeam() throws Exception {
        JobRunner runner = new JobRunner(worker, fx, (h, c) -> reported.add(new Reported(h, c)));
        AtomicLong laps = new AtomicLong();
        CountDownLatch looping = new CountDownLatch(1);
        Job<Void> job = fx.submit(() -> runner.<Void>task("Endless", (progress, cancel) -> {
            while (true) {
                cancel.check(); // the engine's polling point
                progress.update(laps.incrementAndGet() % 100, 100, "lap " + laps.get());
                looping.countDown();
                Thread.onSpinWait();
            }
        }).start()).get();
        assertTrue(looping.await(10, TimeUnit.SECONDS), "the loop started");
        assertEquals(1, fx.submit(() -> runner.running().size()).get());

        job.cancel();

        assertThrows(CancellationException.class, () -> job.result().get(10, TimeUnit.SECONDS));
        assertEquals(Job.State.CANCELLED, fx.submit(job::state).get());
        assertEquals(0, fx.submit(() -> runner.running().size()).get(), "gone from the status bar");
        assertTrue(fx.submit(() -> job.cancelRequestedProperty().get()).get());
        assertEquals(List.of(), reported, "a cancel is not an error");
        assertTrue(laps.get() > 0);
    }

    @Test
    void aFailingJobShowsTheErrorAndLeavesTheViewModelAsItWas() {
        JobRunner runner = JobRunner.sameThread((h, c) -> reported.add(new Reported(h, c)));
        ScoreViewModel vm = new ScoreViewModel(runner);

        Job<String> job = vm.compute(true);

        assertEquals(Job.State.FAILED, job.state());
        assertEquals("previous result", vm.result.get(), "nothing lost");
        assertEquals(false, vm.busy.get(), "whenDone ran");
        assertEquals(1, reported.size());
        assertEquals("Scoring the text failed.", reported.get(0).header());
        assertTrue(reported.get(0).cause() instanceof ModelException, "the work's own exception, for the dialog to word");
        assertEquals("the text is empty: type some text first", reported.get(0).cause().getMessage());
        assertTrue(runner.running().isEmpty());
    }

    @Test
    void aSucceedingJobDeliversItsResultAndProgressOnTheSameThread() {
        JobRunner runner = JobRunner.sameThread((h, c) -> reported.add(new Reported(h, c)));
        ScoreViewModel vm = new ScoreViewModel(runner);
        Job<String> job = vm.compute(false);
        assertEquals(Job.State.SUCCEEDED, job.state());
        assertEquals("new result", vm.result.get());
        assertEquals(1.0, job.progressProperty().get());
        assertEquals("half way", job.messageProperty().get());
        assertEquals(List.of(), reported);
    }

    @Test
    void cancellingFromInsideTheWorkDropsItsResult() {
        JobRunner runner = JobRunner.sameThread((h, c) -> reported.add(new Reported(h, c)));
        List<String> delivered = new ArrayList<>();
        Job<String> job = runner.task("Cancelled midway", (progress, cancel) -> {
            runner.running().get(0).cancel(); // as the status bar's button would
            return "too late";
        }).onSuccess(delivered::add).start();
        assertEquals(Job.State.CANCELLED, job.state());
        assertEquals(List.of(), delivered);
        assertEquals(List.of(), reported);
    }

    @Test
    void aWorkerThatRefusesTheJobIsReportedNotLost() {
        ExecutorService dead = Executors.newSingleThreadExecutor();
        dead.shutdown();
        JobRunner runner = new JobRunner(dead, Runnable::run, (h, c) -> reported.add(new Reported(h, c)));
        Job<String> job = runner.task("Refused", (p, c) -> "x").start();
        assertEquals(Job.State.FAILED, job.state());
        assertEquals("Refused failed.", reported.get(0).header());
        assertTrue(runner.running().isEmpty());
    }

    @Test
    void wrappedCausesAreUnwrappedForTheDialog() {
        JobRunner runner = JobRunner.sameThread((h, c) -> reported.add(new Reported(h, c)));
        runner.task("Wrapped", (p, c) -> {
            throw new java.util.concurrent.CompletionException(new IllegalStateException("inner"));
        }).failureHeader("Custom header.").start();
        assertEquals("Custom header.", reported.get(0).header());
        assertTrue(reported.get(0).cause() instanceof IllegalStateException, "unwrapped: " + reported.get(0).cause());
        assertEquals("inner", reported.get(0).cause().getMessage());
    }
}
