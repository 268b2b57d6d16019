package org.tokenscope.host.tokenize;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared data folder ({@code shared/fixtures}) that sits next to the repository rather than in
 * it, by walking up from the working directory, so tests work from the module or the repository root.
 */
final class SharedData {
    private SharedData() {}

    /** The {@code shared} folder; skips the calling test when there is none above the working directory. */
    static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path shared = dir.resolve("shared");
            if (Files.isDirectory(shared.resolve("fixtures"))) {
                return shared;
            }
        }
        assumeTrue(false, "no shared/fixtures folder above " + Path.of("").toAbsolutePath());
        throw new AssertionError("unreachable");
    }

    /** A file under {@code shared/fixtures}; skips the calling test when it is missing. */
    static Path fixture(String relative) {
        Path file = root().resolve("fixtures").resolve(relative);
        assumeTrue(Files.exists(file), "missing fixture " + file);
        return file;
    }
}
