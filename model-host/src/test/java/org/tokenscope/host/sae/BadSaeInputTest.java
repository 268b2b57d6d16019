package org.tokenscope.host.sae;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every unusable SAE file fails with one line saying what is wrong. */
class BadSaeInputTest {
    @TempDir Path dir;

    @Test
    void truncatedWeights() throws IOException {
        Path folder = validFolder();
        Path w = folder.resolve(SaeLensFormat.WEIGHTS);
        byte[] bytes = Files.readAllBytes(w);
        Files.write(w, Arrays.copyOf(bytes, bytes.length - 10));
        assertMessage(folder, "truncated");
    }

    @Test
    void fileShorterThanTheLengthPrefix() throws IOException {
        Path folder = validFolder();
        Files.write(folder.resolve(SaeLensFormat.WEIGHTS), new byte[] {1, 2, 3});
        assertMessage(folder, "truncated");
    }

    @Test
    void headerLengthBeyondTheFile() throws IOException {
        Path folder = validFolder();
        Path w = folder.resolve(SaeLensFormat.WEIGHTS);
        byte[] bytes = Files.readAllBytes(w);
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putLong(0, bytes.length + 100L);
        Files.write(w, bytes);
        assertMessage(folder, "beyond the end of the file");
    }

    @Test
    void absurdHeaderLength() throws IOException {
        Path folder = validFolder();
        Path w = folder.resolve(SaeLensFormat.WEIGHTS);
        byte[] bytes = Files.readAllBytes(w);
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putLong(0, Long.MAX_VALUE);
        Files.write(w, bytes);
        assertMessage(folder, "limit");
    }

    @Test
    void unknownArchitecture() throws IOException {
        Path folder = validFolder();
        rewriteCfg(folder, "\"architecture\": \"topk\"", "\"architecture\": \"gated\"");
        assertMessage(folder, "architecture \"gated\"");
    }

    @Test
    void weightsThatDoNotMatchTheConfig() throws IOException {
        Path folder = validFolder();
        rewriteCfg(folder, "\"d_in\" : 3", "\"d_in\" : 5");
        assertMessage(folder, "do not match the config");
    }

    @Test
    void jumpReluWithoutThreshold() throws IOException {
        Path folder = validFolder();
        rewriteCfg(folder, "\"architecture\" : \"topk\"", "\"architecture\" : \"jumprelu\"");
        assertMessage(folder, "threshold");
    }

    @Test
    void missingFolderAndFiles() {
        assertMessage(dir.resolve("nope"), "not found");
        assertMessage(dir, "not an SAELens folder");
    }

    @Test
    void unsupportedDtype() throws IOException {
        Path folder = validFolder();
        Path w = folder.resolve(SaeLensFormat.WEIGHTS);
        String s = new String(Files.readAllBytes(w), java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(w, s.replaceFirst("\"F32\"", "\"I32\"").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertMessage(folder, "dtype I32");
    }

    @Test
    void wrongInputWidth() {
        Sae sae = SpecVectors.sae(Architecture.STANDARD, 0, null);
        SaeException e = assertThrows(SaeException.class, () -> sae.encode(new float[5]));
        assertTrue(e.getMessage().contains("d_in = 3"), e.getMessage());
    }

    private Path validFolder() {
        Path folder = dir.resolve("sae");
        SaeLensFormat.write(SpecVectors.sae(Architecture.TOPK, 2, null), folder, DType.F32, null);
        return folder;
    }

    private static void rewriteCfg(Path folder, String from, String to) throws IOException {
        Path cfg = folder.resolve(SaeLensFormat.CFG);
        String s = Files.readString(cfg).replaceAll("\\s*:\\s*", " : ");
        String f = from.replaceAll("\\s*:\\s*", " : ");
        assertTrue(s.contains(f), "test setup: " + s);
        Files.writeString(cfg, s.replace(f, to.replaceAll("\\s*:\\s*", " : ")));
    }

    private static void assertMessage(Path folder, String part) {
        SaeException e = assertThrows(SaeException.class, () -> SaeLensFormat.read(folder));
        assertTrue(e.getMessage().contains(part), e.getMessage());
        assertTrue(e.getMessage().lines().count() == 1, "one line: " + e.getMessage());
    }
}
