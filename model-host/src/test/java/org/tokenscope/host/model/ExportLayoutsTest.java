package org.tokenscope.host.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the folder layouts of other exporters need beyond matching numbers: choices, labels, messages. */
class ExportLayoutsTest {

    @Test
    void optimumSplitFoldersDecodeWithTheWithPastGraph() {
        ModelFolder f = ModelFolder.open(TestModels.decoder("optimum-split"));
        assertEquals("decoder_with_past_model.onnx", f.onnxFile().getFileName().toString());
        assertEquals(List.of("fp32", "decoder_model"), f.variants().stream().map(ModelFolder.Variant::label).toList(),
                "every label names one file");
        try (OnnxLanguageModel m = OnnxLanguageModel.load(f, 1)) {
            assertEquals(CacheLayout.SEPARATE, m.signature().layout(), "decoding uses the KV cache");
        }
        try (OnnxLanguageModel noPast = OnnxLanguageModel.load(ModelFolder.open(f.dir(), "decoder_model.onnx"), 1)) {
            assertEquals(CacheLayout.NONE, noPast.signature().layout());
            assertTrue(noPast.signature().taps().isEmpty(), "present.* are cache outputs, not taps: " + noPast.signature().taps());
            assertTrue(noPast.tapNames().stream().noneMatch(n -> n.startsWith("present")), noPast.tapNames().toString());
        }
    }

    @Test
    void transformersJsVariantsAreLabelledAsItNamesThem() {
        ModelFolder f = ModelFolder.open(TestModels.decoder("transformersjs-variants"));
        assertEquals(List.of("fp32", "fp16", "q4", "quantized", "uint8"),
                f.variants().stream().map(ModelFolder.Variant::label).toList());
        assertEquals("model_q4.onnx", ModelFolder.open(f.dir(), "q4").onnxFile().getFileName().toString());
        assertEquals("model_q4.onnx", ModelFolder.open(f.dir(), "onnx/model_q4.onnx").onnxFile().getFileName().toString());
        ModelException e = assertThrows(ModelException.class, () -> ModelFolder.open(f.dir(), "int4"));
        assertTrue(e.getMessage().contains("q4 (onnx/model_q4.onnx)"), e.getMessage());
    }

    @Test
    void aTensorInsideTheMergedDecodersIfSaysSoAndNamesTheWayOut() {
        Path dir = TestModels.decoder("optimum-merged");
        OnnxGraphScan scan = OnnxGraphScan.of(dir.resolve("decoder_model_merged.onnx"));
        String inner = scan.subgraphOutputs().stream().filter(n -> n.contains("Add")).findFirst().orElseThrow();
        try (OnnxLanguageModel m = OnnxLanguageModel.load(ModelFolder.open(dir), 1)) {
            assertTrue(m.signature().useCacheBranch() != null);
            assertFalse(m.tapNames().contains(inner));
            ModelException e = assertThrows(ModelException.class, () -> m.activations(inner, new int[] {1, 2}));
            assertTrue(e.getMessage().contains("If subgraph") && e.getMessage().contains("with-past"), e.getMessage());
        }
    }

    @Test
    void aWrongTapListsTheTapsThereAre() {
        try (OnnxLanguageModel m = OnnxLanguageModel.load(ModelFolder.open(TestModels.decoder("mqa-head-dim")), 1)) {
            assertFalse(m.tapNames().isEmpty(), "an export without declared taps still has tensors to tap");
            ModelException e = assertThrows(ModelException.class, () -> m.activations("nope", new int[] {1, 2}));
            assertTrue(e.getMessage().contains(m.tapNames().get(0)), e.getMessage());
            assertTrue(e.getMessage().contains("more (models inspect --json lists them all)"), e.getMessage());
        }
    }

    @Test
    void anOperatorOnnxRuntimeCannotRunIsOneMessageNamingIt() {
        ModelException e = assertThrows(ModelException.class,
                () -> OnnxLanguageModel.load(ModelFolder.open(TestModels.decoder("bad-contrib-op")), 1));
        assertTrue(e.getMessage().contains("org.example.FancyRMSNorm") && e.getMessage().contains("another variant"),
                e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void anUnreadableModelFileSaysPermissionDenied(@TempDir Path dir) throws IOException {
        Path onnx = Files.copy(TestModels.decoder("mqa-head-dim").resolve("model.onnx"), dir.resolve("model.onnx"));
        Files.setPosixFilePermissions(onnx, java.util.Set.of());
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(onnx), "root reads every file: nothing to see");
        ModelException e = assertThrows(ModelException.class, () -> OnnxLanguageModel.load(ModelFolder.open(dir), 1));
        assertTrue(e.getMessage().contains("permission denied") && !e.getMessage().contains("error number"),
                e.getMessage());
    }

    @Test
    void configsMayNameOnlyFilesInsideTheModelFolder(@TempDir Path dir) throws IOException {
        for (String outside : List.of("/etc/passwd", "../model.onnx", "sub/../../x.onnx")) {
            Files.writeString(dir.resolve("genai_config.json"),
                    "{\"model\": {\"decoder\": {\"filename\": \"" + outside + "\"}}}");
            ModelException e = assertThrows(ModelException.class, () -> ModelFolder.open(dir));
            assertTrue(e.getMessage().contains("outside the model folder") && e.getMessage().contains(outside),
                    e.getMessage());
        }
        assertEquals(dir.resolve("onnx/model.onnx").toAbsolutePath().normalize(),
                ModelFolder.inside(dir, "onnx/./model.onnx", "test"));
    }

    @Test
    void genaiFoldersWithoutConfigJsonTakeShapesAndBosFromGenaiConfigAndTheTemplate() {
        try (OnnxLanguageModel m = OnnxLanguageModel.load(ModelFolder.open(TestModels.decoder("genai-no-config")), 1)) {
            assertFalse(m.folder().configFiles().contains("config.json"));
            assertEquals(null, m.signature().positionIds());
            assertEquals(PromptSpecials.POST_PROCESSOR, m.config().specials().source());
            assertEquals(m.config().bos(), m.encodePrompt("Hi")[0]);
        }
    }

    @Test
    void aTemplateNamingAnUnknownTokenLeavesTheModelUsableByIdsWithOneMessage(@TempDir Path dir) throws IOException {
        Path src = TestModels.decoder("llama3-gqa-template-bos");
        try (Stream<Path> files = Files.list(src)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Path tok = dir.resolve("tokenizer.json");
        ObjectMapper json = new ObjectMapper();
        JsonNode root = json.readTree(tok.toFile());
        JsonNode template = root.path("post_processor").path("processors").get(1);
        assertEquals("TemplateProcessing", template.path("type").asText());
        // The template adds <|start|>, which its special_tokens map does not define.
        ((ObjectNode) template.path("single").get(0).path("SpecialToken")).put("id", "<|start|>");
        json.writeValue(tok.toFile(), root);
        try (OnnxLanguageModel m = OnnxLanguageModel.load(ModelFolder.open(dir), 1)) {
            assertTrue(m.tokenizer().isEmpty());
            ModelException e = assertThrows(ModelException.class, () -> m.encodePrompt("Hi"));
            assertTrue(e.getMessage().contains("<|start|>") && e.getMessage().contains("special_tokens"), e.getMessage());
            assertEquals(1, e.getMessage().lines().count());
            assertEquals(2, m.logitsAll(new int[] {1, 2}).length, "ids can still be fed");
        }
    }
}
