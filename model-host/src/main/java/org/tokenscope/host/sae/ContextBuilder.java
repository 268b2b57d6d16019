package org.tokenscope.host.sae;

import java.util.ArrayList;
import java.util.List;
import org.tokenscope.host.tokenize.Tokenizer;

/** Builds token windows around store rows, with a feature's activations, and picks which rows to show. */
final class ContextBuilder {
    private final ActivationStore store;
    private final TokenCodes codes;
    private final Tokenizer tok;
    private final int before;
    private final int after;

    ContextBuilder(ActivationStore store, TokenCodes codes, Tokenizer tok, int before, int after) {
        this.store = store;
        this.codes = codes;
        this.tok = tok;
        this.before = before;
        this.after = after;
    }

    FeatureContext around(int row, int feature) {
        int seq = store.sequence(row);
        int first = row, last = row;
        while (first > 0 && row - first < before && store.sequence(first - 1) == seq) {
            first--;
        }
        while (last + 1 < codes.tokens && last - row < after && store.sequence(last + 1) == seq) {
            last++;
        }
        int len = last - first + 1;
        int[] ids = new int[len];
        String[] texts = new String[len], displays = new String[len];
        float[] acts = new float[len];
        for (int i = 0; i < len; i++) {
            ids[i] = store.token(first + i);
            acts[i] = codes.activation(first + i, feature);
            if (tok != null) {
                texts[i] = tok.tokenText(ids[i]);
                displays[i] = tok.displayText(ids[i]);
            }
        }
        return new FeatureContext(row, row - first, ids, tok == null ? null : tok.decode(ids), texts, displays, acts);
    }

    /**
     * The {@code count} strongest activations, skipping rows that would show inside a context already chosen (so
     * the list is not one passage repeated).
     */
    List<FeatureContext> top(int feature, int from, float[] acts, int count) {
        int candidates = Math.min(acts.length, count * 4);
        int[] idx = new int[candidates];
        float[] val = new float[candidates];
        int got = TopK.select(acts, 0, acts.length, candidates, null, idx, val);
        TopK.sortDescending(idx, val, got);
        List<FeatureContext> out = new ArrayList<>(count);
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < got && out.size() < count; i++) {
            int row = codes.token[from + idx[i]];
            boolean overlaps = chosen.stream().anyMatch(c -> store.sequence(c) == store.sequence(row)
                    && Math.abs(c - row) <= before + after);
            if (!overlaps) {
                chosen.add(row);
                out.add(around(row, feature));
            }
        }
        return out;
    }

    /** For each of {@code bands} equal-count activation bands (weakest first), {@code perBand} evenly spaced examples. */
    List<List<FeatureContext>> quantiles(int feature, int from, float[] acts, int bands, int perBand) {
        List<List<FeatureContext>> out = new ArrayList<>(bands);
        if (acts.length == 0 || bands <= 0) {
            return out;
        }
        Integer[] order = new Integer[acts.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> acts[a] != acts[b] ? Float.compare(acts[a], acts[b]) : Integer.compare(a, b));
        for (int q = 0; q < bands; q++) {
            int lo = (int) ((long) acts.length * q / bands), hi = (int) ((long) acts.length * (q + 1) / bands);
            List<FeatureContext> band = new ArrayList<>(perBand);
            for (int e = 0; e < perBand && hi > lo; e++) {
                int rank = lo + (int) ((long) (hi - lo) * (2L * e + 1) / (2L * perBand));
                band.add(around(codes.token[from + order[rank]], feature));
            }
            out.add(band);
        }
        return out;
    }
}
