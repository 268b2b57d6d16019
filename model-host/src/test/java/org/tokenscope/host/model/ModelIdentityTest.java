package org.tokenscope.host.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model's SHA-256 covers the graph and every external data file it references; each file is hashed once
 * per (path, size, modification time); missing or truncated external data is refused with one message.
 */
class ModelIdentityTest {

    private static Path copyOf(String fixture, Path dir) throws IOException {
        Path src = TestModels.decoder(fixture);
        try (Stream<Path> files = Files.list(src)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        return dir;
    }

    @Test
    void theGraphScanFindsTheExternalDataFile() {
        Path onnx = TestModels.decoder("external-data").resolve("model.onnx");
        OnnxGraphScan scan = OnnxGraphScan.of(onnx);
        assertEquals(List.of("model.onnx_data"), scan.externalFiles());
        assertTrue(scan.externalData().size() > 5, "every initializer is external: " + scan.externalData().size());
        try (OnnxLanguageModel m = OnnxLanguageModel.load(ModelFolder.open(onnx.getParent()), 1)) {
            assertEquals(List.of(onnx, onnx.resolveSibling("model.onnx_data")), m.weightFiles());
        }
    }

    @Test
    void changingOneByteOfExternalDataChangesTheIdentity(@TempDir Path dir) throws IOException {
        copyOf("external-data", dir);
        String before;
        try (OnnxLanguageModel m = OnnxLanguageModel.load(ModelFolder.open(dir), 1)) {
            before = m.sha256();
            assertNotEquals(Hashing.sha256(dir.resolve("model.onnx")), before, "more than the graph's bytes");
            assertEquals(before, Hashing.modelSha256(dir.resolve("model.onnx")), "projects check the same identity");
        }
        Path data = dir.resolve("model.onnx_data");
        try (RandomAccessFile f = new RandomAccessFile(data.toFile(), "rw")) {
            f.seek(100);
            int b = f.read();
            f.seek(100);
            f.write(b ^ 1);
        }
        try (OnnxLanguageModel m = OnnxLanguageModel.load(ModelFolder.open(dir), 1)) {
            assertNotEquals(before, m.sha256());
        }
    }

    @Test
    void aGraphWithItsWeightsInsideKeepsThePlainFileDigest() {
        try (OnnxLanguageModel m = TestModels.demo()) {
            assertEquals(Hashing.sha256(m.folder().onnxFile()), m.sha256(), "identities saved before stay valid");
            assertEquals(List.of(m.folder().onnxFile()), m.weightFiles());
        }
    }

    @Test
    void anUnchangedFileIsHashedOnceAndAChangedOneAgain(@TempDir Path dir) throws IOException {
        Path f = Files.write(dir.resolve("weights.bin"), new byte[] {1, 2, 3, 4});
        long before = FileDigests.filesHashed();
        String first = FileDigests.sha256(f);
        String second = FileDigests.sha256(f);
        assertEquals(first, second);
        assertEquals(before + 1, FileDigests.filesHashed(), "the second open reads no bytes");
        assertEquals("9f64a747e1b97f131fabb6b447296c9b6f0201e79fb3c5356e6c77e89b6a806a", first, "SHA-256 of 01 02 03 04");

        Files.write(f, new byte[] {1, 2, 3, 5});
        Files.setLastModifiedTime(f, FileTime.fromMillis(Files.getLastModifiedTime(f).toMillis() + 2000));
        assertNotEquals(first, FileDigests.sha256(f));
        assertEquals(before + 2, FileDigests.filesHashed(), "a new size or time is a new key");
    }

    @Test
    void openingTheSameModelTwiceHashesItsFilesOnce(@TempDir Path dir) throws IOException {
        copyOf("external-data", dir);
        long before = FileDigests.filesHashed();
        String first;
        try (OnnxLanguageModel m = OnnxLanguageModel.load(ModelFolder.open(dir), 1)) {
            first = m.sha256();
        }
        assertEquals(before + 2, FileDigests.filesHashed(), "the graph and its data file");
        try (OnnxLanguageModel again = OnnxLanguageModel.load(ModelFolder.open(dir), 1)) {
            assertEquals(first, again.sha256());
        }
        assertEquals(before + 2, FileDigests.filesHashed(), "the second open reads no weights");
    }

    @Test
    void missingExternalDataIsOneMessage(@TempDir Path dir) throws IOException {
        copyOf("external-data", dir);
        Files.delete(dir.resolve("model.onnx_data"));
        ModelException e = assertThrows(ModelException.class, () -> OnnxLanguageModel.load(ModelFolder.open(dir), 1));
        assertTrue(e.getMessage().contains("model.onnx_data") && e.getMessage().contains("missing"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void truncatedExternalDataIsOneMessage(@TempDir Path dir) throws IOException {
        copyOf("external-data", dir);
        Path data = dir.resolve("model.onnx_data");
        try (RandomAccessFile f = new RandomAccessFile(data.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        ModelException e = assertThrows(ModelException.class, () -> OnnxLanguageModel.load(ModelFolder.open(dir), 1));
        assertTrue(e.getMessage().contains("truncated") && e.getMessage().contains("model.onnx_data"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }
}
