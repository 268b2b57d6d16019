package org.tokenscope.host.job;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

/** A cancel flag a long computation polls between units of work. */
public final class Cancellation {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public static Cancellation none() {
        return new Cancellation();
    }

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Throws {@link CancellationException} once cancelled; call between units of work. */
    public void check() {
        if (cancelled.get()) {
            throw new CancellationException("cancelled");
        }
    }
}
