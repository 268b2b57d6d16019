package org.tokenscope.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.tokenscope.host.attribution.AttributionResult;
import org.tokenscope.host.attribution.AttributionSettings;
import org.tokenscope.host.attribution.Attributor;
import org.tokenscope.host.attribution.Granularity;
import org.tokenscope.host.attribution.MaskingKind;
import org.tokenscope.host.attribution.Method;
import org.tokenscope.host.attribution.Span;
import org.tokenscope.host.attribution.ValueKind;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.model.LanguageModel;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "shapley", mixinStandardHelpOptions = true,
        description = "Shapley attribution of prompt parts: how much each word (token, sentence, span) moves the "
                + "log-probability of a target or the choice among options.")
final class ShapleyCommand implements Callable<Integer> {
    @Mixin ModelOptions modelOptions;
    @Mixin OutputOptions output;
    @Spec CommandLine.Model.CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    PromptSource prompt;

    static final class PromptSource {
        @Option(names = "--prompt", paramLabel = "TEXT", description = "The prompt whose parts are the players.")
        String text;

        @Option(names = "--prompt-file", paramLabel = "FILE",
                description = "Blank-line-separated prompts, or .jsonl lines {\"prompt\": ...}; one result per prompt (JSONL with --json).")
        Path file;
    }

    @Option(names = "--target", paramLabel = "TEXT", description = "Continuation whose (log-)probability is explained.")
    String target;

    @Option(names = "--options", paramLabel = "A|B", description = "Answers to choose among, separated by |, taken literally (mind leading spaces).")
    String options;

    @Option(names = "--choice", paramLabel = "A", description = "The option whose share is explained (default: the first).")
    String choice;

    @Option(names = "--value", paramLabel = "KIND",
            description = "logprob|prob|choice|logit-diff (default: logprob with --target, choice with --options).")
    String value;

    @Option(names = "--players", defaultValue = "words", paramLabel = "UNIT",
            description = "tokens|words|sentences|spans:0-5,6-12 (code points, end exclusive) (default: ${DEFAULT-VALUE}).")
    String players;

    @Option(names = "--pin", paramLabel = "0-5", split = ",", description = "Spans never perturbed (code points, end exclusive).")
    List<String> pins = new ArrayList<>();

    @Option(names = "--method", paramLabel = "M", description = "exact|permutation|kernel (default: exact up to 12 players, else permutation).")
    String method;

    @Option(names = "--samples", paramLabel = "N",
            description = "Permutations (an antithetic pair counts 2; default 200) or KernelSHAP coalitions (default 2M+2048, capped at all).")
    Long samples;

    @Option(names = "--masking", defaultValue = "remove", paramLabel = "KIND",
            description = "How an absent player is taken out: remove|baseline|filler (default: ${DEFAULT-VALUE}).")
    String masking;

    @Option(names = "--baseline-token", paramLabel = "ID", description = "Token of the baseline masking (default: pad, unk, else EOS).")
    Integer baselineToken;

    @Option(names = "--filler", defaultValue = AttributionSettings.DEFAULT_FILLER, paramLabel = "TEXT",
            description = "Text of the filler masking (default: ${DEFAULT-VALUE}).")
    String filler;

    @Option(names = "--seed", defaultValue = "0", description = "Seed of the sampling estimators (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--max-seconds", paramLabel = "X", description = "Stop sampling after X seconds (default: no limit).")
    Double maxSeconds;

    /** The most --samples: permutations cost a model call per player each, KernelSHAP keeps every coalition. */
    static final long MAX_SAMPLES = 1_000_000;
    /** The longest --max-seconds: 30 days. */
    static final double MAX_SECONDS = 30 * 24 * 3600;

    @Override
    public Integer call() {
        AttributionSettings settings = settings();
        List<String> texts = prompt.text != null ? List.of(prompt.text) : PromptFile.read(prompt.file);
        try (LanguageModel model = modelOptions.load()) {
            Attributor attributor = new Attributor();
            for (String text : texts) {
                AttributionResult r = attributor.run(model, text, settings, Cli.progress(spec), Cancellation.none());
                spec.commandLine().getOut().println(output.json
                        ? Json.write(ShapleyOutput.json(model, text, players, pins, r))
                        : ShapleyOutput.summary(model, text, r));
            }
        }
        return 0;
    }

    /** Parses the options into engine settings; malformed options are usage errors (exit code 2). */
    private AttributionSettings settings() {
        if (target != null && options != null) {
            throw usage("give --target or --options, not both");
        }
        if (target == null && options == null) {
            throw usage("no target: give the text whose probability to explain (--target TEXT) or the answers to "
                    + "choose among (--options \"A|B\")");
        }
        if (samples != null) {
            Cli.longOption(spec.commandLine(), "--samples", samples, 1, MAX_SAMPLES);
        }
        if (maxSeconds != null) {
            Cli.doubleOption(spec.commandLine(), "--max-seconds", maxSeconds, 0, false, MAX_SECONDS, true);
        }
        if (baselineToken != null) {
            Cli.intOption(spec.commandLine(), "--baseline-token", baselineToken, 0, SamplingOptions.MAX_TOP_K);
        }
        AttributionSettings.Builder b = AttributionSettings.builder()
                .target(target)
                .options(options == null ? List.of() : Arrays.asList(options.split(Pattern.quote("|"), -1)))
                .choice(choice)
                .masking(parse(MaskingKind.class, masking, "--masking", "remove|baseline|filler"))
                .baselineToken(baselineToken)
                .filler(filler)
                .samples(samples == null ? 0 : samples)
                .seed(seed)
                .maxSeconds(maxSeconds == null ? 0 : maxSeconds);
        if (value != null) {
            try {
                b.value(ValueKind.ofLabel(value));
            } catch (IllegalArgumentException e) {
                throw usage(e.getMessage());
            }
        }
        if (method != null) {
            b.method(parse(Method.class, method, "--method", "exact|permutation|kernel"));
        }
        try {
            b.pins(pins.stream().flatMap(p -> Span.parseList(p).stream()).toList());
            if (players.startsWith("spans:")) {
                b.granularity(Granularity.SPANS).spans(Span.parseList(players.substring("spans:".length())));
            } else if (players.equals("spans")) {
                throw usage("--players spans needs the spans: spans:0-5,6-12");
            } else {
                b.granularity(parse(Granularity.class, players, "--players", "tokens|words|sentences|spans:0-5,6-12"));
            }
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        return b.build();
    }

    private <E extends Enum<E>> E parse(Class<E> type, String text, String option, String allowed) {
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw usage("unknown " + option + " '" + text + "': use " + allowed);
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
