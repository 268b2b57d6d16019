package org.tokenscope.app.cli;

import java.util.Locale;
import org.tokenscope.host.decode.Trace;
import org.tokenscope.host.decode.Scorer;
import org.tokenscope.host.decode.Step;
import org.tokenscope.host.model.LanguageModel;

/** The readable (non-JSON) output of the commands: a short header and an aligned table. */
final class Summary {
    private Summary() {
    }

    static String generation(LanguageModel model, String prompt, Trace g) {
        StringBuilder b = new StringBuilder();
        b.append("model:        ").append(model.name()).append('\n');
        b.append("prompt:       ").append(prompt == null ? ids(g.promptIds()) : prompt).append('\n');
        b.append("continuation: ").append(model.tokenizer().map(g::continuationText).orElse(ids(g.continuationIds())))
                .append('\n');
        b.append("stop:         ").append(g.stop()).append(" after ").append(g.steps().size()).append(" tokens\n\n");
        boolean cautious = g.cautious() != null;
        b.append(String.format(Locale.ROOT, "%5s  %-18s %8s %9s %9s %6s%s%n", "step", "token", "prob", "entropy", "surprisal",
                "rank", cautious ? "  trials" : ""));
        for (Step s : g.steps()) {
            String trials = !cautious ? "" : s.cautious() != null ? String.format(Locale.ROOT, "  %6d", s.cautious().trials())
                    : "       ·";
            b.append(String.format(Locale.ROOT, "%5d  %-18s %8.4f %9.4f %9.4f %6d%s%n", s.index(), display(model, s.id()),
                    s.prob(), s.entropy(), s.surprisal(), s.rank(), trials));
        }
        return b.toString();
    }

    static String score(LanguageModel model, Scorer.Result r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%5s  %-18s %8s %9s %9s %6s%n", "index", "token", "prob", "surprisal", "entropy", "rank"));
        for (Scorer.Scored t : r.tokens()) {
            b.append(String.format(Locale.ROOT, "%5d  %-18s %8.4f %9.4f %9.4f %6d%n", t.index(), display(model, t.id()),
                    t.prob(), t.surprisal(), t.entropy(), t.rank()));
        }
        b.append(String.format(Locale.ROOT, "%nperplexity %.4f, %.4f bits per byte over %d tokens%n", r.ppl(),
                r.bitsPerByte(), r.tokens().size()));
        return b.toString();
    }

    private static String display(LanguageModel model, int id) {
        return model.tokenizer().map(t -> t.displayText(id)).orElse("#" + id);
    }

    private static String ids(int[] ids) {
        return java.util.Arrays.toString(ids);
    }
}
