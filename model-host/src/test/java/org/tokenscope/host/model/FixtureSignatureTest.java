package org.tokenscope.host.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The signature is read from the session and the configs, as other exporters wrote them. */
class FixtureSignatureTest {

    @Test
    void legacyGpt2HasInt32InputsAndACombinedCache() {
        try (OnnxLanguageModel m = OnnxLanguageModel.load(ModelFolder.open(TestModels.fixture("tiny-random-gpt2-legacy-past")), 1)) {
            IoSignature s = m.signature();
            assertEquals(ElementType.INT32, s.inputIds().type());
            assertEquals(ElementType.INT32, s.attentionMask().type());
            assertEquals(ElementType.INT32, s.positionIds().type());
            assertEquals(CacheLayout.COMBINED, s.layout());
            assertEquals(5, s.layers());
            assertEquals(List.of("past_0", "past_1", "past_2", "past_3", "past_4"), s.pastKeys());
            assertEquals(List.of("present_0", "present_1", "present_2", "present_3", "present_4"), s.presentKeys());
            assertEquals(4, s.kvHeads());
            assertEquals(8, s.headDim());
            assertEquals(1000, m.logitsWidth());
            assertEquals(50295, m.requireTokenizer().vocabSize());
            assertTrue(m.warnings().stream().anyMatch(w -> w.contains("50295") && w.contains("1000")), m.warnings().toString());
            assertEquals(98, m.config().bos());
            assertEquals(512, m.contextLength());
        }
    }

    @Test
    void legacyGpt2RefusesTextThatEncodesBeyondItsLogits() {
        try (OnnxLanguageModel m = OnnxLanguageModel.load(ModelFolder.open(TestModels.fixture("tiny-random-gpt2-legacy-past")), 1)) {
            ModelException e = assertThrows(ModelException.class, () -> m.encodePrompt("Hello world"));
            assertTrue(e.getMessage().contains("15496") && e.getMessage().contains("1000 logits"), e.getMessage());
        }
    }

    @Test
    void dummyDecoderHasInt32IdsInt64MaskAndNoTokenizer() {
        try (OnnxLanguageModel m = OnnxLanguageModel.load(ModelFolder.open(TestModels.fixture("dummy-decoder-int32")), 1)) {
            IoSignature s = m.signature();
            assertEquals(ElementType.INT32, s.inputIds().type());
            assertEquals(ElementType.INT64, s.attentionMask().type());
            assertEquals(ElementType.INT64, s.positionIds().type());
            assertEquals(CacheLayout.SEPARATE, s.layout());
            assertEquals(List.of("past_key_values.0.key"), s.pastKeys());
            assertEquals(2, s.kvHeads());
            assertEquals(4, s.headDim());
            assertEquals(32, m.logitsWidth());
            assertTrue(m.tokenizer().isEmpty());
            assertTrue(m.warnings().stream().anyMatch(w -> w.contains("no tokenizer.json")), m.warnings().toString());
            ModelException e = assertThrows(ModelException.class, () -> m.encodePrompt("hi"));
            assertTrue(e.getMessage().contains("no usable tokenizer.json"), e.getMessage());
            assertEquals(128, m.contextLength());
        }
    }

    @Test
    void demoModelExposesOptimumNamesAndTaps() {
        try (OnnxLanguageModel m = TestModels.demo()) {
            IoSignature s = m.signature();
            assertEquals(CacheLayout.SEPARATE, s.layout());
            assertEquals(ElementType.INT64, s.inputIds().type());
            assertEquals(ElementType.FLOAT32, s.cacheType());
            assertEquals("past_key_values.0.key", s.pastKeys().get(0));
            assertEquals(m.config().layers(), s.layers());
            assertEquals(m.config().layers() + 1, m.tapNames().size());
            assertTrue(m.tapNames().contains("hidden_states.0"));
            assertTrue(m.warnings().isEmpty(), m.warnings().toString());
            assertTrue(m.config().addBos());
            assertEquals(m.config().bos(), m.encodePrompt("Hi")[0]);
            assertNull(s.useCacheBranch());
            assertFalse(m.sha256().isEmpty());
        }
    }

    @Test
    void float16VariantIsListedAndReportsFloat16CacheAndLogits() {
        ModelFolder f = ModelFolder.open(TestModels.resource("tiny-fp16"));
        assertEquals(List.of("fp32", "fp16"), f.variants().stream().map(ModelFolder.Variant::label).toList());
        try (OnnxLanguageModel m = OnnxLanguageModel.load(ModelFolder.open(TestModels.resource("tiny-fp16"), "fp16"), 1);
                OnnxLanguageModel ref = OnnxLanguageModel.load(ModelFolder.open(TestModels.resource("tiny-fp16"), "fp32"), 1)) {
            assertEquals(ElementType.FLOAT16, m.signature().cacheType());
            assertEquals(ElementType.FLOAT16, m.signature().logitsType());
            int[] ids = {3, 1, 4, 1, 5, 9, 2, 6};
            float[][] a = ref.logitsAll(ids), b = m.logitsAll(ids);
            for (int i = 0; i < ids.length; i++) {
                TestModels.assertClose(a[i], b[i], 1e-2, "fp16 vs fp32 row " + i);
            }
        }
    }
}
