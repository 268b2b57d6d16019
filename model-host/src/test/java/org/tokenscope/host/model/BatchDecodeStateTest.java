package org.tokenscope.host.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A state expanded into a batch decodes each row as the single state would (separate and combined caches). */
class BatchDecodeStateTest {

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of("demo", (CacheParityTest.ModelSource) TestModels::demo, 1e-4),
                Arguments.of("gpt2-legacy-past", (CacheParityTest.ModelSource) () -> CacheParityTest.load(
                        TestModels.fixture("tiny-random-gpt2-legacy-past"), null), 1e-4),
                Arguments.of("tiny fp16", (CacheParityTest.ModelSource) () -> CacheParityTest.load(
                        TestModels.resource("tiny-fp16"), "fp16"), 2e-2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void rowsMatchSingleSequences(String name, CacheParityTest.ModelSource source, double tol) {
        int[] prefix = {5, 17, 3};
        int[][] next = {{9, 12, 1}, {4, 4, 4}};
        try (OnnxLanguageModel m = source.open(); DecodeState s = m.newState()) {
            s.append(prefix);
            try (BatchDecodeState b = s.expand(3).orElseThrow()) {
                for (int step = 0; step < next.length; step++) {
                    float[][] rows = b.append(next[step]);
                    for (int r = 0; r < 3; r++) {
                        int[] seq = new int[prefix.length + step + 1];
                        System.arraycopy(prefix, 0, seq, 0, prefix.length);
                        for (int k = 0; k <= step; k++) {
                            seq[prefix.length + k] = next[k][r];
                        }
                        float[][] all = m.logitsAll(seq);
                        TestModels.assertClose(all[seq.length - 1], rows[r], tol, name + " row " + r + " step " + step);
                    }
                }
            }
            assertEquals(3, s.length(), "expanding leaves the state unchanged");
            TestModels.assertClose(m.logitsAll(new int[] {5, 17, 3, 8})[3], s.append(8), tol, name + " parent after");
        }
    }
}
