package org.tokenscope.host.sae;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tokenscope.host.model.DemoModel;
import org.tokenscope.host.model.ModelException;
import org.tokenscope.host.model.ModelFolder;
import org.tokenscope.host.model.OnnxLanguageModel;

/** config.json's unembedding may name only a file inside the model folder (it was once /etc/passwd's bytes). */
class UnembeddingFileTest {

    @Test
    void aWeightsFileOutsideTheFolderIsRefused(@TempDir Path dir) throws IOException {
        try (Stream<Path> files = Files.list(DemoModel.folder())) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        ObjectMapper json = new ObjectMapper();
        ObjectNode config = (ObjectNode) json.readTree(dir.resolve("config.json").toFile());
        ((ObjectNode) config.path("unembedding")).put("file", "/etc/passwd");
        json.writeValue(dir.resolve("config.json").toFile(), config);
        try (OnnxLanguageModel m = OnnxLanguageModel.load(ModelFolder.open(dir), 1)) {
            ModelException e = assertThrows(ModelException.class, () -> Unembedding.of(m));
            assertTrue(e.getMessage().contains("outside the model folder"), e.getMessage());
        }
    }
}
