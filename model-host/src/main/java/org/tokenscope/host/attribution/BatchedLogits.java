package org.tokenscope.host.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.model.LanguageModel;

/**
 * Inputs in batches of up to {@code batchSize} per forward pass. Inputs are grouped by length first, so a
 * batch pads little under the remove masking, where coalitions differ in length.
 */
final class BatchedLogits implements LogitsRunner {
    private final LanguageModel model;
    private final int batchSize;
    private long calls;

    BatchedLogits(LanguageModel model, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be ≥ 1");
        }
        this.model = model;
        this.batchSize = batchSize;
    }

    @Override
    public List<float[][]> run(List<int[]> sequences, int lastRows, Cancellation cancel) {
        // A stable sort keeps the grouping, and so the floats, the same from run to run.
        Integer[] order = IntStream.range(0, sequences.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingInt(i -> sequences.get(i).length));
        float[][][] out = new float[sequences.size()][][];
        for (int from = 0; from < order.length; from += batchSize) {
            cancel.check();
            int to = Math.min(order.length, from + batchSize);
            List<int[]> chunk = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                chunk.add(sequences.get(order[i]));
            }
            List<float[][]> rows = model.logitsBatch(chunk, lastRows);
            calls++;
            for (int i = from; i < to; i++) {
                out[order[i]] = rows.get(i - from);
            }
        }
        return Arrays.asList(out);
    }

    @Override
    public long modelCalls() {
        return calls;
    }
}
