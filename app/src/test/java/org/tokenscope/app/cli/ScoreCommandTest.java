package org.tokenscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tokenscope.host.decode.Scorer;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;
import org.tokenscope.host.model.DemoModel;
import org.tokenscope.host.model.LanguageModel;

/** score with --text-file, --stride and --prompt-file: sliding windows over texts longer than the context. */
class ScoreCommandTest {
    @TempDir Path dir;

    /** A few thousand characters of the demo model's held-out Austen text. */
    static String longText() throws IOException {
        try (InputStream in = new GZIPInputStream(ScoreCommandTest.class.getResourceAsStream(
                "/org/tokenscope/resources/demo/austen-heldout.txt.gz"))) {
            return new String(in.readNBytes(20_000), StandardCharsets.UTF_8).substring(3000, 6000);
        }
    }

    @Test
    void aLongTextFileIsScoredInWindowsWithTheEnginesNumbers() throws IOException {
        String text = longText();
        Path file = Files.writeString(dir.resolve("persuasion.txt"), text);
        CliRunner r = CliRunner.run("score", "--text-file", file.toString(), "--threads", "1", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals("tokenscope.score/1", j.at("/meta/schema").asText());
        assertEquals(file.toString(), j.at("/meta/settings/text_file").asText());
        assertEquals(128, j.at("/meta/settings/stride").asInt());
        assertEquals(128, j.get("stride").asInt());
        assertTrue(j.get("windows").asInt() > 1, j.get("windows").toString());
        try (LanguageModel m = DemoModel.load(1)) {
            int[] context = {m.config().bos()};
            int[] ids = m.requireTokenizer().encodeIds(text);
            Scorer.Result e = Scorer.score(m, context, ids, text.getBytes(StandardCharsets.UTF_8).length, 128, Progress.NONE,
                    Cancellation.none());
            assertEquals(e.windows(), j.get("windows").asInt());
            assertEquals(ids.length, j.get("tokens_scored").asInt());
            assertEquals(ids.length, j.get("tokens").size());
            assertEquals(e.ppl(), j.get("ppl").asDouble(), 1e-12 * e.ppl());
            assertEquals(e.bitsPerByte(), j.get("bits_per_byte").asDouble(), 1e-12);
        }
        CliRunner s = CliRunner.run("score", "--text-file", file.toString(), "--stride", "200", "--threads", "1", "--json");
        assertEquals(0, s.code(), s.err());
        assertEquals(200, s.json().get("stride").asInt());
        assertTrue(s.json().get("windows").asInt() < j.get("windows").asInt(), "a longer stride needs fewer windows");
    }

    @Test
    void aShortTextIsOneWindow() {
        CliRunner r = CliRunner.run("score", "--text", " said Mr. Bennet.", "--threads", "1", "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.json().get("windows").asInt());
        assertEquals(r.json().get("tokens").size(), r.json().get("tokens_scored").asInt());
        assertTrue(r.json().at("/meta/settings/text_file").isNull());
    }

    @Test
    void anUnusableTextFileIsOneLineAndExitCode1() throws IOException {
        CliRunner missing = CliRunner.run("score", "--text-file", dir.resolve("nope.txt").toString());
        assertEquals(1, missing.code());
        assertOneLineError(missing, "text file not found");
        CliRunner folder = CliRunner.run("score", "--text-file", dir.toString());
        assertEquals(1, folder.code());
        assertOneLineError(folder, "not a regular file");
        Path latin1 = Files.write(dir.resolve("latin1.txt"), "caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
        CliRunner bad = CliRunner.run("score", "--text-file", latin1.toString());
        assertEquals(1, bad.code());
        assertOneLineError(bad, "not valid UTF-8");
    }

    private static void assertOneLineError(CliRunner r, String contains) {
        assertTrue(r.err().startsWith("error: ") && r.err().contains(contains), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aStrideOutOfRangeIsWrongUsage() {
        assertEquals(2, CliRunner.run("score", "--text", "Anne", "--stride", "0").code());
        CliRunner big = CliRunner.run("score", "--text", "Anne", "--stride", "255");
        assertEquals(2, big.code());
        assertTrue(big.err().contains("between 1 and 254"), big.err());
        assertEquals(2, CliRunner.run("score", "--text", "Anne", "--text-file", "x.txt").code(), "one source only");
        assertEquals(2, CliRunner.run("score").code(), "a source is required");
    }

    @Test
    void aPromptFileScoresEachBlockInTurn() throws IOException {
        Path file = Files.writeString(dir.resolve("texts.txt"), "Emma Woodhouse, handsome, clever, and rich.\n\n"
                + "It is a truth universally acknowledged.\n");
        CliRunner r = CliRunner.run("score", "--prompt-file", file.toString(), "--threads", "1", "--json");
        assertEquals(0, r.code(), r.err());
        List<JsonNode> lines = r.jsonLines();
        assertEquals(2, lines.size());
        assertEquals("Emma Woodhouse, handsome, clever, and rich.", lines.get(0).at("/meta/settings/text").asText());
        assertEquals("It is a truth universally acknowledged.", lines.get(1).at("/meta/settings/text").asText());
        assertEquals(file.toString(), lines.get(1).at("/meta/settings/prompt_file").asText());
        JsonNode single = CliRunner.run("score", "--text", "It is a truth universally acknowledged.", "--threads", "1", "--json").json();
        assertEquals(single.get("ppl").asDouble(), lines.get(1).get("ppl").asDouble(), 0.0);
        CliRunner plain = CliRunner.run("score", "--prompt-file", file.toString(), "--threads", "1");
        assertEquals(0, plain.code(), plain.err());
        assertEquals(2, plain.out().lines().filter(l -> l.startsWith("perplexity")).count(), plain.out());
    }
}
