package org.tokenscope.views.shapley;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tokenscope.host.attribution.Player;
import org.tokenscope.views.controls.TokenStrip;

/**
 * A run's prompt as token-strip chips: one per player, tinted by φ, with φ, its standard error and surprisal
 * on hover; the text between players (pinned parts, the tokens no player owns) as untinted grey chips, so the
 * strip reads as the whole prompt. Line breaks are dropped: the strip wraps by itself.
 */
final class StripTokens {
    private StripTokens() {
    }

    static List<TokenStrip.Token> of(ShapleyRun run) {
        List<TokenStrip.Token> out = new ArrayList<>();
        if (run == null) {
            return out;
        }
        int[] cps = run.prompt().codePoints().toArray();
        double[] phi = run.result().phi();
        double[] se = run.result().stderr();
        double[] info = run.surprisals();
        int at = 0;
        for (Player p : run.players()) {
            gap(out, cps, at, Math.min(p.start(), cps.length));
            int i = p.index();
            StringBuilder tip = new StringBuilder(String.format(Locale.ROOT, "player %d: \"%s\"%nφ = %+.4g", i + 1, p.text(), phi[i]));
            if (Double.isFinite(se[i])) {
                tip.append(String.format(Locale.ROOT, " ± %.2g (standard error)", se[i]));
            }
            if (info != null) {
                tip.append(String.format(Locale.ROOT, "%nsurprisal %.3g nats", info[i]));
            }
            tip.append(String.format(Locale.ROOT, "%ncode points %d–%d, %d token%s", p.start(), p.end(), p.positions().length,
                    p.positions().length == 1 ? "" : "s"));
            out.add(new TokenStrip.Token(visible(p.text()), phi[i], tip.toString(), false));
            at = Math.max(at, p.end());
        }
        gap(out, cps, at, cps.length);
        return out;
    }

    /** The text between players, one chip per word so it wraps like the rest. */
    private static void gap(List<TokenStrip.Token> out, int[] cps, int from, int to) {
        if (from >= to) {
            return;
        }
        for (String word : new String(cps, from, to - from).strip().split("\\s+")) {
            if (!word.isEmpty()) {
                out.add(new TokenStrip.Token(word, Double.NaN, "not a player: never masked", false));
            }
        }
    }

    /** A chip's text: the player's, with line breaks and runs of spaces shown as one space (never blank). */
    private static String visible(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.isEmpty() ? "␣" : t;
    }
}
