package org.tokenscope.views.shapley;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The engine's refusals name command-line options ("give --target TEXT"); the panel says the same in the names
 * of its own fields, so the advice points at something on the screen.
 */
final class Refusals {
    private static final Map<String, String> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put("(--target TEXT)", "(Target)");
        WORDS.put("--target TEXT", "a Target");
        WORDS.put("--target", "a Target");
        WORDS.put("(--options \"A|B\")", "(Options, e.g. A|B)");
        WORDS.put("--options \"A|B\"", "Options such as A|B");
        WORDS.put("--options", "Options");
        WORDS.put("--method permutation or kernel", "method permutation or kernel");
        WORDS.put("--value ", "value ");
        WORDS.put("--baseline-token ID", "another masking");
    }

    private Refusals() {
    }

    static String inPanelWords(String message) {
        String m = message;
        for (Map.Entry<String, String> e : WORDS.entrySet()) {
            m = m.replace(e.getKey(), e.getValue());
        }
        return m.replace("--", ""); // any option added later still reads as a word
    }
}
