package org.tokenscope.views.counterfactual;

import java.util.ArrayList;
import java.util.List;
import org.tokenscope.host.decode.Intervention;

/**
 * Token-level diff of a continuation against the factual one. Rows are aligned by generated position because
 * that is how the Gumbel-Max model pairs them (step t of both runs uses the same noise); a token equal to the
 * factual one at its position is SAME. A token that differs there but survives in a minimum edit alignment
 * (one insertion upstream shifts the rest) is SHIFTED, so a kept-but-moved sentence does not look rewritten.
 */
public final class TokenDiff {
    private TokenDiff() {
    }

    /** How a token of the compared row relates to the factual row. */
    public enum Mark {
        /** Forced by the intervention (consumed no noise). */
        FORCED,
        /** The factual token at the same position. */
        SAME,
        /** A factual token, kept by the edit alignment but at another position. */
        SHIFTED,
        /** Not in the factual run here: the change (or the fresh noise) made it. */
        CHANGED
    }

    /** One mark per token of {@code other}; {@code iv} marks its forced tokens (prompt interventions force none). */
    public static List<Mark> marks(int[] factual, int[] other, Intervention iv) {
        boolean[] kept = keptByAlignment(factual, other);
        List<Mark> out = new ArrayList<>(other.length);
        for (int i = 0; i < other.length; i++) {
            if (!iv.inPrompt() && i >= iv.position() && i < iv.position() + iv.forcedIds().length) {
                out.add(Mark.FORCED);
            } else if (i < factual.length && factual[i] == other[i]) {
                out.add(Mark.SAME);
            } else {
                out.add(kept[i] ? Mark.SHIFTED : Mark.CHANGED);
            }
        }
        return out;
    }

    /** For each token of {@code b}: matched (equal, not substituted) in a minimum Levenshtein alignment with {@code a}. */
    static boolean[] keptByAlignment(int[] a, int[] b) {
        int n = a.length, m = b.length;
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int sub = d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                d[i][j] = Math.min(sub, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
            }
        }
        boolean[] kept = new boolean[m];
        // Walk back preferring matches, so equal tokens count as kept whenever an optimal alignment allows it.
        for (int i = n, j = m; i > 0 || j > 0; ) {
            if (i > 0 && j > 0 && a[i - 1] == b[j - 1] && d[i][j] == d[i - 1][j - 1]) {
                kept[--j] = true;
                i--;
            } else if (i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + 1) {
                i--;
                j--;
            } else if (i > 0 && d[i][j] == d[i - 1][j] + 1) {
                i--;
            } else {
                j--;
            }
        }
        return kept;
    }

    /** How many tokens of the row keep the factual token at their position or shifted: the "kept text". */
    public static int keptCount(List<Mark> marks) {
        return (int) marks.stream().filter(m -> m == Mark.SAME || m == Mark.SHIFTED).count();
    }
}
