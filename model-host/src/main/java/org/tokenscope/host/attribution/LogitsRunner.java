package org.tokenscope.host.attribution;

import java.util.List;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.model.LanguageModel;

/** Runs model inputs and returns, for each, its last rows of logits; counts the forward passes it made. */
interface LogitsRunner extends AutoCloseable {

    /** For each sequence, its last {@code lastRows} logits rows (all rows when shorter). */
    List<float[][]> run(List<int[]> sequences, int lastRows, Cancellation cancel);

    /** Forward passes so far. */
    long modelCalls();

    @Override
    default void close() {
    }

    /** The runner for an evaluation mode; {@code sharedPrefix} is the ids every input starts with. */
    static LogitsRunner create(LanguageModel model, Evaluation mode, int batchSize, int[] sharedPrefix) {
        return switch (mode) {
            case BATCHED -> new BatchedLogits(model, batchSize);
            case ONE_AT_A_TIME -> new BatchedLogits(model, 1);
            case PREFIX_KV -> new PrefixCachedLogits(model, sharedPrefix);
        };
    }
}
