package org.tokenscope.host.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the test models live, and the tolerance every logits comparison uses. */
final class TestModels {
    /** Two threads everywhere so results are reproducible on any machine. */
    static final int THREADS = 2;

    private TestModels() {
    }

    static OnnxLanguageModel demo() {
        return DemoModel.load(THREADS);
    }

    /** A model folder from {@code shared/fixtures/onnx-decoders}, found by walking up from the working directory. */
    static Path fixture(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path f = dir.resolve("shared/fixtures/onnx-decoders").resolve(name);
            if (Files.isDirectory(f)) {
                return f;
            }
        }
        assumeTrue(false, "shared/fixtures/onnx-decoders/" + name + " not found above the working directory");
        return null;
    }

    static Path resource(String name) {
        try {
            return Path.of(TestModels.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new AssertionError("missing test resource " + name, e);
        }
    }

    /** |Δ| ≤ tol·max(1, |expected|) element-wise, -∞ matching -∞. */
    static void assertClose(float[] expected, float[] actual, double tol, String what) {
        assertEquals(expected.length, actual.length, what + ": width");
        for (int i = 0; i < expected.length; i++) {
            if (expected[i] == Float.NEGATIVE_INFINITY || actual[i] == Float.NEGATIVE_INFINITY) {
                assertEquals(expected[i], actual[i], what + " [" + i + "]");
                continue;
            }
            double allowed = tol * Math.max(1, Math.abs(expected[i]));
            if (Math.abs(expected[i] - actual[i]) > allowed) {
                fail(what + " [" + i + "]: expected " + expected[i] + " got " + actual[i] + " (allowed ±" + allowed + ")");
            }
        }
    }
}
