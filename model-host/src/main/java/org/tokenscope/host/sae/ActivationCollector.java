package org.tokenscope.host.sae;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;
import org.tokenscope.host.model.LanguageModel;
import org.tokenscope.host.model.ModelException;
import org.tokenscope.host.tokenize.Tokenizer;

/**
 * Fills an activation store from a model tap over a corpus. The corpus token stream is cut into consecutive
 * windows of the model's context, each starting with BOS when the model's tokenizer adds one (as SAELens does
 * with {@code prepend_bos}); BOS, EOS and other special tokens run through the model as context but are not
 * stored, because their activations are outliers an SAE would spend features on.
 */
public final class ActivationCollector {
    /** Windows longer than this gain nothing for a residual-stream SAE and cost quadratic attention. */
    static final int MAX_WINDOW = 256;

    private ActivationCollector() {
    }

    /**
     * Collects up to {@code maxTokens} vectors (≤ 0: the whole corpus) into {@code dir}. On cancel the partial
     * files are removed and {@link java.util.concurrent.CancellationException} propagates.
     */
    public static ActivationStore collect(LanguageModel model, String tap, CorpusText corpus, long maxTokens, Path dir,
            Progress progress, Cancellation cancel) {
        Tokenizer tok = model.requireTokenizer();
        Set<Integer> eos = model.config().eos();
        int separator = eos.isEmpty() ? -1 : eos.iterator().next();
        int bos = model.config().specials().bos();
        int context = model.contextLength() > 0 ? Math.min(model.contextLength(), MAX_WINDOW) : MAX_WINDOW;
        int window = bos >= 0 ? context - 1 : context;
        int[] stream = corpus.tokenStream(tok, separator);
        if (stream.length == 0) {
            throw new SaeException("corpus " + corpus.name() + " has no tokens: give a text file with some paragraphs");
        }
        long target = maxTokens > 0 ? maxTokens : stream.length;
        int width = tapWidth(model, tap, bos >= 0 ? bos : stream[0]);
        int sequences = 0;
        try (ActivationStoreWriter out = new ActivationStoreWriter(dir, width)) {
            for (int start = 0; start < stream.length && out.count() < target; start += window) {
                cancel.check();
                int[] body = Arrays.copyOfRange(stream, start, Math.min(stream.length, start + window));
                int[] ids = bos >= 0 ? prepend(bos, body) : body;
                float[][] acts = model.activations(tap, ids);
                for (int p = 0; p < ids.length && out.count() < target; p++) {
                    int id = ids[p];
                    if (id == bos || eos.contains(id) || tok.isSpecial(id)) {
                        continue;
                    }
                    out.append(acts[p], id, sequences);
                }
                sequences++;
                progress.update(Math.min(out.count(), target), target, String.format(Locale.ROOT,
                        "collecting %s activations: %,d of %,d tokens", tap, out.count(), target));
            }
            StoreInfo info = new StoreInfo(width, out.count(), tap, model.name(), model.sha256(), context, bos >= 0,
                    corpus.name(), sequences);
            return out.finish(info);
        }
    }

    /**
     * The width (d_in) of a tap's activations, read from one forward pass of a single token, so a caller can check
     * a training run's memory before collecting; a clear error when the tap cannot be read.
     */
    public static int tapWidth(LanguageModel model, String tap) {
        int bos = model.config().specials().bos();
        return tapWidth(model, tap, bos >= 0 ? bos : 0);
    }

    /** The tap's width, with a message listing the model's taps when the name is not one. */
    static int tapWidth(LanguageModel model, String tap, int probeToken) {
        try {
            return model.activations(tap, new int[] {probeToken})[0].length;
        } catch (ModelException e) {
            throw new SaeException("tap " + tap + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static int[] prepend(int first, int[] rest) {
        int[] out = new int[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }
}
