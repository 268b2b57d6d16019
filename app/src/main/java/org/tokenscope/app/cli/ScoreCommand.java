package org.tokenscope.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.tokenscope.host.decode.Scorer;
import org.tokenscope.host.model.LanguageModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Teacher-forced statistics of a text: per-token probability, surprisal, entropy and rank; perplexity and bits per byte.")
final class ScoreCommand implements Callable<Integer> {
    @Mixin ModelOptions modelOptions;
    @Mixin OutputOptions output;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--text", required = true, paramLabel = "TEXT", description = "The text to score.")
    String text;

    @Option(names = "--prompt", paramLabel = "TEXT", description = "Context before the text (default: BOS alone).")
    String prompt;

    @Override
    public Integer call() {
        try (LanguageModel model = modelOptions.load()) {
            int[] context;
            if (prompt != null) {
                context = model.encodePrompt(prompt);
            } else if (model.config().bos() >= 0) {
                context = new int[] {model.config().bos()};
            } else {
                throw new InputException("this model has no BOS token to score the first token after: give --prompt");
            }
            if (text.isEmpty()) {
                throw new InputException("empty --text: give the text to score");
            }
            int[] ids = model.requireTokenizer().encodeIds(text);
            Scorer.Result r = Scorer.score(model, context, ids, text.getBytes(StandardCharsets.UTF_8).length);
            spec.commandLine().getOut().println(output.json ? Json.write(toJson(model, r)) : Summary.score(model, r));
        }
        return 0;
    }

    private ObjectNode toJson(LanguageModel model, Scorer.Result r) {
        ObjectNode s = Json.object();
        s.put("text", text);
        if (prompt == null) {
            s.putNull("prompt");
        } else {
            s.put("prompt", prompt);
        }
        s.set("context_ids", Json.ints(r.contextIds()));
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
        return root;
    }
}
