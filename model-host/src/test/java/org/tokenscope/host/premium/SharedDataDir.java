package org.tokenscope.host.premium;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds {@code shared/data} (FLORES-200 and Petrov et al.'s counts), which sits next to the repository
 * rather than in it, by walking up from the working directory; skips the calling test when it is absent.
 */
final class SharedDataDir {
    private SharedDataDir() {
    }

    static Path get() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path data = dir.resolve("shared/data");
            if (Files.isDirectory(data)) {
                return data;
            }
        }
        assumeTrue(false, "no shared/data folder above " + Path.of("").toAbsolutePath());
        throw new AssertionError("unreachable");
    }
}
