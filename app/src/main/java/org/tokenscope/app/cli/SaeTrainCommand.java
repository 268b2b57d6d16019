package org.tokenscope.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.model.LanguageModel;
import org.tokenscope.host.sae.ActivationCollector;
import org.tokenscope.host.sae.ActivationStore;
import org.tokenscope.host.sae.AuxKind;
import org.tokenscope.host.sae.DType;
import org.tokenscope.host.sae.SaeException;
import org.tokenscope.host.sae.SaeLensFormat;
import org.tokenscope.host.sae.SaeMetadata;
import org.tokenscope.host.sae.SaeMetrics;
import org.tokenscope.host.sae.SaeTrainer;
import org.tokenscope.host.sae.TrainerSettings;
import org.tokenscope.host.sae.TrainingArchitecture;
import org.tokenscope.host.sae.TrainingListener;
import org.tokenscope.host.sae.TrainingResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Collect a tap's activations over a corpus and train an SAE on them; writes an SAELens folder and "
                + "reports metrics on a held-out 10%% of the activations with the inference rule.")
final class SaeTrainCommand implements Callable<Integer> {
    @Mixin ModelOptions modelOptions;
    @Mixin OutputOptions output;
    @Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--tap", required = true, paramLabel = "NAME", description = "Activation tap, e.g. hidden_states.2.")
    String tap;
    @Option(names = "--arch", required = true, paramLabel = "topk|batchtopk|mutual-choice|feature-choice",
            description = "Training architecture; batch-level ones are saved as jumprelu with a learned threshold.")
    String arch;
    @Option(names = "--d-sae", required = true, paramLabel = "N", description = "Number of features.")
    int dSae;
    @Option(names = "--k", required = true, paramLabel = "K", description = "Active features per token (on average for batch rules).")
    int k;
    @Option(names = "--tokens", required = true, paramLabel = "N",
            description = "Activation vectors to train on; repeated passes when the corpus holds fewer.")
    long tokens;
    @Option(names = "--corpus", paramLabel = "FILE", description = "Text, one paragraph per line (default: the bundled Austen training text).")
    Path corpus;
    @Option(names = "--seed", defaultValue = "0", paramLabel = "S", description = "Seed of initialisation and batch order (default: ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "SAELens folder to write; one that already holds an SAE is replaced only with --force.")
    Path out;
    @Option(names = "--force", description = "Replace the SAE already in the --out folder.")
    boolean force;
    @Option(names = "--batch-size", defaultValue = "1024", paramLabel = "B", description = "Tokens per step (default: ${DEFAULT-VALUE}).")
    int batchSize;
    @Option(names = "--lr", defaultValue = "1e-3", paramLabel = "LR", description = "Adam learning rate, decayed linearly over the last 20%% (default: ${DEFAULT-VALUE}).")
    double lr;
    @Option(names = "--aux", paramLabel = "auxk|zipf|none", description = "Auxiliary loss (default: auxk for topk/batchtopk, zipf otherwise).")
    String aux;
    @Option(names = "--aux-coefficient", defaultValue = "0.03125", paramLabel = "C", description = "Auxiliary loss weight (default: 1/32).")
    double auxCoefficient;
    @Option(names = "--zipf-alpha", defaultValue = "1.0", paramLabel = "A", description = "Zipf exponent of capacities and aux_zipf (default: ${DEFAULT-VALUE}).")
    double zipfAlpha;
    @Option(names = "--dead-window", defaultValue = "200000", paramLabel = "N", description = "Tokens without firing that make a feature dead (default: ${DEFAULT-VALUE}).")
    long deadWindow;
    @Option(names = "--dtype", defaultValue = "float32", paramLabel = "float32|float16|bfloat16", description = "Storage type of the weights (default: ${DEFAULT-VALUE}).")
    String dtype;
    @Option(names = "--store", paramLabel = "DIR",
            description = "Keep the activation store here, and reuse it when it already holds this tap, model and corpus "
                    + "(default: a temporary folder, removed).")
    Path store;

    @Override
    public Integer call() {
        if (out.toString().isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out must name a folder, not an empty path");
        }
        if (store != null && store.toString().isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--store must name a folder, not an empty path");
        }
        TrainingArchitecture architecture = usage(() -> TrainingArchitecture.of(arch));
        DType storage = usage(() -> storageType(dtype));
        TrainerSettings settings = usage(() -> settings(architecture));
        checkOut();
        Path storeDir = store != null ? store : SaeCliSupport.tempDir("tokenscope-activations-");
        try (LanguageModel model = modelOptions.load()) {
            int dIn = ActivationCollector.tapWidth(model, tap); // an unknown tap is unusable input (exit 1)
            usage(() -> {
                settings.checkFits(dIn); // and a run too large for memory wrong usage, before any collecting
                return null;
            });
            long collect = (long) Math.ceil(tokens / (1 - settings.heldOutFraction())); // the held-out share comes on top
            ActivationStore activations = reusable(model).orElseGet(() -> ActivationCollector.collect(model, tap,
                    SaeCliSupport.corpus(corpus), collect, storeDir, Cli.progress(spec), Cancellation.none()));
            SaeMetadata metadata = new SaeMetadata(model.name(), tap, activations.info().contextSize(),
                    activations.info().prependBos(), true, SaeCliSupport.corpusName(corpus), null);
            TrainingResult result = SaeTrainer.train(activations, settings, metadata, TrainingListener.NONE, Cli.progress(spec),
                    Cancellation.none());
            SaeLensFormat.write(result.sae(), out, storage, result.logSparsity());
            print(model, settings, storage, result);
        } finally {
            if (store == null) {
                SaeCliSupport.deleteTree(storeDir);
            }
        }
        return 0;
    }

    /** --out must be a folder (or not exist yet), and one holding an SAE is replaced only with --force. */
    private void checkOut() {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new InputException("--out " + out + " is a file, not a folder: give a folder for the SAE");
        }
        if (!force && Files.isDirectory(out) && SaeLensFormat.holdsSae(out)) {
            throw new InputException(out + " already holds an SAE; pass --force to replace it");
        }
    }

    /** The --store folder's activations when they are of this tap, model and corpus. */
    private Optional<ActivationStore> reusable(LanguageModel model) {
        if (store == null || !Files.isRegularFile(store.resolve("store.json"))) {
            return Optional.empty();
        }
        ActivationStore existing = ActivationStore.open(store);
        boolean same = existing.info().tap().equals(tap) && existing.info().modelSha256().equals(model.sha256())
                && existing.info().corpus().equals(SaeCliSupport.corpusName(corpus));
        if (same) {
            spec.commandLine().getErr().printf(Locale.ROOT, "reusing %,d activation vectors from %s%n", existing.size(), store);
        }
        return same ? Optional.of(existing) : Optional.empty();
    }

    private TrainerSettings settings(TrainingArchitecture architecture) {
        AuxKind auxKind = aux == null ? architecture.defaultAux() : switch (aux) {
            case "auxk" -> AuxKind.AUXK;
            case "zipf" -> AuxKind.ZIPF;
            case "none" -> AuxKind.NONE;
            default -> throw new SaeException("--aux must be auxk, zipf or none");
        };
        return TrainerSettings.defaults(architecture, dSae, k, tokens).withSeed(seed).withOptimizer(batchSize, lr, 0.2)
                .withAux(auxKind, auxCoefficient, zipfAlpha).withDeadWindow(deadWindow)
                .withThreads(modelOptions.effectiveThreads());
    }

    private static DType storageType(String name) {
        return switch (name) {
            case "float32" -> DType.F32;
            case "float16" -> DType.F16;
            case "bfloat16" -> DType.BF16;
            default -> throw new SaeException("--dtype must be float32, float16 or bfloat16");
        };
    }

    private void print(LanguageModel model, TrainerSettings s, DType storage, TrainingResult r) {
        SaeMetrics m = r.heldOut();
        if (!output.json) {
            spec.commandLine().getOut().printf(Locale.ROOT, "%s SAE, %d features, k %d, on %s over %,d tokens: held-out "
                    + "normalised MSE %.4f, L0 %.2f, dead %.2f%% (%d of %d); written to %s%n", s.architecture().cliName(),
                    s.dSae(), s.k(), tap, r.tokensTrained(), m.normalizedMse(), m.l0(), 100 * m.deadFraction(),
                    m.deadFeatures(), s.dSae(), out);
            return;
        }
        ObjectNode settings = Json.object();
        settings.put("tap", tap);
        settings.put("arch", s.architecture().cliName());
        settings.put("d_sae", s.dSae());
        settings.put("k", s.k());
        settings.put("tokens", s.tokens());
        settings.put("corpus", SaeCliSupport.corpusName(corpus));
        settings.put("seed", s.seed());
        settings.put("out", out.toString());
        settings.put("force", force);
        settings.put("batch_size", s.batchSize());
        settings.put("lr", s.learningRate());
        settings.put("aux", s.aux().name().toLowerCase(Locale.ROOT));
        settings.put("aux_coefficient", s.auxCoefficient());
        settings.put("zipf_alpha", s.zipfAlpha());
        settings.put("dead_window", s.deadWindow());
        settings.put("held_out_fraction", s.heldOutFraction());
        settings.put("dtype", storage.torchName());
        settings.put("threads", s.threads());
        ObjectNode root = Json.withMeta("sae.train", model, settings);
        root.put("architecture", s.architecture().cliName());
        root.set("l0", Json.num(m.l0()));
        root.set("normalized_mse", Json.num(m.normalizedMse()));
        root.set("dead_fraction", Json.num(m.deadFraction()));
        root.put("tokens", r.tokensTrained());
        root.put("held_out_tokens", m.tokens());
        root.put("out", out.toString());
        spec.commandLine().getOut().println(Json.write(root));
    }

    /** Bad option values (the engine's range checks included) are wrong usage (exit 2), not unusable input. */
    private <T> T usage(java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (SaeException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
