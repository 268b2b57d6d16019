package org.tokenscope.host.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each bad input gives one clear line, never a crash or a stack trace for the user to read. */
class BadModelInputTest {
    private static OnnxLanguageModel demo;

    @BeforeAll
    static void load() {
        demo = TestModels.demo();
    }

    @AfterAll
    static void close() {
        demo.close();
    }

    private static void assertOneLine(String message, String... parts) {
        assertTrue(!message.contains("\n"), "message is one line: " + message);
        for (String p : parts) {
            assertTrue(message.contains(p), "'" + message + "' should mention '" + p + "'");
        }
    }

    @Test
    void folderWithoutOnnxFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("config.json"), "{}");
        ModelException e = assertThrows(ModelException.class, () -> OnnxLanguageModel.load(dir));
        assertOneLine(e.getMessage(), "no ONNX model", "model.onnx");
    }

    @Test
    void missingFolder(@TempDir Path dir) {
        ModelException e = assertThrows(ModelException.class, () -> OnnxLanguageModel.load(dir.resolve("nope")));
        assertOneLine(e.getMessage(), "not found");
    }

    @Test
    void corruptOnnxFile(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("model.onnx"), "this is not a protobuf model".getBytes());
        ModelException e = assertThrows(ModelException.class, () -> OnnxLanguageModel.load(dir));
        assertOneLine(e.getMessage(), "cannot load model.onnx", "not a usable ONNX model");
    }

    @Test
    void truncatedOnnxFile(@TempDir Path dir) throws IOException {
        byte[] full = Files.readAllBytes(demo.folder().onnxFile());
        Files.write(dir.resolve("model.onnx"), Arrays.copyOf(full, full.length / 3));
        ModelException e = assertThrows(ModelException.class, () -> OnnxLanguageModel.load(dir));
        assertOneLine(e.getMessage(), "cannot load model.onnx");
    }

    @Test
    void malformedConfigNamesTheFile(@TempDir Path dir) throws IOException {
        Files.copy(demo.folder().onnxFile(), dir.resolve("model.onnx"));
        Files.writeString(dir.resolve("config.json"), "{\"vocab_size\": ");
        ModelException e = assertThrows(ModelException.class, () -> OnnxLanguageModel.load(dir));
        assertOneLine(e.getMessage(), "malformed config.json");
    }

    @Test
    void folderWithoutTokenizerLoadsWithAWarningAndTakesIds(@TempDir Path dir) throws IOException {
        Files.copy(demo.folder().onnxFile(), dir.resolve("model.onnx"));
        try (OnnxLanguageModel m = OnnxLanguageModel.load(ModelFolder.open(dir), 1)) {
            assertTrue(m.warnings().stream().anyMatch(w -> w.contains("no tokenizer.json")));
            assertTrue(m.warnings().stream().anyMatch(w -> w.contains("context length")));
            assertEquals(demo.logitsWidth(), m.logitsAll(new int[] {1, 2, 3})[0].length);
            ModelException e = assertThrows(ModelException.class, () -> m.encodePrompt("Emma"));
            assertOneLine(e.getMessage(), "no usable tokenizer.json");
        }
    }

    @Test
    void unloadableTokenizerIsAWarning(@TempDir Path dir) throws IOException {
        Files.copy(demo.folder().onnxFile(), dir.resolve("model.onnx"));
        Files.writeString(dir.resolve("tokenizer.json"), "{not json");
        try (OnnxLanguageModel m = OnnxLanguageModel.load(ModelFolder.open(dir), 1)) {
            assertTrue(m.tokenizer().isEmpty());
            assertTrue(m.warnings().stream().anyMatch(w -> w.contains("tokenizer.json could not be loaded")), m.warnings().toString());
        }
    }

    @Test
    void idBeyondTheLogits() {
        int w = demo.logitsWidth();
        ModelException e = assertThrows(ModelException.class, () -> demo.logitsAll(new int[] {1, w}));
        assertOneLine(e.getMessage(), "token id " + w, w + " logits");
        assertThrows(ModelException.class, () -> demo.checkIds(new int[] {-1}));
    }

    @Test
    void promptLongerThanTheContext() {
        int[] ids = new int[demo.contextLength() + 1];
        ModelException e = assertThrows(ModelException.class, () -> demo.newState().append(ids));
        assertOneLine(e.getMessage(), (demo.contextLength() + 1) + " tokens", "context is " + demo.contextLength());
    }

    @Test
    void emptyPrompt() {
        assertOneLine(assertThrows(ModelException.class, () -> demo.encodePrompt("")).getMessage(), "empty prompt");
        assertOneLine(assertThrows(ModelException.class, () -> demo.checkIds(new int[0])).getMessage(), "empty prompt");
    }

    @Test
    void unknownVariant() {
        ModelException e = assertThrows(ModelException.class,
                () -> ModelFolder.open(TestModels.resource("tiny-fp16"), "q4"));
        assertOneLine(e.getMessage(), "no variant 'q4'", "fp16");
    }
}
