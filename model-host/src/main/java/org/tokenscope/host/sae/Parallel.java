package org.tokenscope.host.sae;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A fixed pool that splits a range into one contiguous chunk per worker. Chunks are fixed by the worker count,
 * so per-worker partial sums reduce in the same order every run: results depend on the thread count only.
 */
final class Parallel implements AutoCloseable {
    /** Work on {@code [from, to)} by worker {@code worker}. */
    interface RangeTask {
        void run(int worker, int from, int to);
    }

    private final int workers;
    private final ExecutorService pool;

    Parallel(int workers) {
        this.workers = Math.max(1, workers);
        this.pool = this.workers == 1 ? null : Executors.newFixedThreadPool(this.workers, r -> {
            Thread t = new Thread(r, "sae-worker");
            t.setDaemon(true);
            return t;
        });
    }

    int workers() {
        return workers;
    }

    void forRange(int n, RangeTask task) {
        if (pool == null || n < 2 * workers) {
            task.run(0, 0, n);
            return;
        }
        List<Future<?>> futures = new ArrayList<>(workers);
        for (int w = 0; w < workers; w++) {
            int from = (int) ((long) n * w / workers), to = (int) ((long) n * (w + 1) / workers);
            int worker = w;
            futures.add(pool.submit(() -> task.run(worker, from, to)));
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
