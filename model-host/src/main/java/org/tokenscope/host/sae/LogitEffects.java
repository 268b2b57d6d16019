package org.tokenscope.host.sae;

import java.util.ArrayList;
import java.util.List;
import org.tokenscope.host.tokenize.Tokenizer;

/**
 * Logit effects of features: W_dec[f] · W_Uᵀ, after the final norm's centring and scale (the direct path from the
 * residual stream to the logits, as TransformerLens folds it; the norm's per-token 1/σ is a positive factor that
 * does not change the ranking). Computed for blocks of features with one product each.
 */
final class LogitEffects {
    private static final int BLOCK = 256;

    private LogitEffects() {
    }

    /** Top and bottom {@code count} tokens per feature: result.get(f).get(0) = top, .get(1) = bottom. */
    static List<List<List<LogitEffect>>> compute(Sae sae, Unembedding u, Tokenizer tok, int count, int threads) {
        if (u.dIn() != sae.dIn()) {
            throw new SaeException("the model's unembedding has width " + u.dIn() + " but the SAE's d_in is " + sae.dIn());
        }
        int n = sae.dSae(), d = sae.dIn(), vocab = u.vocab();
        int usable = tok == null ? vocab : Math.min(vocab, tok.vocabSize());
        List<List<List<LogitEffect>>> out = new ArrayList<>(n);
        try (EncoderGemm gemm = new EncoderGemm(d, vocab, true, threads)) {
            float[] zeros = new float[vocab];
            for (int first = 0; first < n; first += BLOCK) {
                int rows = Math.min(BLOCK, n - first);
                float[] dirs = new float[rows * d];
                for (int r = 0; r < rows; r++) {
                    System.arraycopy(u.throughFinalNorm(sae.decoderRow(first + r)), 0, dirs, r * d, d);
                }
                float[] effects = new float[rows * vocab];
                gemm.multiply(dirs, rows, u.weight(), zeros, effects);
                for (int r = 0; r < rows; r++) {
                    out.add(List.of(extremes(effects, r * vocab, usable, count, 1, tok),
                            extremes(effects, r * vocab, usable, count, -1, tok)));
                }
            }
        }
        return out;
    }

    /** The {@code count} largest of sign·values, as effects (with their true sign), largest first. */
    private static List<LogitEffect> extremes(float[] values, int from, int len, int count, int sign, Tokenizer tok) {
        float[] signed = new float[len];
        for (int i = 0; i < len; i++) {
            signed[i] = sign * values[from + i];
        }
        int k = Math.min(count, len);
        int[] idx = new int[k];
        float[] val = new float[k];
        int got = TopK.select(signed, 0, len, k, null, idx, val);
        TopK.sortDescending(idx, val, got);
        List<LogitEffect> list = new ArrayList<>(got);
        for (int i = 0; i < got; i++) {
            int id = idx[i];
            list.add(new LogitEffect(id, tok == null ? null : tok.tokenText(id), tok == null ? null : tok.displayText(id),
                    sign * val[i]));
        }
        return list;
    }
}
