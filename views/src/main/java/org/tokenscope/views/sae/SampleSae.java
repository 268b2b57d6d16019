package org.tokenscope.views.sae;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the bundled sample SAE lies: {@code -Dtokenscope.samples=DIR} (holding {@code sae/…}), else
 * {@code samples/sae/austen-topk-1536} in the working directory or one of its parents (a checkout or an install).
 */
public final class SampleSae {
    public static final String FOLDER = "austen-topk-1536";

    private SampleSae() {
    }

    public static Optional<Path> locate() {
        String prop = System.getProperty("tokenscope.samples");
        if (prop != null) {
            Path p = Path.of(prop, "sae", FOLDER);
            if (Files.isRegularFile(p.resolve("cfg.json"))) {
                return Optional.of(p);
            }
        }
        Path dir = Path.of("").toAbsolutePath();
        for (int i = 0; i < 5 && dir != null; i++, dir = dir.getParent()) {
            Path p = dir.resolve("samples").resolve("sae").resolve(FOLDER);
            if (Files.isRegularFile(p.resolve("cfg.json"))) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
