package org.tokenscope.app.cli;

import java.nio.file.Path;
import java.util.List;
import org.tokenscope.app.project.ProjectException;
import org.tokenscope.app.project.PromptFiles;

/**
 * {@code --prompt-file}: plain text with one prompt per blank-line-separated block, or JSONL {"prompt": ...}.
 * The format itself lives in {@link PromptFiles}, shared with the window's File › Open Prompts….
 */
public final class PromptFile {
    private PromptFile() {
    }

    /** The prompts of {@code file}; an {@link InputException} (exit code 1) when it cannot be used. */
    public static List<String> read(Path file) {
        try {
            return PromptFiles.read(file);
        } catch (ProjectException e) {
            throw new InputException(e.getMessage(), e);
        }
    }
}
