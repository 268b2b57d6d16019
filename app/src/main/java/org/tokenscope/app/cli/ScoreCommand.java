package org.tokenscope.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tokenscope.host.decode.ScoreWindows;
import org.tokenscope.host.decode.Scorer;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.model.LanguageModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Teacher-forced statistics of a text: per-token probability, surprisal, entropy and rank; perplexity "
                + "and bits per byte.",
                "A text longer than the model's context is scored with sliding windows (Hugging Face's perplexity recipe): "
                + "windows of at most the context, advancing by --stride tokens; every token is scored once, after the "
                + "context - stride tokens before it. When the model adds BOS, every window starts with it. The output "
                + "gives the windows run, the stride and the tokens scored."})
final class ScoreCommand implements Callable<Integer> {
    @Mixin ModelOptions modelOptions;
    @Mixin ScoreDocuments documents;
    @Mixin OutputOptions output;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--prompt", paramLabel = "TEXT", description = "Context before the text (default: BOS alone).")
    String prompt;

    @Option(names = "--stride", paramLabel = "N",
            description = "Tokens a sliding window advances by, 1 to context - 1 (context - 2 when the model adds BOS); "
                    + "default: half the context. Ignored by a model that states no context.")
    Integer stride;

    @Override
    public Integer call() {
        if (stride != null && stride < 1) {
            throw new ParameterException(spec.commandLine(), "--stride must be ≥ 1, not " + stride);
        }
        List<String> texts = documents.resolve();
        try (LanguageModel model = modelOptions.load()) {
            int[] context;
            if (prompt != null) {
                context = model.encodePrompt(prompt);
            } else if (model.config().bos() >= 0) {
                context = new int[] {model.config().bos()};
            } else {
                throw new InputException("this model has no BOS token to score the first token after: give --prompt");
            }
            int windowStride = effectiveStride(model, context);
            for (String text : texts) {
                if (text.isEmpty()) {
                    throw new InputException(documents.file() == null ? "empty --text: give the text to score"
                            : documents.file() + " holds no text: give a text to score");
                }
                int[] ids = model.requireTokenizer().encodeIds(text);
                Scorer.Result r = Scorer.score(model, context, ids, text.getBytes(StandardCharsets.UTF_8).length, windowStride,
                        Cli.progress(spec), Cancellation.none());
                spec.commandLine().getOut().println(output.json ? Json.write(toJson(model, text, r))
                        : Summary.score(model, r) + windows(model, r));
            }
        }
        return 0;
    }

    /** --stride, or half the context; checked against the model's context (wrong usage, exit 2). 0: no context. */
    private int effectiveStride(LanguageModel model, int[] context) {
        if (model.contextLength() <= 0) {
            return 0;
        }
        int s = stride != null ? stride : Scorer.defaultStride(model, context);
        try {
            ScoreWindows.checkStride(s, model.contextLength(), Scorer.pinsBos(model, context));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--stride: " + e.getMessage());
        }
        return s;
    }

    private static String windows(LanguageModel model, Scorer.Result r) {
        if (model.contextLength() <= 0) {
            return "one pass: the model states no context length\n";
        }
        return String.format(Locale.ROOT, "%d %s of at most %d tokens, stride %d%n", r.windows(),
                r.windows() == 1 ? "window" : "windows", model.contextLength(), r.stride());
    }

    private ObjectNode toJson(LanguageModel model, String text, Scorer.Result r) {
        ObjectNode s = Json.object();
        s.put("text", text);
        Path file = documents.file();
        putPath(s, "text_file", documents.batch() ? null : file);
        putPath(s, "prompt_file", documents.batch() ? file : null);
        if (prompt == null) {
            s.putNull("prompt");
        } else {
            s.put("prompt", prompt);
        }
        s.set("context_ids", Json.ints(r.contextIds()));
        putStride(s, model, r);
        s.put("threads", model.threads());
        s.put("variant", model.folder().variant().label());
        ObjectNode root = Json.withMeta("score", model, s);
        ArrayNode tokens = root.putArray("tokens");
        for (Scorer.Scored t : r.tokens()) {
            ObjectNode n = tokens.addObject();
            n.put("index", t.index());
            Json.token(n, model, t.id());
            n.set("prob", Json.num(t.prob()));
            n.set("surprisal", Json.num(t.surprisal()));
            n.set("entropy", Json.num(t.entropy()));
            n.put("rank", t.rank());
        }
        root.set("ppl", Json.num(r.ppl()));
        root.set("bits_per_byte", Json.num(r.bitsPerByte()));
        root.put("tokens_scored", r.tokens().size());
        root.put("windows", r.windows());
        putStride(root, model, r);
        return root;
    }

    private static void putPath(ObjectNode into, String name, Path file) {
        if (file == null) {
            into.putNull(name);
        } else {
            into.put(name, file.toString());
        }
    }

    private static void putStride(ObjectNode into, LanguageModel model, Scorer.Result r) {
        if (model.contextLength() <= 0) {
            into.putNull("stride");
        } else {
            into.put("stride", r.stride());
        }
    }
}
