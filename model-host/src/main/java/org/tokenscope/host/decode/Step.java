package org.tokenscope.host.decode;

import java.util.List;

/**
 * One generated token: its id, the noise key it was sampled with (seed from the settings, position
 * {@code index}, trial {@code trial}), per-stage statistics, and for cautious runs the trials of the step
 * it opened ({@code cautious}, on the first token of a step) or that it continues ({@code inTrial}).
 * A forced token (a counterfactual intervention) has trial {@link #FORCED}: it consumed no noise.
 */
public record Step(int index, int id, int trial, List<StageSummary> stages, CautiousInfo cautious, boolean inTrial) {
    public static final int FORCED = -1;

    public boolean forced() {
        return trial == FORCED;
    }

    public StageSummary sampled() {
        return stages.get(stages.size() - 1);
    }

    public StageSummary stage(Stage s) {
        return stages.get(s.ordinal());
    }

    public double prob() {
        return sampled().prob();
    }

    public double probRaw() {
        return stages.get(0).prob();
    }

    public double entropy() {
        return sampled().entropy();
    }

    public double entropyRaw() {
        return stages.get(0).entropy();
    }

    public double surprisal() {
        return sampled().surprisal();
    }

    public int rank() {
        return sampled().rank();
    }

    public int[] topIds() {
        return sampled().topIds();
    }

    public double[] topProbs() {
        return sampled().topProbs();
    }
}
