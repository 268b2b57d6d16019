package org.tokenscope.app.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.tokenscope.app.project.ProjectFiles;

/**
 * What a file dropped on the window (or picked from Open Recent) is: a model (a folder, or an {@code .onnx}
 * file), a project ({@code *.tokenscope.json}), a prompt file ({@code .txt}, {@code .jsonl}), or something
 * Tokenscope does not open. Decided by name and type only, so it is instant on the FX thread; opening
 * it then reports what is wrong with the content.
 */
public final class DroppedFiles {
    private DroppedFiles() {
    }

    /** The kind of {@code path}, or null when Tokenscope cannot open it. */
    public static RecentFiles.Kind kindOf(Path path) {
        String name = String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT);
        if (Files.isDirectory(path) || name.endsWith(".onnx")) {
            return RecentFiles.Kind.MODEL;
        }
        if (name.endsWith(ProjectFiles.EXTENSION)) {
            return RecentFiles.Kind.PROJECT;
        }
        if (name.endsWith(".txt") || name.endsWith(".jsonl")) {
            return RecentFiles.Kind.PROMPTS;
        }
        return null;
    }
}
