package org.tokenscope.views.counterfactual;

import java.util.Locale;
import org.tokenscope.host.decode.Intervention;
import org.tokenscope.host.decode.Trace;

/** Words the panel shows: branch labels, positions, engine messages as sentences. */
public final class Labels {
    private Labels() {
    }

    /** "pos 3: ␣Tilney → ␣Dashwood", or "prompt 5: …" for a prompt token; {@code on} is the run that was changed. */
    public static String branch(ModelFacts facts, Trace on, Intervention iv) {
        int old = iv.inPrompt() ? on.promptIds()[iv.position()] : on.steps().get(iv.position()).id();
        return (iv.inPrompt() ? "prompt " : "pos ") + iv.position() + ": " + facts.token(old) + " → " + tokens(facts, iv.forcedIds());
    }

    /** Why {@code position} cannot be changed in {@code on} (null while it is being replayed), or null when it can. */
    static String outside(Trace on, boolean inPrompt, int position) {
        if (on == null) {
            return "The selected branch is still being replayed; try again in a moment.";
        }
        int bound = inPrompt ? on.promptIds().length : on.steps().size();
        if (position >= 0 && position < bound) {
            return null;
        }
        return (inPrompt ? "Prompt position " : "Position ") + position + " is beyond the " + (inPrompt ? "prompt" : "trace")
                + " (" + bound + " tokens): pick a token of the run on show.";
    }

    /** Visible forms of several tokens, joined with a thin separator so token boundaries stay visible. */
    public static String tokens(ModelFacts facts, int[] ids) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < ids.length; i++) {
            b.append(i > 0 ? "·" : "").append(facts.token(ids[i]));
        }
        return b.toString();
    }

    /** An engine message ("position 9 is beyond …") as a sentence for the message line. */
    public static String sentence(String message) {
        if (message == null || message.isBlank()) {
            return "Something went wrong.";
        }
        String s = message.strip();
        s = s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
        return s.endsWith(".") ? s : s + ".";
    }

    /** A probability as a percentage with sensible precision. */
    public static String percent(double p) {
        double pc = 100 * p;
        return pc >= 10 ? String.format(Locale.ROOT, "%.0f %%", pc)
                : pc >= 0.1 ? String.format(Locale.ROOT, "%.1f %%", pc) : String.format(Locale.ROOT, "%.2g %%", pc);
    }

    /** KL in nats with three significant digits; ∞ when q′ dropped a token q could produce. */
    public static String nats(double x) {
        return Double.isInfinite(x) ? "∞" : Double.isNaN(x) ? "–" : String.format(Locale.ROOT, "%.3g", x);
    }
}
