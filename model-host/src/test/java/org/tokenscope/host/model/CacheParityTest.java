package org.tokenscope.host.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cache invariants on every model the host must run: our demo export, both fixtures written by other
 * exporters, and the float16-I/O test graph (whose cache is rounded to float16, hence its wider tolerance).
 */
class CacheParityTest {
    private static final int[] IDS = {5, 17, 3, 9, 12, 1, 7, 20, 4, 11};

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of("demo", (ModelSource) TestModels::demo, 1e-4),
                Arguments.of("gpt2-legacy-past (int32, combined cache)",
                        (ModelSource) () -> load(TestModels.fixture("tiny-random-gpt2-legacy-past"), null), 1e-4),
                Arguments.of("dummy-decoder-int32 (no tokenizer)",
                        (ModelSource) () -> load(TestModels.fixture("dummy-decoder-int32"), null), 1e-4),
                Arguments.of("tiny fp32", (ModelSource) () -> load(TestModels.resource("tiny-fp16"), "fp32"), 1e-4),
                Arguments.of("tiny fp16 cache and logits",
                        (ModelSource) () -> load(TestModels.resource("tiny-fp16"), "fp16"), 2e-2));
    }

    interface ModelSource {
        OnnxLanguageModel open();
    }

    static OnnxLanguageModel load(Path dir, String variant) {
        return OnnxLanguageModel.load(ModelFolder.open(dir, variant), TestModels.THREADS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void singleCachedStepsEqualOnePrefill(String name, ModelSource source, double tol) {
        try (OnnxLanguageModel m = source.open(); DecodeState s = m.newState()) {
            float[][] prefill = m.logitsAll(IDS);
            for (int i = 0; i < IDS.length; i++) {
                TestModels.assertClose(prefill[i], s.append(IDS[i]), tol, name + " step " + i);
            }
            assertEquals(IDS.length, s.length());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void batchedForwardEqualsUnbatchedPerRow(String name, ModelSource source, double tol) {
        List<int[]> seqs = List.of(new int[] {5, 17, 3, 9, 12}, IDS, new int[] {8, 2, 6});
        try (OnnxLanguageModel m = source.open()) {
            List<float[][]> batched = m.logitsBatch(seqs, Integer.MAX_VALUE);
            for (int b = 0; b < seqs.size(); b++) {
                float[][] alone = m.logitsAll(seqs.get(b));
                assertEquals(alone.length, batched.get(b).length);
                for (int r = 0; r < alone.length; r++) {
                    TestModels.assertClose(alone[r], batched.get(b)[r], tol, name + " seq " + b + " row " + r);
                }
            }
            List<float[][]> lastTwo = m.logitsBatch(seqs, 2);
            TestModels.assertClose(batched.get(2)[2], lastTwo.get(2)[1], 0, "last rows slice");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void forkedBranchAndParentDecodeIndependently(String name, ModelSource source, double tol) {
        try (OnnxLanguageModel m = source.open()) {
            DecodeState parent = m.newState();
            parent.append(5, 17, 3);
            DecodeState child = parent.fork();
            float[] parentNext = parent.append(9);
            float[] childNext = child.append(12);
            TestModels.assertClose(m.logitsAll(new int[] {5, 17, 3, 9})[3], parentNext, tol, name + " parent");
            TestModels.assertClose(m.logitsAll(new int[] {5, 17, 3, 12})[3], childNext, tol, name + " child");
            parent.close(); // the child still owns its share of the cache
            float[] childLater = child.append(1);
            TestModels.assertClose(m.logitsAll(new int[] {5, 17, 3, 12, 1})[4], childLater, tol, name + " after close");
            child.close();
        }
    }
}
