package org.tokenscope.host.attribution;

import org.tokenscope.host.model.LanguageModel;

/**
 * How much information each player carries: the surprisal (nats) of its tokens under the model, given
 * everything before them in the full prompt. The "token noise" view plots φ against it: players the model
 * finds unsurprising (little information) yet with large |φ| are the paper's token noise.
 */
public final class InformationContent {
    private InformationContent() {
    }

    /** Σ −log p(token | prefix) over each player's tokens; a first token without BOS has no prediction and adds 0. */
    public static double[] surprisals(LanguageModel model, Segmentation seg) {
        int[] ids = seg.ids();
        float[][] logits = model.logitsAll(ids);
        double[] out = new double[seg.playerCount()];
        for (Player p : seg.players()) {
            for (int pos : p.positions()) {
                if (pos > 0) {
                    out[p.index()] -= LogProbs.of(logits[pos - 1], ids[pos]);
                }
            }
        }
        return out;
    }
}
