package org.tokenscope.host.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.model.DecodeState;
import org.tokenscope.host.model.LanguageModel;

/**
 * Runs the shared prefix once, keeps its KV cache, and for each input forks it and computes only the
 * rest. The host's decode state returns the last position's logits per run, so inputs needing several
 * rows (multi-token targets) take one extra run per further row; all of it is one input at a time.
 */
final class PrefixCachedLogits implements LogitsRunner {
    private final LanguageModel model;
    private final int[] prefix;
    private DecodeState prefixState;
    private long calls;

    PrefixCachedLogits(LanguageModel model, int[] prefix) {
        this.model = model;
        this.prefix = prefix.clone();
    }

    @Override
    public List<float[][]> run(List<int[]> sequences, int lastRows, Cancellation cancel) {
        List<float[][]> out = new ArrayList<>(sequences.size());
        for (int[] seq : sequences) {
            cancel.check();
            out.add(rows(seq, Math.min(lastRows, seq.length)));
        }
        return out;
    }

    private float[][] rows(int[] seq, int count) {
        if (seq.length < prefix.length || !Arrays.equals(seq, 0, prefix.length, prefix, 0, prefix.length)) {
            throw new IllegalStateException("input does not start with the shared prefix");
        }
        // Row r (of position first + r) needs tokens [0, first + r]; the first run takes everything up to `first`.
        int first = seq.length - count;
        float[][] rows = new float[count][];
        try (DecodeState s = fork()) {
            int fed = s.length();
            if (first + 1 < fed) {
                throw new IllegalStateException("rows inside the shared prefix were asked for");
            }
            if (first + 1 > fed) {
                rows[0] = s.append(Arrays.copyOfRange(seq, fed, first + 1));
                calls++;
            } else {
                rows[0] = s.lastLogits(); // the input's first row is the prefix's last: no run needed
            }
            for (int r = 1; r < count; r++) {
                rows[r] = s.append(seq[first + r]);
                calls++;
            }
        }
        return rows;
    }

    /** A branch at the end of the prefix; the prefix itself is run on first use (one model call). */
    private DecodeState fork() {
        if (prefix.length == 0) {
            return model.newState();
        }
        if (prefixState == null) {
            prefixState = model.newState();
            prefixState.append(prefix);
            calls++;
        }
        return prefixState.fork();
    }

    @Override
    public long modelCalls() {
        return calls;
    }

    @Override
    public void close() {
        if (prefixState != null) {
            prefixState.close();
            prefixState = null;
        }
    }
}
