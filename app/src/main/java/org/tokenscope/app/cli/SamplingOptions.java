package org.tokenscope.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tokenscope.host.decode.CautiousSettings;
import org.tokenscope.host.decode.Punctuation;
import org.tokenscope.host.decode.SamplerSettings;
import org.tokenscope.host.decode.TrialFormula;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The generation options shared by generate and counterfactual (which replays a generate run). */
public final class SamplingOptions {
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

    /** The most tokens --max-tokens asks for (a run also stops at the model's context). */
    static final int MAX_TOKENS = 1 << 20;
    /** The most alternatives --top lists per step (each is kept for every sampler stage of every step). */
    static final int MAX_TOP = 1000;
    /** The most trials --max-trials allows: the trials of a step run as one batch, each with its own cache. */
    static final int MAX_TRIALS = 1024;
    /** Temperatures above this are indistinguishable from uniform sampling. */
    static final double MAX_TEMPERATURE = 100;
    /** Entropy thresholds in nats; no vocabulary reaches ln(2^24) ≈ 16.6. */
    static final double MAX_ENTROPY = 100;
    /** --top-k beyond any vocabulary size (the model's size is checked when it is loaded). */
    static final int MAX_TOP_K = 1 << 24;

    /** Checks every numeric option against its range (usage error, exit code 2), whether --cautious is on or not. */
    void check(CommandLine cmd) {
        Cli.intOption(cmd, "--max-tokens", maxTokens, 0, MAX_TOKENS);
        Cli.intOption(cmd, "--top", top, 0, MAX_TOP);
        Cli.doubleOption(cmd, "--temperature", temperature, 0, true, MAX_TEMPERATURE, true);
        Cli.intOption(cmd, "--top-k", topK, 0, MAX_TOP_K);
        Cli.doubleOption(cmd, "--top-p", topP, 0, false, 1, true);
        Cli.doubleOption(cmd, "--min-p", minP, 0, true, 1, true);
        Cli.doubleOption(cmd, "--h-low", hLow, 0, true, MAX_ENTROPY, true);
        Cli.doubleOption(cmd, "--h-high", hHigh, 0, true, MAX_ENTROPY, true);
        Cli.intOption(cmd, "--max-trials", maxTrials, 1, MAX_TRIALS);
    }

    SamplerSettings sampler(CommandLine cmd) {
        check(cmd);
        try {
            return new SamplerSettings(temperature, topK, topP, minP, seed);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cmd, e.getMessage());
        }
    }

    /** Null unless --cautious. */
    CautiousSettings cautious(CommandLine cmd) {
        check(cmd);
        if (!cautious) {
            return null;
        }
        try {
            return new CautiousSettings(hLow, hHigh, maxTrials, TrialFormula.of(trialFormula), Punctuation.Mode.of(punctuation));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cmd, e.getMessage());
        }
    }

    void putSettings(ObjectNode s) {
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
    }
}
