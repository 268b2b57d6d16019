package org.tokenscope.views.jobs;

import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;

/**
 * The body of a background job: an engine call that reports {@link Progress} and polls
 * {@link Cancellation} between units of work. It runs off the FX thread, so it must not touch nodes or
 * JavaFX properties; whatever it returns crosses to the FX thread as the job's result.
 */
@FunctionalInterface
public interface JobWork<T> {
    T run(Progress progress, Cancellation cancellation) throws Exception;
}
