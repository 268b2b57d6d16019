package org.tokenscope.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.model.LanguageModel;
import org.tokenscope.host.sae.ActivationCollector;
import org.tokenscope.host.sae.ActivationStore;
import org.tokenscope.host.sae.CorpusText;
import org.tokenscope.host.sae.FeatureContext;
import org.tokenscope.host.sae.FeatureStats;
import org.tokenscope.host.sae.FeatureSummary;
import org.tokenscope.host.sae.LogitEffect;
import org.tokenscope.host.sae.Sae;
import org.tokenscope.host.sae.SaeException;
import org.tokenscope.host.sae.SaeLensFormat;
import org.tokenscope.host.sae.SaeModelCheck;
import org.tokenscope.host.sae.StatsSettings;
import org.tokenscope.host.sae.Unembedding;
import org.tokenscope.host.tokenize.Tokenizer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "features", mixinStandardHelpOptions = true,
        description = "Statistics of every feature of an SAE over a corpus: density, maximum activation, top-activating "
                + "contexts and logit effects through the model's unembedding.")
final class SaeFeaturesCommand implements Callable<Integer> {
    @Mixin ModelOptions modelOptions;
    @Mixin OutputOptions output;
    @Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--sae", required = true, paramLabel = "DIR", description = "SAELens folder.")
    Path saeDir;
    @Option(names = "--corpus", paramLabel = "FILE", description = "Text, one paragraph per line (default: the bundled Austen training text).")
    Path corpus;
    @Option(names = "--tokens", defaultValue = "20000", paramLabel = "N", description = "Corpus tokens to examine (default: ${DEFAULT-VALUE}).")
    int tokens;
    @Option(names = "--top", defaultValue = "5", paramLabel = "N", description = "Contexts and logits listed per feature (default: ${DEFAULT-VALUE}).")
    int top;
    @Option(names = "--tap", paramLabel = "NAME", description = "Tap to read (default: the SAE's hook_name).")
    String tapOverride;

    @Override
    public Integer call() {
        StatsSettings settings;
        try {
            StatsSettings.checkTokens(tokens);
            settings = new StatsSettings(top, 0, 0, 12, 4, 32, top, 0, modelOptions.effectiveThreads());
        } catch (SaeException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage()); // wrong usage, exit 2
        }
        Sae sae = SaeLensFormat.read(saeDir);
        CorpusText text = SaeCliSupport.corpus(corpus); // an unusable corpus is refused before the model loads
        Path storeDir = SaeCliSupport.tempDir("tokenscope-activations-");
        try (LanguageModel model = modelOptions.load()) {
            String tap = SaeModelCheck.tapFor(sae, model, tapOverride);
            ActivationStore store = ActivationCollector.collect(model, tap, text, tokens, storeDir,
                    Cli.progress(spec), Cancellation.none());
            Tokenizer tok = model.requireTokenizer();
            FeatureStats stats = FeatureStats.compute(sae, store, tokens, tok, Unembedding.of(model).orElse(null), settings,
                    Cli.progress(spec), Cancellation.none());
            spec.commandLine().getOut().println(output.json ? Json.write(json(model, tap, stats, tok)) : readable(stats));
        } finally {
            SaeCliSupport.deleteTree(storeDir);
        }
        return 0;
    }

    private ObjectNode json(LanguageModel model, String tap, FeatureStats stats, Tokenizer tok) {
        ObjectNode settings = Json.object();
        settings.put("sae", saeDir.toString());
        settings.put("corpus", SaeCliSupport.corpusName(corpus));
        settings.put("tokens", tokens);
        settings.put("top", top);
        settings.put("tap", tap);
        settings.put("threads", modelOptions.effectiveThreads());
        ObjectNode root = Json.withMeta("sae.features", model, settings);
        root.put("tokens", stats.tokens());
        ArrayNode features = root.putArray("features");
        for (FeatureSummary f : stats.features()) {
            ObjectNode n = features.addObject();
            n.put("index", f.index());
            n.set("density", Json.num(f.density()));
            n.set("max_activation", SaeCliSupport.num(f.maxActivation()));
            ArrayNode contexts = n.putArray("top_contexts");
            for (FeatureContext c : f.topContexts()) {
                ObjectNode cn = contexts.addObject();
                cn.put("text", c.text());
                ArrayNode ids = cn.putArray("tokens");
                for (int id : c.ids()) {
                    ids.add(SaeCliSupport.token(id, tok));
                }
                cn.set("activations", SaeCliSupport.floats(c.activations()));
            }
            n.set("top_logits", logits(f.topLogits()));
            n.set("bottom_logits", logits(f.bottomLogits()));
        }
        return root;
    }

    private static ArrayNode logits(List<LogitEffect> effects) {
        ArrayNode a = Json.array();
        for (LogitEffect e : effects) {
            a.addObject().put("id", e.id()).put("text", e.text()).set("value", SaeCliSupport.num(e.value()));
        }
        return a;
    }

    private static String readable(FeatureStats stats) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%d features over %,d tokens: %d dead, %d denser than 10%%%n",
                stats.features().size(), stats.tokens(), stats.deadCount(), stats.denseCount(0.1)));
        sb.append(String.format(Locale.ROOT, "%7s %9s %8s  %-40s %s%n", "feature", "density", "max", "top context", "top logits"));
        for (FeatureSummary f : stats.byDensity()) {
            String context = f.topContexts().isEmpty() ? "" : f.topContexts().get(0).text().replace('\n', ' ').strip();
            String logits = f.topLogits().stream().limit(5).map(e -> e.display()).collect(Collectors.joining(" "));
            sb.append(String.format(Locale.ROOT, "%7d %9.5f %8.3f  %-40.40s %s%n", f.index(), f.density(), f.maxActivation(),
                    context, logits));
        }
        return sb.toString();
    }
}
