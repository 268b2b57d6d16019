package org.tokenscope.host.sae;

/** Receives each step's metrics on the training thread; implementations must return quickly. */
@FunctionalInterface
public interface TrainingListener {
    TrainingListener NONE = m -> { };

    void onStep(StepMetrics metrics);
}
