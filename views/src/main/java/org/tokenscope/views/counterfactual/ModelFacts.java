package org.tokenscope.views.counterfactual;

import java.util.List;

/**
 * What the panel needs to know about the loaded model on the FX thread, computed once per model in the
 * background: its SHA-256 (to tell whether a saved tree was made with it) and the visible form of every
 * token, so chips and menus never call the tokenizer (or a model that may be closing) on the FX thread.
 */
public record ModelFacts(String name, String sha256, List<String> display) {

    public ModelFacts {
        display = List.copyOf(display);
    }

    /** The visible form of a token, or its id in angle brackets when the tokenizer does not know it. */
    public String token(int id) {
        return id >= 0 && id < display.size() ? display.get(id) : "<" + id + ">";
    }

    /** First characters of the hash, for messages. */
    public static String shortSha(String sha) {
        return sha == null ? "unknown" : sha.substring(0, Math.min(12, sha.length())) + "…";
    }
}
