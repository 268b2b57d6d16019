package org.tokenscope.host.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URISyntaxException;
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

    /** A model folder vendored from onnxruntime-genai's tests ({@code fixtures/onnx-decoders}, MIT licence). */
    static Path fixture(String name) {
        return resource("fixtures/onnx-decoders/" + name);
    }

    /** A model folder written by {@code src/test/recipe/decoders} ({@code fixtures/decoders}). */
    static Path decoder(String name) {
        return resource("fixtures/decoders/" + name);
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
