package org.tokenscope.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tokenscope.host.model.LanguageModel;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** Exactly one of --prompt, --prompt-ids or --prompt-file. */
public final class PromptOptions {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--prompt", paramLabel = "TEXT", description = "Prompt text.")
        String text;

        @Option(names = "--prompt-ids", paramLabel = "1,2,3", split = ",", description = "Prompt token ids (no BOS added).")
        int[] ids;

        @Option(names = "--prompt-file", paramLabel = "FILE",
                description = "Blank-line-separated prompts, or .jsonl lines {\"prompt\": ...}; one result per prompt.")
        Path file;
    }

    /** One prompt: its text (null when given as ids) and its ids (BOS added when the tokenizer config says so). */
    record Prompt(String text, int[] ids) {
    }

    boolean batch() {
        return source.file != null;
    }

    /**
     * The prompt texts, read before any model is loaded so a bad --prompt-file is refused at once;
     * null when the prompt is given as ids.
     */
    List<String> texts() {
        if (source.ids != null) {
            return null;
        }
        return source.text != null ? List.of(source.text) : PromptFile.read(source.file);
    }

    /** The prompts: {@code texts} (from {@link #texts}) tokenised, or the ids as given. */
    List<Prompt> resolve(LanguageModel model, List<String> texts) {
        if (source.ids != null) {
            model.checkIds(source.ids);
            return List.of(new Prompt(null, source.ids));
        }
        List<Prompt> out = new ArrayList<>();
        for (String t : texts) {
            out.add(new Prompt(t, model.encodePrompt(t)));
        }
        return out;
    }

    List<Prompt> resolve(LanguageModel model) {
        return resolve(model, texts());
    }
}
