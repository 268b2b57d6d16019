package org.tokenscope.host.decode;

import java.util.Map;
import java.util.WeakHashMap;
import org.tokenscope.host.tokenize.Tokenizer;

/** Which tokens end a CNTP trial. */
public final class Punctuation {
    /** How punctuation is recognised. */
    public enum Mode {
        /** By decoded text: contains a newline, or ends with one of . , ? ! : ; ) ] } once stripped. */
        TEXT("text"),
        /** The authors' exact-id set: the single-token ids of . , \n ? ! : ; ) ] }. */
        IDS("ids");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Mode of(String label) {
            for (Mode m : values()) {
                if (m.label.equals(label)) {
                    return m;
                }
            }
            throw new IllegalArgumentException("unknown punctuation mode '" + label + "': use text or ids");
        }
    }

    private static final String ENDINGS = ".,?!:;)]}";
    private static final Map<Tokenizer, boolean[][]> CACHE = new WeakHashMap<>();

    private Punctuation() {
    }

    public static boolean isPunctuationText(String text) {
        if (text.indexOf('\n') >= 0) {
            return true;
        }
        String s = text.strip();
        return !s.isEmpty() && ENDINGS.indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /** A lookup over ids below {@code width}; computed once per tokenizer and mode. */
    public static synchronized boolean[] table(Tokenizer tok, Mode mode, int width) {
        boolean[][] both = CACHE.computeIfAbsent(tok, t -> new boolean[2][]);
        boolean[] table = both[mode.ordinal()];
        if (table == null || table.length != width) {
            table = new boolean[width];
            if (mode == Mode.TEXT) {
                for (int id = 0; id < Math.min(width, tok.vocabSize()); id++) {
                    table[id] = !tok.isSpecial(id) && isPunctuationText(tok.tokenText(id));
                }
            } else {
                for (String p : new String[] {".", ",", "\n", "?", "!", ":", ";", ")", "]", "}"}) {
                    int[] ids = tok.encodeIds(p);
                    if (ids.length == 1 && ids[0] < width) {
                        table[ids[0]] = true;
                    }
                }
            }
            both[mode.ordinal()] = table;
        }
        return table;
    }
}
