package org.tokenscope.host.decode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;
import org.tokenscope.host.model.DemoModel;
import org.tokenscope.host.model.LanguageModel;

/** Teacher-forced scoring, in one pass and with sliding windows, on the demo model (context 256, adds BOS). */
class ScorerTest {
    private static LanguageModel model;
    private static String longText;

    @BeforeAll
    static void load() throws IOException {
        model = DemoModel.load(2);
        try (InputStream in = new GZIPInputStream(ScorerTest.class.getResourceAsStream("/org/tokenscope/resources/demo/austen-heldout.txt.gz"))) {
            String corpus = new String(in.readNBytes(20_000), StandardCharsets.UTF_8);
            longText = corpus.substring(2000, 5000); // well inside the file: whole code points, a few thousand characters
        }
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static int[] bos() {
        return new int[] {model.config().bos()};
    }

    private static long bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void theDemoModelHasAContextAndPinsBos() {
        assertEquals(256, model.contextLength());
        assertTrue(Scorer.pinsBos(model, bos()));
        assertEquals(128, Scorer.defaultStride(model, bos()));
    }

    @Test
    void aTextThatFitsGivesExactlyTheOnePassNumbers() {
        String text = "She was the youngest of the two daughters of a most affectionate, indulgent father.";
        for (int[] context : new int[][] {bos(), model.encodePrompt("Emma Woodhouse, handsome, clever, and rich,")}) {
            int[] ids = model.requireTokenizer().encodeIds(text);
            Scorer.Result one = Scorer.score(model, context, ids, bytes(text));
            Scorer.Result windowed = Scorer.score(model, context, ids, bytes(text), Scorer.defaultStride(model, context),
                    Progress.NONE, Cancellation.none());
            assertEquals(1, windowed.windows());
            assertEquals(one.tokens(), windowed.tokens(), "every token's numbers, bit for bit");
            assertEquals(one.ppl(), windowed.ppl(), 0.0);
            assertEquals(one.bitsPerByte(), windowed.bitsPerByte(), 0.0);
            assertArrayEquals(one.contextIds(), windowed.contextIds());
        }
    }

    @Test
    void aLongTextIsScoredOnceByTokenInTheWindowThatShouldScoreIt() {
        int[] ids = model.requireTokenizer().encodeIds(longText);
        assertTrue(ids.length > 600, "the text is several contexts long: " + ids.length);
        for (int stride : new int[] {128, 200, 1}) {
            if (stride == 1) {
                ids = java.util.Arrays.copyOf(ids, 300); // stride 1 runs a window per token: keep it short
            }
            List<Long> progress = new ArrayList<>();
            Scorer.Result r = Scorer.score(model, bos(), ids, bytes(longText), stride, (d, t, m) -> progress.add(d),
                    Cancellation.none());
            double[] expected = independentLogProbs(ids, stride);
            int windows = (int) expected[expected.length - 1];
            assertEquals(windows, r.windows(), "stride " + stride);
            assertEquals(1 + (int) Math.ceil((ids.length - 255) / (double) stride), r.windows(), "HF's window count");
            assertTrue(r.windows() > 1);
            assertEquals(ids.length, r.tokens().size(), "every token scored exactly once");
            double nats = 0;
            for (int i = 0; i < ids.length; i++) {
                Scorer.Scored s = r.tokens().get(i);
                assertEquals(i, s.index());
                assertEquals(ids[i], s.id());
                assertEquals(expected[i], Math.log(s.prob()), 1e-4, "token " + i + " at stride " + stride);
                nats += s.surprisal();
            }
            assertEquals(Math.exp(nats / ids.length), r.ppl(), 1e-9);
            assertEquals(nats / Math.log(2) / bytes(longText), r.bitsPerByte(), 1e-12);
            assertEquals(stride, r.stride());
            assertEquals((long) r.windows(), progress.get(progress.size() - 1), "progress ends at the window count");
        }
    }

    /**
     * Hugging Face's loop written out over the text after BOS: windows of 255 text tokens behind BOS, starting every
     * {@code stride} tokens; a window scores the tokens past the previous window's end. The log-prob of each text
     * token, then the number of windows as the last element.
     */
    private static double[] independentLogProbs(int[] text, int stride) {
        int width = model.contextLength() - 1;
        double[] out = new double[text.length + 1];
        int prevEnd = 0;
        int windows = 0;
        for (int begin = 0; ; begin += stride) {
            int end = Math.min(begin + width, text.length);
            int[] window = new int[end - begin + 1];
            window[0] = model.config().bos();
            System.arraycopy(text, begin, window, 1, end - begin);
            float[][] logits = model.logitsAll(window);
            windows++;
            for (int j = prevEnd; j < end; j++) {
                float[] row = logits[j - begin]; // window index of text[j] is j - begin + 1; the row before predicts it
                out[j] = row[text[j]] - logSumExp(row);
            }
            prevEnd = end;
            if (end == text.length) {
                break;
            }
        }
        out[text.length] = windows;
        return out;
    }

    private static double logSumExp(float[] row) {
        double max = Double.NEGATIVE_INFINITY;
        for (float v : row) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (float v : row) {
            sum += Math.exp(v - max);
        }
        return max + Math.log(sum);
    }

    @Test
    void aLongTextAfterAPromptScoresOnlyTheText() {
        int[] context = model.encodePrompt("Persuasion, by Jane Austen.");
        int[] ids = java.util.Arrays.copyOf(model.requireTokenizer().encodeIds(longText), 400);
        Scorer.Result r = Scorer.score(model, context, ids, 1000, 128, Progress.NONE, Cancellation.none());
        assertEquals(ids.length, r.tokens().size());
        Scorer.Result head = Scorer.score(model, context, java.util.Arrays.copyOf(ids, 100), 1000);
        for (int i = 0; i < 100; i++) {
            assertEquals(head.tokens().get(i).prob(), r.tokens().get(i).prob(), 1e-6, "the first window sees the prompt");
        }
    }

    @Test
    void strideOutOfBoundsIsRefused() {
        int[] ids = model.requireTokenizer().encodeIds(longText);
        for (int stride : new int[] {0, -1, 255, 1000}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Scorer.score(model, bos(), ids, 10, stride, Progress.NONE, Cancellation.none()));
            assertTrue(e.getMessage().contains("between 1 and 254"), e.getMessage());
        }
        assertEquals(254, ScoreWindows.maxStride(256, true));
        assertEquals(255, ScoreWindows.maxStride(256, false));
        assertEquals(1 + (int) Math.ceil((ids.length - 255) / 254.0),
                Scorer.score(model, bos(), ids, 10, 254, Progress.NONE, Cancellation.none()).windows(), "the largest stride works");
    }

    @Test
    void cancellingStopsBetweenWindows() {
        int[] ids = model.requireTokenizer().encodeIds(longText);
        Cancellation cancel = new Cancellation();
        assertThrows(CancellationException.class, () -> Scorer.score(model, bos(), ids, 10, 128, (d, t, m) -> {
            if (d == 1) {
                cancel.cancel();
            }
        }, cancel));
    }

    /** The plan alone, without BOS: every position scored once, each later window conditioning on context − stride tokens. */
    @Test
    void windowsWithoutBosCoverEveryPositionOnce() {
        int length = 1000, context = 100, stride = 30, first = 5;
        List<ScoreWindows.Window> plan = ScoreWindows.plan(length, first, context, stride, false);
        int next = first;
        for (int k = 0; k < plan.size(); k++) {
            ScoreWindows.Window w = plan.get(k);
            assertEquals(next, w.scoreFrom(), "window " + k);
            assertTrue(w.end() - w.begin() <= context);
            assertEquals(k == 0 ? 0 : k * stride, w.begin());
            if (k > 0) {
                assertEquals(context - stride, w.scoreFrom() - w.begin(), "left context of a later window");
            }
            next = w.end();
        }
        assertEquals(length, next);
        assertEquals(1 + (int) Math.ceil((length - context) / (double) stride), plan.size());
        assertEquals(List.of(new ScoreWindows.Window(0, 50, 5)), ScoreWindows.plan(50, 5, context, stride, false));
        assertEquals(List.of(new ScoreWindows.Window(0, 5000, 1)), ScoreWindows.plan(5000, 1, -1, 0, false), "no context: one pass");
    }
}
