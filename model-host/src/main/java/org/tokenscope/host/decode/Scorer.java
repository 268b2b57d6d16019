package org.tokenscope.host.decode;

import java.util.ArrayList;
import java.util.List;
import org.tokenscope.host.model.LanguageModel;

/** Teacher-forced statistics of a text given a context: one forward pass, every position read. */
public final class Scorer {
    private Scorer() {
    }

    /** One scored token: its probability, surprisal (nats), the entropy of its distribution and its rank. */
    public record Scored(int index, int id, double prob, double surprisal, double entropy, int rank) {
    }

    public record Result(int[] contextIds, List<Scored> tokens, double ppl, double bitsPerByte) {
    }

    /**
     * Scores {@code textIds} after {@code contextIds} (which must hold at least one token, e.g. BOS).
     * {@code textBytes} is the UTF-8 length of the scored text, for bits per byte.
     */
    public static Result score(LanguageModel model, int[] contextIds, int[] textIds, long textBytes) {
        if (contextIds.length == 0) {
            throw new IllegalArgumentException("scoring needs a context of at least one token (BOS or a prompt)");
        }
        int[] all = new int[contextIds.length + textIds.length];
        System.arraycopy(contextIds, 0, all, 0, contextIds.length);
        System.arraycopy(textIds, 0, all, contextIds.length, textIds.length);
        float[][] logits = model.logitsAll(all);
        List<Scored> out = new ArrayList<>();
        double nats = 0;
        for (int i = 0; i < textIds.length; i++) {
            double[] p = Distributions.softmax(logits[contextIds.length + i - 1], 1.0);
            int id = textIds[i];
            double s = -Math.log(p[id]);
            nats += s;
            out.add(new Scored(i, id, p[id], s, Distributions.entropy(p), Distributions.rank(p, id)));
        }
        double ppl = textIds.length == 0 ? Double.NaN : Math.exp(nats / textIds.length);
        double bpb = textBytes == 0 ? Double.NaN : nats / Math.log(2) / textBytes;
        return new Result(contextIds, out, ppl, bpb);
    }
}
