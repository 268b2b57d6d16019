package org.tokenscope.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.tokenscope.host.decode.CautiousInfo;
import org.tokenscope.host.decode.CautiousSettings;
import org.tokenscope.host.decode.Decoder;
import org.tokenscope.host.decode.Punctuation;
import org.tokenscope.host.decode.SamplerSettings;
import org.tokenscope.host.decode.Step;
import org.tokenscope.host.decode.Trace;
import org.tokenscope.host.decode.TrialFormula;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.model.LanguageModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Sample a continuation with per-step statistics (Gumbel-Max with counter-based keys).")
final class GenerateCommand implements Callable<Integer> {
    @Mixin ModelOptions modelOptions;
    @Mixin PromptOptions prompts;
    @Mixin OutputOptions output;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--max-tokens", defaultValue = "64", description = "Tokens to generate (default: ${DEFAULT-VALUE}).")
    int maxTokens;

    @Option(names = "--seed", defaultValue = "0", description = "Noise seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--temperature", defaultValue = "1.0", description = "0 = greedy, ties to the lowest id (default: ${DEFAULT-VALUE}).")
    double temperature;

    @Option(names = "--top-k", defaultValue = "0", description = "Keep the k most probable tokens; 0 = off.")
    int topK;

    @Option(names = "--top-p", defaultValue = "1.0", description = "Nucleus threshold; 1.0 = off.")
    double topP;

    @Option(names = "--min-p", defaultValue = "0", description = "Keep tokens with p ≥ P·p_max; 0 = off.")
    double minP;

    @Option(names = "--stop-at-eos", defaultValue = "true", arity = "1", description = "Stop at EOS: true|false (default: ${DEFAULT-VALUE}).")
    boolean stopAtEos;

    @Option(names = "--top", defaultValue = "10", description = "Alternatives listed per step (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--cautious", description = "Cautious decoding (CNTP): sample several trials where entropy is high, keep the lowest-perplexity one.")
    boolean cautious;

    @Option(names = "--h-low", defaultValue = "0.01", description = "CNTP lower entropy threshold in nats (default: ${DEFAULT-VALUE}).")
    double hLow;

    @Option(names = "--h-high", defaultValue = "1.5", description = "CNTP upper entropy threshold in nats (default: ${DEFAULT-VALUE}).")
    double hHigh;

    @Option(names = "--max-trials", defaultValue = "10", description = "CNTP most trials per step (default: ${DEFAULT-VALUE}).")
    int maxTrials;

    @Option(names = "--trial-formula", defaultValue = "code", description = "code (the authors' code) or paper (Algorithm 1) (default: ${DEFAULT-VALUE}).")
    String trialFormula;

    @Option(names = "--punctuation", defaultValue = "text", description = "Trial ends by decoded text or by the authors' exact ids: text|ids (default: ${DEFAULT-VALUE}).")
    String punctuation;

    @Override
    public Integer call() {
        if (maxTokens < 0 || top < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--max-tokens and --top must be ≥ 0");
        }
        SamplerSettings settings;
        try {
            settings = new SamplerSettings(temperature, topK, topP, minP, seed);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        CautiousSettings cautiousSettings = null;
        if (cautious) {
            try {
                cautiousSettings = new CautiousSettings(hLow, hHigh, maxTrials, TrialFormula.of(trialFormula),
                        Punctuation.Mode.of(punctuation));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        try (LanguageModel model = modelOptions.load()) {
            List<PromptOptions.Prompt> list = prompts.resolve(model);
            for (PromptOptions.Prompt p : list) {
                Trace g = Decoder.run(model, p.ids(), settings, cautiousSettings, maxTokens, stopAtEos, top,
                        Cli.progress(spec), Cancellation.none(), steps -> { });
                spec.commandLine().getOut().println(output.json ? Json.write(toJson(model, p, g))
                        : Summary.generation(model, p.text(), g, GenerateCommand.continuationIds(g)));
            }
        }
        return 0;
    }

    private ObjectNode settings(LanguageModel model) {
        ObjectNode s = Json.object();
        s.put("max_tokens", maxTokens);
        s.put("seed", seed);
        s.set("temperature", Json.num(temperature));
        s.put("top_k", topK);
        s.set("top_p", Json.num(topP));
        s.set("min_p", Json.num(minP));
        s.put("stop_at_eos", stopAtEos);
        s.put("top", top);
        s.put("cautious", cautious);
        if (cautious) {
            s.set("h_low", Json.num(hLow));
            s.set("h_high", Json.num(hHigh));
            s.put("max_trials", maxTrials);
            s.put("trial_formula", trialFormula);
            s.put("punctuation", punctuation);
        }
        s.put("threads", model.threads());
        s.put("variant", model.folder().variant().label());
        return s;
    }

    private ObjectNode toJson(LanguageModel model, PromptOptions.Prompt p, Trace g) {
        ObjectNode root = Json.withMeta("generate", model, settings(model));
        if (p.text() == null) {
            root.putNull("prompt");
        } else {
            root.put("prompt", p.text());
        }
        root.set("prompt_ids", Json.ints(p.ids()));
        ArrayNode steps = root.putArray("steps");
        for (Step s : g.steps()) {
            ObjectNode n = steps.addObject();
            n.put("index", s.index());
            Json.token(n, model, s.id());
            n.set("prob", Json.num(s.prob()));
            n.set("prob_raw", Json.num(s.probRaw()));
            n.set("entropy", Json.num(s.entropy()));
            n.set("entropy_raw", Json.num(s.entropyRaw()));
            n.set("surprisal", Json.num(s.surprisal()));
            n.put("rank", s.rank());
            ArrayNode alts = n.putArray("top");
            for (int i = 0; i < s.topIds().length; i++) {
                ObjectNode a = alts.addObject();
                a.put("id", s.topIds()[i]);
                int alt = s.topIds()[i];
                a.put("text", model.tokenizer().map(t -> t.tokenText(alt)).orElse(null));
                a.set("prob", Json.num(s.topProbs()[i]));
            }
            if (s.cautious() != null) {
                CautiousInfo c = s.cautious();
                n.put("trials", c.trials());
                if (c.trials() > 1) {
                    ArrayNode details = n.putArray("trial_details");
                    for (CautiousInfo.Trial trial : c.details()) {
                        ObjectNode d = details.addObject();
                        d.set("ids", Json.ints(trial.ids()));
                        ArrayNode probs = d.putArray("probs");
                        for (double q : trial.probs()) {
                            probs.add(Json.num(q));
                        }
                        d.set("ppl", Json.num(trial.ppl()));
                    }
                    n.put("chosen_trial", c.chosen());
                }
            }
            if (s.inTrial()) {
                n.put("in_trial", true);
            }
        }
        String text = model.tokenizer().map(t -> t.decode(continuationIds(g))).orElse(null);
        root.put("text", text);
        root.put("stop", g.stop());
        return root;
    }

    /** The generated ids without the EOS that ended the run: the continuation as text. */
    static int[] continuationIds(Trace g) {
        int[] ids = g.generatedIds();
        return Trace.EOS.equals(g.stop()) ? Arrays.copyOf(ids, ids.length - 1) : ids;
    }
}
