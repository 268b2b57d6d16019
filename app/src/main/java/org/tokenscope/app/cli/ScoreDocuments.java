package org.tokenscope.app.cli;

import java.nio.file.Path;
import java.util.List;
import org.tokenscope.app.project.ProjectException;
import org.tokenscope.app.project.TextFiles;
import org.tokenscope.host.io.BoundedFiles;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** What {@code score} scores: exactly one of --text, --text-file (one document) or --prompt-file (one per prompt). */
public final class ScoreDocuments {
    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--text", paramLabel = "TEXT", description = "The text to score.")
        String text;

        @Option(names = "--text-file", paramLabel = "PATH",
                description = "A UTF-8 text file scored as one document (longer than the context: sliding windows).")
        Path textFile;

        @Option(names = "--prompt-file", paramLabel = "FILE",
                description = "Blank-line-separated texts, or .jsonl lines {\"prompt\": ...}; each scored as one document, "
                        + "one result per text.")
        Path promptFile;
    }

    /** Several documents, one JSON object per line. */
    boolean batch() {
        return source.promptFile != null;
    }

    /** The documents to score, in order; an {@link InputException} (exit 1) when a file cannot be used. */
    List<String> resolve() {
        if (source.text != null) {
            return List.of(source.text);
        }
        if (source.textFile != null) {
            return List.of(readText(source.textFile));
        }
        return PromptFile.read(source.promptFile);
    }

    /** The file named by --text-file or --prompt-file, for the settings (null with --text). */
    Path file() {
        return source.textFile != null ? source.textFile : source.promptFile;
    }

    /**
     * The whole of a UTF-8 text file (a leading byte-order mark dropped); missing, not a regular file, over
     * {@link BoundedFiles#TEXT_FILE_LIMIT} or not UTF-8 is refused.
     */
    static String readText(Path file) {
        try {
            return TextFiles.readUtf8(file, "text file", BoundedFiles.TEXT_FILE_LIMIT);
        } catch (ProjectException e) {
            throw new InputException(e.getMessage(), e);
        }
    }
}
