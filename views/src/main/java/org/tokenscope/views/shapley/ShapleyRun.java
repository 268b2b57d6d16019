package org.tokenscope.views.shapley;

import java.util.List;
import java.util.Locale;
import org.tokenscope.host.attribution.AttributionResult;
import org.tokenscope.host.attribution.Player;

/**
 * One attribution as the panel shows and saves it: the prompt, the engine's result and, for the token-noise
 * view, each player's surprisal. Immutable, so it crosses from the job to the FX thread as is.
 *
 * @param prompt     the text whose parts are the players
 * @param result     φ, standard errors, v(∅), v(N) and the settings actually used
 * @param surprisals nats per player (its tokens given the full prompt before them), or null when not measured
 * @param state      whether the numbers are final, still refining, or what a cancelled run had reached
 */
public record ShapleyRun(String prompt, AttributionResult result, double[] surprisals, State state) {

    /** How final the numbers are. */
    public enum State {
        /** The estimator finished (or met its budget). */
        DONE,
        /** An intermediate estimate while permutation sampling continues. */
        REFINING,
        /** The user cancelled: the estimate sampling had reached, still unbiased, with wider errors. */
        CANCELLED
    }

    public ShapleyRun {
        surprisals = surprisals == null ? null : surprisals.clone();
    }

    @Override
    public double[] surprisals() {
        return surprisals == null ? null : surprisals.clone();
    }

    public ShapleyRun withState(State s) {
        return new ShapleyRun(prompt, result, surprisals, s);
    }

    public List<Player> players() {
        return result.players();
    }

    /** A player's name on axes and in tables: its text, numbered, since words repeat ("price" twice). */
    public static String label(Player p) {
        String t = p.text().strip().replaceAll("\\s+", " ");
        if (t.length() > 24) {
            t = t.substring(0, 23) + "…";
        }
        return (p.index() + 1) + " " + t;
    }

    /** "choice · remove · exact": the value function and masking the panel states next to every result. */
    public String how() {
        AttributionResult r = result;
        String what = r.settings().options().isEmpty() ? "target \"" + r.settings().target() + "\""
                : "choice \"" + r.settings().choice() + "\" of " + String.join("|", r.settings().options());
        String samples = r.method().name().equals("EXACT") ? "" : ", " + r.estimate().samples() + " samples";
        return String.format(Locale.ROOT, "%s · value %s · masking %s%s · %s%s", what, r.value(), maskingText(), samples,
                r.method().label(), r.settings().granularity() == null ? "" : " · " + r.settings().granularity().label());
    }

    private String maskingText() {
        var s = result.settings();
        return switch (s.masking()) {
            case REMOVE -> "remove";
            case BASELINE -> "baseline token " + s.baselineToken();
            case FILLER -> "filler \"" + s.filler() + "\"";
        };
    }

    /**
     * v(∅), v(N), Σφ and the efficiency gap Σφ − (v(N) − v(∅)), which is zero up to rounding for every
     * estimator here: the check that the values add up to what the prompt's parts do together.
     */
    public String efficiencyLine() {
        AttributionResult r = result;
        String state = switch (this.state) {
            case DONE -> "";
            case REFINING -> " · refining…";
            case CANCELLED -> " · cancelled: estimate so far";
        };
        return String.format(Locale.ROOT, "v(∅) = %.4g · v(N) = %.4g · Σφ = %.4g · Σφ − (v(N) − v(∅)) = %.1e%s",
                r.vEmpty(), r.vFull(), r.sumPhi(), r.efficiencyGap(), state);
    }

    /** A short title for lists: the prompt's start and the masking. */
    public String title() {
        String p = prompt.strip().replaceAll("\\s+", " ");
        return (p.length() > 40 ? p.substring(0, 39) + "…" : p) + " — " + result.masking() + ", " + result.method().label();
    }
}
