package org.tokenscope.host.sae;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;

/** Settings out of range, diverging runs, corrupt or non-finite SAE files and corpora that are not UTF-8. */
class HostileSaeInputsTest {
    @TempDir Path dir;

    private static TrainerSettings base() {
        return TrainerSettings.defaults(TrainingArchitecture.TOPK, 64, 4, 10_000).withThreads(1);
    }

    private static void refused(String fragment, UnaryOperator<TrainerSettings> change) {
        SaeException e = assertThrows(SaeException.class, () -> change.apply(base()));
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    @Test
    void everyNumericTrainingSettingHasARange() {
        refused("auxiliary loss coefficient (--aux-coefficient) must be in [0, 100], got NaN",
                s -> s.withAux(AuxKind.AUXK, Double.NaN, 1));
        refused("the learning rate (--lr) must be in (0, 1], got 1.0E30", s -> s.withOptimizer(1024, 1e30, 0.2));
        refused("(--lr) must be in (0, 1]", s -> s.withOptimizer(1024, Double.POSITIVE_INFINITY, 0.2));
        refused("(--zipf-alpha) must be in [0, 10], got -1", s -> s.withAux(AuxKind.ZIPF, 1.0 / 32, -1));
        refused("(--dead-window) must be in 1..1,000,000,000,000, got -1", s -> s.withDeadWindow(-1));
        refused("(--batch-size) must be in 1..65,536, got 2,147,483,647", s -> s.withOptimizer(Integer.MAX_VALUE, 1e-3, 0.2));
        refused("decay fraction must be in [0, 1]", s -> s.withOptimizer(1024, 1e-3, 2));
        refused("held-out fraction must be in [0, 1)", s -> s.withHeldOut(1));
        SaeException d = assertThrows(SaeException.class,
                () -> TrainerSettings.defaults(TrainingArchitecture.TOPK, Integer.MAX_VALUE, 4, 1000));
        assertTrue(d.getMessage().contains("d_sae (--d-sae) must be in 1..1,048,576"), d.getMessage());
        assertTrue(assertThrows(SaeException.class, () -> TrainerSettings.defaults(TrainingArchitecture.TOPK, 64, 65, 1000))
                .getMessage().contains("k (--k) must be in 1..64"));
        assertTrue(assertThrows(SaeException.class, () -> TrainerSettings.defaults(TrainingArchitecture.TOPK, 64, 4, 0))
                .getMessage().contains("(--tokens) must be in 1.."));
        assertTrue(assertThrows(SaeException.class, () -> TrainerSettings.defaults(TrainingArchitecture.TOPK, 64, 4, 2_000_000)
                .withOptimizer(1, 1e-3, 0.2)).getMessage().contains("at most 1,000,000 steps"));
        assertDoesNotThrow(() -> base().withAux(AuxKind.NONE, 0, 0).withOptimizer(65_536, 1, 0).withDeadWindow(1));
    }

    @Test
    void aRunThatCannotFitInMemoryIsRefusedBeforeItStarts() {
        TrainerSettings big = TrainerSettings.defaults(TrainingArchitecture.TOPK, TrainerSettings.MAX_D_SAE, 32, 100_000);
        SaeException e = assertThrows(SaeException.class, () -> big.checkFits(768, 4L << 30));
        assertTrue(e.getMessage().contains("needs about") && e.getMessage().contains("lower --d-sae or --batch-size"),
                e.getMessage());
        TrainerSettings wide = big.withOptimizer(TrainerSettings.MAX_BATCH_SIZE, 1e-3, 0.2);
        assertTrue(assertThrows(SaeException.class, () -> wide.checkFits(16, Long.MAX_VALUE)).getMessage()
                .contains("a Java array holds"));
        assertDoesNotThrow(() -> base().checkFits(16, 1L << 30));
    }

    @Test
    void aDivergingRunStopsWithAClearMessage() {
        java.util.Random r = new java.util.Random(1);
        ActivationStore store;
        try (ActivationStoreWriter w = new ActivationStoreWriter(dir.resolve("store"), 16)) {
            for (int row = 0; row < 640; row++) {
                float[] x = new float[16];
                for (int i = 0; i < 16; i++) {
                    x[i] = (r.nextBoolean() ? 1 : -1) * 3e38f; // squares overflow: the loss becomes infinite or NaN
                }
                w.append(x, row % 100, row / 32);
            }
            store = w.finish(new StoreInfo(16, 640, "synthetic", "synthetic", "", 32, false, "synthetic", 20));
        }
        TrainerSettings s = TrainerSettings.defaults(TrainingArchitecture.TOPK, 32, 4, 1280).withOptimizer(64, 1e-3, 0.2)
                .withThreads(1);
        SaeException e = assertThrows(SaeException.class, () -> SaeTrainer.train(store, s, SaeMetadata.empty(),
                TrainingListener.NONE, Progress.NONE, Cancellation.none()));
        assertTrue(e.getMessage().matches("training diverged at step \\d+: .* became (NaN|infinite); lower the learning "
                + "rate \\(--lr\\)"), e.getMessage());
    }

    private static Sae specSae(float wEnc5) {
        SaeConfig cfg = SaeConfig.of(Architecture.TOPK, 3, 4, 2, SaeMetadata.empty());
        return new Sae(cfg, new float[] {1, 0, 0, 1, 0, wEnc5, 0, -1, 0, 0, 1, 0.5f}, new float[] {0.1f, -1, 0.5f, 0.25f},
                new float[] {1, 0, 0, 0, 1, 0, 0, 0, 1, 0.6f, 0, 0.8f}, new float[] {0.5f, 0.5f, 0.5f}, null);
    }

    @Test
    void nonFiniteWeightsAreRefusedOnLoad() {
        Path folder = dir.resolve("nan");
        SaeLensFormat.write(specSae(Float.NaN), folder, DType.F32, null);
        SaeException e = assertThrows(SaeException.class, () -> SaeLensFormat.read(folder));
        assertTrue(e.getMessage().startsWith("W_enc holds NaN at [1, 1] in sae_weights.safetensors"), e.getMessage());
        Path inf = dir.resolve("inf");
        SaeLensFormat.write(specSae(Float.NEGATIVE_INFINITY), inf, DType.F16, null);
        assertTrue(assertThrows(SaeException.class, () -> SaeLensFormat.read(inf)).getMessage().startsWith("W_enc holds −∞ at [1, 1]"));
        Path ok = dir.resolve("ok");
        SaeLensFormat.write(specSae(1), ok, DType.F32, null);
        assertDoesNotThrow(() -> SaeLensFormat.read(ok));
        assertTrue(SaeLensFormat.holdsSae(ok));
        assertFalse(SaeLensFormat.holdsSae(dir));
    }

    /** A hand-made weights file for the spec SAE with the given data offsets (W_enc, b_enc, W_dec, b_dec). */
    private Path weightsWithOffsets(long[][] offsets, int dataBytes) throws IOException {
        Path folder = dir.resolve("crafted");
        SaeLensFormat.write(specSae(1), folder, DType.F32, null);
        String[] names = {"W_enc", "b_enc", "W_dec", "b_dec"};
        String[] shapes = {"[3,4]", "[4]", "[4,3]", "[3]"};
        StringBuilder h = new StringBuilder("{");
        for (int i = 0; i < 4; i++) {
            h.append(i == 0 ? "" : ",").append('"').append(names[i]).append("\":{\"dtype\":\"F32\",\"shape\":").append(shapes[i])
                    .append(",\"data_offsets\":[").append(offsets[i][0]).append(',').append(offsets[i][1]).append("]}");
        }
        byte[] header = h.append('}').toString().getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(8 + header.length + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(header.length).put(header);
        Files.write(folder.resolve(SaeLensFormat.WEIGHTS), b.array());
        return folder;
    }

    @Test
    void overlappingOrOverlongDataRangesAreRefused() throws IOException {
        Path overlap = weightsWithOffsets(new long[][] {{0, 48}, {32, 48}, {48, 96}, {96, 108}}, 108);
        SaeException e = assertThrows(SaeException.class, () -> SaeLensFormat.read(overlap));
        assertTrue(e.getMessage().contains("tensors W_enc and b_enc overlap in the data section"), e.getMessage());
        Path past = weightsWithOffsets(new long[][] {{0, 48}, {48, 64}, {64, 112}, {112, 124}}, 100);
        assertTrue(assertThrows(SaeException.class, () -> SaeLensFormat.read(past)).getMessage().contains("truncated"));
        Path fine = weightsWithOffsets(new long[][] {{0, 48}, {48, 64}, {64, 112}, {112, 124}}, 124);
        assertDoesNotThrow(() -> SaeLensFormat.read(fine));
    }

    @Test
    void corporaFollowTheOneUtf8Rule() throws IOException {
        Path utf16 = dir.resolve("utf16.txt");
        Files.write(utf16, "\uFEFFOne paragraph.\n".getBytes(StandardCharsets.UTF_16LE));
        SaeException e = assertThrows(SaeException.class, () -> CorpusText.read(utf16));
        assertTrue(e.getMessage().startsWith(utf16 + " is not UTF-8 (") && e.getMessage().contains("UTF-16")
                && e.getMessage().endsWith("save it as UTF-8"), e.getMessage());
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "First.\nSecond.\nCaf\u00e9 au lait.\n".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(assertThrows(SaeException.class, () -> CorpusText.read(latin1)).getMessage()
                .startsWith(latin1 + " is not valid UTF-8 at line 3"));
        Path bom = dir.resolve("bom.txt");
        Files.write(bom, "\uFEFFFirst paragraph.\nSecond.\n".getBytes(StandardCharsets.UTF_8));
        CorpusText c = CorpusText.read(bom);
        assertEquals(2, c.paragraphs());
        assertEquals(1, c.chapters());
        Path gz = dir.resolve("big.txt.gz");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(new byte[1 << 20]);
        }
        Files.write(gz, bytes.toByteArray());
        assertTrue(assertThrows(SaeException.class, () -> CorpusText.read(gz, 64 << 10)).getMessage()
                .contains("decompresses to more than 64 KiB"));
    }

    @Test
    void endlessStreamsAreNotReadWhole() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero));
        SaeException e = assertThrows(SaeException.class, () -> CorpusText.read(zero));
        assertTrue(e.getMessage().contains("not a regular file"), e.getMessage());
    }

    @Test
    void featureStatisticsSettingsHaveRanges() {
        assertTrue(assertThrows(SaeException.class, () -> StatsSettings.defaults().withTop(1_000_000)).getMessage()
                .contains("must be in 0..1,000"));
        assertTrue(assertThrows(SaeException.class, () -> StatsSettings.checkTokens(0)).getMessage()
                .contains("(--tokens) must be in 1..10,000,000"));
    }
}
