package org.tokenscope.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The model-folder fixtures kept in the model-host module's test resources, found from the repository root
 * (the tests run in {@code app/}), so the command line is tested on the same folders as the engine.
 */
final class TestFixtures {
    private TestFixtures() {
    }

    /** {@code model-host/src/test/resources/fixtures/<relative>}. */
    static Path folder(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path f = dir.resolve("model-host/src/test/resources/fixtures").resolve(relative);
            if (Files.isDirectory(dir.resolve("model-host")) && Files.exists(f)) {
                return f;
            }
        }
        throw new AssertionError("model-host/src/test/resources/fixtures/" + relative + " not found above "
                + Path.of("").toAbsolutePath());
    }
}
