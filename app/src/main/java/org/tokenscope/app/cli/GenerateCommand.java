package org.tokenscope.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import org.tokenscope.host.decode.CautiousInfo;
import org.tokenscope.host.decode.CautiousSettings;
import org.tokenscope.host.decode.Decoder;
import org.tokenscope.host.decode.SamplerSettings;
import org.tokenscope.host.decode.Step;
import org.tokenscope.host.decode.Trace;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.model.LanguageModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Sample a continuation with per-step statistics (Gumbel-Max with counter-based keys).")
final class GenerateCommand implements Callable<Integer> {
    @Mixin ModelOptions modelOptions;
    @Mixin PromptOptions prompts;
    @Mixin OutputOptions output;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin SamplingOptions sampling;

    @Override
    public Integer call() {
        SamplerSettings settings = sampling.sampler(spec.commandLine());
        CautiousSettings cautiousSettings = sampling.cautious(spec.commandLine());
        List<String> texts = prompts.texts();
        try (LanguageModel model = modelOptions.load()) {
            List<PromptOptions.Prompt> list = prompts.resolve(model, texts);
            for (PromptOptions.Prompt p : list) {
                Trace g = Decoder.run(model, p.ids(), settings, cautiousSettings, sampling.maxTokens, sampling.stopAtEos, sampling.top,
                        Cli.progress(spec), Cancellation.none(), steps -> { });
                spec.commandLine().getOut().println(output.json ? Json.write(toJson(model, p, g))
                        : Summary.generation(model, p.text(), g));
            }
        }
        return 0;
    }

    private ObjectNode settings(LanguageModel model) {
        ObjectNode s = Json.object();
        sampling.putSettings(s);
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
        String text = model.tokenizer().map(g::continuationText).orElse(null);
        root.put("text", text);
        root.put("stop", g.stop());
        return root;
    }
}
