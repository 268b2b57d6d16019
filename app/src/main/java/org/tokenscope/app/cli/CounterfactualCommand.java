package org.tokenscope.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tokenscope.host.decode.CounterfactualReplayer;
import org.tokenscope.host.decode.CounterfactualResult;
import org.tokenscope.host.decode.Decoder;
import org.tokenscope.host.decode.Intervention;
import org.tokenscope.host.decode.Trace;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.model.LanguageModel;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "counterfactual", mixinStandardHelpOptions = true,
        description = "What if this token: replay a generate run with a token replaced, reusing its Gumbel noise, next to a resampled baseline.")
final class CounterfactualCommand implements Callable<Integer> {
    @Mixin ModelOptions modelOptions;
    @Mixin OutputOptions output;
    @Mixin SamplingOptions sampling;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    PromptSource prompt;

    static final class PromptSource {
        @Option(names = "--prompt", paramLabel = "TEXT", description = "Prompt text.")
        String text;

        @Option(names = "--prompt-ids", paramLabel = "1,2,3", split = ",", description = "Prompt token ids (no BOS added).")
        int[] ids;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Where where;

    static final class Where {
        @Option(names = "--position", paramLabel = "J", description = "Generated position to replace (0-based).")
        Integer position;

        @Option(names = "--prompt-position", paramLabel = "I", description = "Prompt token to replace (0-based, BOS included).")
        Integer promptPosition;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Replacement replacement;

    static final class Replacement {
        @Option(names = "--token", paramLabel = "ID", description = "Replacement token id.")
        Integer token;

        @Option(names = "--text", paramLabel = "STR", description = "Replacement text, tokenised without special tokens; all its tokens are forced in order.")
        String text;
    }

    @Option(names = "--interventional-seed", paramLabel = "S2", description = "Seed of the resampled baseline (default: seed + 1).")
    Long interventionalSeed;

    @Override
    public Integer call() {
        var sampler = sampling.sampler(spec.commandLine());
        var cautious = sampling.cautious(spec.commandLine());
        long seed2 = interventionalSeed != null ? interventionalSeed : sampling.seed + 1;
        checkWhere();
        try (LanguageModel model = modelOptions.load()) {
            int[] promptIds = prompt.ids != null ? prompt.ids : model.encodePrompt(prompt.text);
            model.checkIds(promptIds);
            int[] forced = replacement.token != null ? new int[] {replacement.token}
                    : model.requireTokenizer().encodeIds(replacement.text);
            if (forced.length > 0) {
                model.checkIds(forced);
            }
            Trace factual = Decoder.run(model, promptIds, sampler, cautious, sampling.maxTokens, sampling.stopAtEos,
                    sampling.top, Cli.progress(spec), Cancellation.none(), s -> { });
            Intervention iv = where.position != null ? Intervention.generated(where.position, forced)
                    : Intervention.prompt(where.promptPosition, forced);
            CounterfactualResult r = CounterfactualReplayer.replay(model, factual, iv, seed2, Cli.progress(spec),
                    Cancellation.none());
            spec.commandLine().getOut().println(output.json ? Json.write(toJson(model, r, seed2)) : readable(model, r));
        }
        return 0;
    }

    /**
     * A negative position or token is wrong usage (exit 2); one beyond the run or the prompt is found by the
     * replayer (exit 1, "beyond the trace"), since only the run says how long it is.
     */
    private void checkWhere() {
        picocli.CommandLine cmd = spec.commandLine();
        if (where.position != null) {
            Cli.intOption(cmd, "--position", where.position, 0, Integer.MAX_VALUE);
        } else {
            Cli.intOption(cmd, "--prompt-position", where.promptPosition, 0, Integer.MAX_VALUE);
        }
        if (replacement.token != null) {
            Cli.intOption(cmd, "--token", replacement.token, 0, SamplingOptions.MAX_TOP_K);
        }
    }

    private ObjectNode toJson(LanguageModel model, CounterfactualResult r, long seed2) {
        ObjectNode s = Json.object();
        sampling.putSettings(s);
        s.put("interventional_seed", seed2);
        s.put("threads", model.threads());
        s.put("variant", model.folder().variant().label());
        ObjectNode root = Json.withMeta("counterfactual", model, s);
        root.put("position", r.intervention().position());
        root.put("in_prompt", r.intervention().inPrompt());
        root.set("forced_ids", Json.ints(r.intervention().forcedIds()));
        root.set("prompt_ids", Json.ints(r.factual().promptIds()));
        root.set("factual", run(model, r.factual()));
        root.set("counterfactual", run(model, r.counterfactual()));
        root.set("interventional", run(model, r.interventional()));
        if (r.firstDivergence() == null) {
            root.putNull("first_divergence");
        } else {
            root.put("first_divergence", r.firstDivergence());
        }
        root.put("edit_distance_cf", r.editDistanceCf());
        root.put("edit_distance_int", r.editDistanceInt());
        ArrayNode kl = root.putArray("kl");
        for (double x : r.kl()) {
            kl.add(Json.num(x));
        }
        return root;
    }

    private static ObjectNode run(LanguageModel model, Trace t) {
        ObjectNode n = Json.object();
        n.set("ids", Json.ints(t.generatedIds()));
        n.put("text", model.tokenizer().map(t::generatedText).orElse(null));
        return n;
    }

    private static String readable(LanguageModel model, CounterfactualResult r) {
        StringBuilder b = new StringBuilder();
        b.append(r.intervention().inPrompt() ? "prompt position " : "position ").append(r.intervention().position())
                .append(", forced ").append(java.util.Arrays.toString(r.intervention().forcedIds())).append('\n');
        for (String[] row : new String[][] {{"factual", text(model, r.factual())}, {"counterfactual", text(model, r.counterfactual())},
                {"interventional", text(model, r.interventional())}}) {
            b.append(String.format(Locale.ROOT, "%-15s %s%n", row[0] + ":", row[1].replace("\n", "↵")));
        }
        b.append(String.format(Locale.ROOT, "first divergence %s; edit distance to factual: counterfactual %d, interventional %d%n",
                r.firstDivergence() == null ? "none" : r.firstDivergence().toString(), r.editDistanceCf(), r.editDistanceInt()));
        return b.toString();
    }

    private static String text(LanguageModel model, Trace t) {
        return model.tokenizer().map(t::generatedText).orElse(java.util.Arrays.toString(t.generatedIds()));
    }
}
