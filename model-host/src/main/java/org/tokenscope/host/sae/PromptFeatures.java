package org.tokenscope.host.sae;

import java.util.ArrayList;
import java.util.List;
import org.tokenscope.host.model.LanguageModel;
import org.tokenscope.host.tokenize.Tokenizer;

/** Runs a prompt through the model and the SAE: the active features of each token (the browser's prompt view). */
public final class PromptFeatures {
    /** One prompt token and its code; special tokens (BOS) get none, as in training. */
    public record TokenFeatures(int index, int id, String text, String display, SaeCode code) {
    }

    private PromptFeatures() {
    }

    public static List<TokenFeatures> run(LanguageModel model, Sae sae, String tap, String prompt) {
        int[] ids = model.encodePrompt(prompt);
        float[][] acts = model.activations(tap, ids);
        Tokenizer tok = model.requireTokenizer();
        List<TokenFeatures> out = new ArrayList<>(ids.length);
        for (int p = 0; p < ids.length; p++) {
            int id = ids[p];
            boolean special = id == model.config().bos() || model.config().eos().contains(id) || tok.isSpecial(id);
            out.add(new TokenFeatures(p, id, tok.tokenText(id), tok.displayText(id), special ? null : sae.encode(acts[p])));
        }
        return out;
    }
}
