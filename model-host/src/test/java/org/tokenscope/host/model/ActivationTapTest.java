package org.tokenscope.host.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Taps added by appending outputs to the serialized graph give the same values as the same tensor
 * exported as an output by the recipe (same weights, two exports).
 */
class ActivationTapTest {
    private static final int[] IDS = {3, 1, 4, 1, 5, 9, 2, 6};

    @Test
    void patchedGraphTapEqualsTheExportedHiddenState(@TempDir Path dir) throws IOException {
        Files.copy(TestModels.resource("tiny-fp16/onnx/model.onnx"), dir.resolve("model.onnx"));
        try (OnnxLanguageModel plain = OnnxLanguageModel.load(ModelFolder.open(dir), 1);
                OnnxLanguageModel exported = OnnxLanguageModel.load(ModelFolder.open(TestModels.resource("tiny-fp16/with-hidden")), 1)) {
            // An export that declares no taps offers its intermediate tensors, never its cache outputs.
            assertTrue(plain.tapNames().contains("/model/blocks.0/Add_3_output_0"), plain.tapNames().toString());
            assertTrue(plain.tapNames().stream().noneMatch(n -> n.startsWith("present") || n.equals("logits")));
            float[][] expected = exported.activations("hidden_states.1", IDS);
            List<String> candidates = OnnxGraphFile.nodeOutputs(dir.resolve("model.onnx"));
            // x + mlp(ln_2(x)), the residual after block 0 (the tensor blocks.1/ln_1 reads; GELU has Adds of its own)
            String residual = "/model/blocks.0/Add_3_output_0";
            assertTrue(candidates.contains(residual), candidates.toString());
            float[][] tapped = plain.activations(residual, IDS);
            assertEquals(IDS.length, tapped.length);
            for (int i = 0; i < IDS.length; i++) {
                TestModels.assertClose(expected[i], tapped[i], 1e-5, "position " + i);
            }
            // The patched copy sits beside the original so external data would resolve; the folder ignores it.
            assertTrue(Files.list(dir).anyMatch(p -> p.getFileName().toString().contains(".taps-")));
            assertEquals(1, ModelFolder.open(dir).variants().size());
        }
    }

    @Test
    void unknownTensorIsRefused(@TempDir Path dir) throws IOException {
        Files.copy(TestModels.resource("tiny-fp16/onnx/model.onnx"), dir.resolve("model.onnx"));
        try (OnnxLanguageModel m = OnnxLanguageModel.load(ModelFolder.open(dir), 1)) {
            ModelException e = assertThrows(ModelException.class, () -> m.activations("no/such/tensor", IDS));
            assertTrue(e.getMessage().contains("no tensor named no/such/tensor"), e.getMessage());
        }
    }

    @Test
    void fixtureGraphsListTheirNodeOutputs() {
        List<String> names = OnnxGraphFile.nodeOutputs(TestModels.fixture("tiny-random-gpt2-legacy-past").resolve("past.onnx"));
        assertTrue(names.contains("logits"), names.toString());
    }
}
