package org.tokenscope.host.decode;

import java.util.ArrayList;
import java.util.List;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;
import org.tokenscope.host.model.LanguageModel;

/**
 * Teacher-forced statistics of a text given a context: every position of a forward pass read. A text that does not
 * fit the model's context is scored with sliding windows ({@link ScoreWindows}), each token exactly once.
 */
public final class Scorer {
    private Scorer() {
    }

    /** One scored token: its probability, surprisal (nats), the entropy of its distribution and its rank. */
    public record Scored(int index, int id, double prob, double surprisal, double entropy, int rank) {
    }

    /**
     * The scored tokens with whole-text perplexity and bits per byte (surprisal in bits / UTF-8 bytes), the forward
     * passes ({@code windows}) that scored them and the stride between windows (0 when the model states no context,
     * so there is no window to slide).
     */
    public record Result(int[] contextIds, List<Scored> tokens, double ppl, double bitsPerByte, int windows, int stride) {
        /** One pass, no sliding window (e.g. a result saved before windows existed). */
        public Result(int[] contextIds, List<Scored> tokens, double ppl, double bitsPerByte) {
            this(contextIds, tokens, ppl, bitsPerByte, 1, 0);
        }
    }

    /**
     * Scores {@code textIds} after {@code contextIds} (which must hold at least one token, e.g. BOS) in one forward
     * pass. {@code textBytes} is the UTF-8 length of the scored text, for bits per byte.
     */
    public static Result score(LanguageModel model, int[] contextIds, int[] textIds, long textBytes) {
        checkContext(contextIds);
        int[] all = concat(contextIds, textIds);
        List<Scored> out = new ArrayList<>(textIds.length);
        read(model.logitsAll(all), new ScoreWindows.Window(0, all.length, contextIds.length), all, contextIds.length, false, out);
        return result(contextIds, out, textBytes, 1, 0);
    }

    /** Whether the windows of this context start with BOS: when the model adds BOS and the context begins with it. */
    public static boolean pinsBos(LanguageModel model, int[] contextIds) {
        int bos = model.config().bos();
        return model.config().addBos() && bos >= 0 && contextIds.length > 0 && contextIds[0] == bos;
    }

    /** Half the model's context (within the allowed range); 0 when the model states no context. */
    public static int defaultStride(LanguageModel model, int[] contextIds) {
        int context = model.contextLength();
        return context > 0 ? ScoreWindows.defaultStride(context, pinsBos(model, contextIds)) : 0;
    }

    /**
     * Scores {@code textIds} after {@code contextIds} with sliding windows of the model's context advancing by
     * {@code stride} tokens (Hugging Face's perplexity recipe): a text that fits gives exactly
     * {@link #score(LanguageModel, int[], int[], long)}'s numbers in one pass; a longer one is scored window by
     * window, each token once, with as much left context as its window holds. The first text token is scored after
     * the whole {@code contextIds} (a prompt, or BOS), as in one pass. When the model adds BOS, every window starts
     * with it (see {@link ScoreWindows}). A model that states no context is scored in one pass and {@code stride}
     * is ignored.
     *
     * @throws IllegalArgumentException a stride outside 1..{@link ScoreWindows#maxStride}
     * @throws java.util.concurrent.CancellationException when {@code cancel} is set (checked between windows)
     */
    public static Result score(LanguageModel model, int[] contextIds, int[] textIds, long textBytes, int stride,
            Progress progress, Cancellation cancel) {
        checkContext(contextIds);
        int context = model.contextLength();
        if (context <= 0) {
            cancel.check();
            Result r = score(model, contextIds, textIds, textBytes);
            progress.update(1, 1, "window 1 of 1");
            return r;
        }
        boolean pin = pinsBos(model, contextIds);
        ScoreWindows.checkStride(stride, context, pin);
        int[] all = concat(contextIds, textIds);
        if (textIds.length == 0) {
            return result(contextIds, List.of(), textBytes, 0, stride);
        }
        List<ScoreWindows.Window> windows = ScoreWindows.plan(all.length, contextIds.length, context, stride, pin);
        List<Scored> out = new ArrayList<>(textIds.length);
        for (int k = 0; k < windows.size(); k++) {
            cancel.check();
            progress.update(k, windows.size(), "scoring window " + (k + 1) + " of " + windows.size());
            ScoreWindows.Window w = windows.get(k);
            read(model.logitsAll(ScoreWindows.ids(all, w, pin)), w, all, contextIds.length, pin, out);
        }
        progress.update(windows.size(), windows.size(), "scored " + textIds.length + " tokens in " + windows.size()
                + (windows.size() == 1 ? " window" : " windows"));
        return result(contextIds, out, textBytes, windows.size(), stride);
    }

    /** Appends the scored positions of window {@code w}, read from its logits. */
    private static void read(float[][] logits, ScoreWindows.Window w, int[] all, int firstScored, boolean pin, List<Scored> out) {
        for (int p = w.scoreFrom(); p < w.end(); p++) {
            double[] q;
            try {
                q = Distributions.softmax(logits[ScoreWindows.row(w, p, pin)], 1.0);
            } catch (NonFiniteLogitsException e) {
                throw e.at(p - firstScored); // the index of the scored token, as the output numbers them
            }
            int id = all[p];
            out.add(new Scored(p - firstScored, id, q[id], -Math.log(q[id]), Distributions.entropy(q), Distributions.rank(q, id)));
        }
    }

    private static Result result(int[] contextIds, List<Scored> tokens, long textBytes, int windows, int stride) {
        double nats = 0;
        for (Scored s : tokens) {
            nats += s.surprisal();
        }
        double ppl = tokens.isEmpty() ? Double.NaN : Math.exp(nats / tokens.size());
        double bpb = textBytes == 0 ? Double.NaN : nats / Math.log(2) / textBytes;
        return new Result(contextIds, tokens, ppl, bpb, windows, stride);
    }

    private static void checkContext(int[] contextIds) {
        if (contextIds.length == 0) {
            throw new IllegalArgumentException("scoring needs a context of at least one token (BOS or a prompt)");
        }
    }

    private static int[] concat(int[] a, int[] b) {
        int[] all = new int[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
