package org.tokenscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code premium} end to end on corpora small enough to count by hand (bytes and code points are their own
 * tokenizers). Petrov convention, one part per language: segments joined with one space.
 *   eng "ab cd éf": 9 bytes, 8 code points, 3 words;  deu "abc de fg h": 11, 11, 4;  zho "中文 字": 10, 4, no spaces.
 */
class PremiumCommandTest {
    private static final String CORPUS = "eng_Latn\t1\tab cd\neng_Latn\t2\téf\ndeu_Latn\t1\tabc de fg\ndeu_Latn\t2\th\n"
            + "zho_Hans\t1\t中文\nzho_Hans\t2\t字\n";

    @TempDir Path dir;

    @Test
    void jsonRowsAndMeta() throws IOException {
        Path corpus = write("corpus.tsv", CORPUS);
        CliRunner r = CliRunner.run("premium", "--corpus", corpus.toString(), "--tokenizers", "bytes,codepoints",
                "--threads", "2", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = r.json();
        assertEquals("tokenscope.premium/1", j.at("/meta/schema").asText());
        assertTrue(j.at("/meta/model").isNull(), "no model was used");
        JsonNode s = j.at("/meta/settings");
        assertEquals(corpus.toString(), s.get("corpus").asText());
        assertEquals(List.of("bytes", "codepoints"), List.of(s.get("tokenizers").get(0).asText(), s.get("tokenizers").get(1).asText()));
        assertEquals("eng_Latn", s.get("reference").asText());
        assertEquals("petrov", s.get("convention").asText());
        assertEquals("none", s.get("normalize").asText());
        assertFalse(s.get("special_tokens").asBoolean());
        assertFalse(s.get("whole_document").asBoolean());
        assertEquals(2, s.get("threads").asInt());
        assertEquals(0, s.get("lexicons").size());

        JsonNode rows = j.get("rows");
        assertEquals(6, rows.size());
        JsonNode engBytes = rows.get(0);
        assertEquals(List.of("lang", "tokenizer", "tokens", "premium", "bytes", "chars", "bytes_per_token", "chars_per_token",
                "fertility", "unique_types", "vocab_share", "unknown_share"), fieldNames(engBytes));
        assertEquals("eng_Latn", engBytes.get("lang").asText());
        assertEquals("bytes", engBytes.get("tokenizer").asText());
        assertEquals(9, engBytes.get("tokens").asLong());
        assertEquals(1.0, engBytes.get("premium").asDouble());
        assertEquals(8, engBytes.get("chars").asLong());
        assertEquals(3.0, engBytes.get("fertility").asDouble());
        assertEquals(8, engBytes.get("unique_types").asInt());
        assertEquals(8.0 / 256, engBytes.get("vocab_share").asDouble());
        assertEquals(2.0 / 9, engBytes.get("unknown_share").asDouble()); // the two bytes of é
        JsonNode deuChars = rows.get(3);
        assertEquals("deu_Latn/codepoints", deuChars.get("lang").asText() + "/" + deuChars.get("tokenizer").asText());
        assertEquals(11.0 / 8, deuChars.get("premium").asDouble());
        assertTrue(rows.get(4).get("fertility").isNull(), "Chinese is written without spaces");
        assertEquals(10.0 / 9, rows.get(4).get("premium").asDouble());
    }

    @Test
    void csvHasAHeaderAndOneLinePerRow() throws IOException {
        Path corpus = write("corpus.tsv", CORPUS);
        CliRunner r = CliRunner.run("premium", "--corpus", corpus.toString(), "--tokenizers", "bytes", "--csv");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(
                "lang,tokenizer,tokens,premium,bytes,chars,bytes_per_token,chars_per_token,fertility,unique_types,vocab_share,unknown_share",
                "eng_Latn,bytes,9,1.0,9,8,1.0,0.8888888888888888,3.0,8,0.03125,0.2222222222222222",
                "deu_Latn,bytes,11,1.2222222222222223,11,11,1.0,1.0,2.75,9,0.03515625,0.0",
                "zho_Hans,bytes,10,1.1111111111111112,10,4,1.0,0.4,,9,0.03515625,0.9"), r.out().lines().toList());
    }

    @Test
    void readableSummaryStatesTheConvention() throws IOException {
        Path corpus = write("corpus.tsv", CORPUS);
        CliRunner r = CliRunner.run("premium", "--corpus", corpus.toString(), "--tokenizers", "codepoints",
                "--reference", "deu_Latn", "--convention", "sentences");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("convention: sentences - each segment tokenized separately, counts summed; no special tokens"),
                r.out());
        assertTrue(r.out().contains("reference:  deu_Latn"), r.out());
        // sentences: eng "ab cd" + "éf" = 7 code points, deu 10
        assertTrue(r.out().lines().anyMatch(l -> l.matches("eng_Latn\\s+codepoints\\s+7\\s+0\\.70\\s.*")), r.out());
    }

    @Test
    void floresFolderWithNormalization() throws IOException {
        Files.createDirectories(dir.resolve("flores/dev"));
        write("flores/dev/eng_Latn.dev", "e\u0301\n");
        write("flores/dev/fra_Latn.dev", "\u00e9t\u00e9\n");
        CliRunner raw = CliRunner.run("premium", "--corpus", "flores:" + dir.resolve("flores"), "--tokenizers", "chars", "--json");
        assertEquals(0, raw.code(), raw.err());
        // Petrov keeps the empty string after the final newline: "é " is 2 code points decomposed + 1 space
        assertEquals(3, raw.json().get("rows").get(0).get("tokens").asLong());
        CliRunner nfc = CliRunner.run("premium", "--corpus", "flores:" + dir.resolve("flores"), "--tokenizers", "chars",
                "--normalize", "nfc", "--json");
        assertEquals(0, nfc.code(), nfc.err());
        assertEquals("nfc", nfc.json().at("/meta/settings/normalize").asText());
        assertEquals(2, nfc.json().get("rows").get(0).get("tokens").asLong());
        assertEquals(4.0 / 2, nfc.json().get("rows").get(1).get("premium").asDouble());
    }

    @Test
    void lexiconAddsValidAndPureShares() throws IOException {
        Path corpus = write("corpus.tsv", "eng_Latn\t1\ta walk\ndeu_Latn\t1\tein Weg\n");
        Path words = write("words.txt", "walk\n");
        CliRunner r = CliRunner.run("premium", "--corpus", corpus.toString(), "--tokenizers", "r50k",
                "--lexicon", "eng_Latn=" + words, "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals("words.txt", r.json().at("/meta/settings/lexicons/eng_Latn/name").asText());
        JsonNode eng = r.json().get("rows").get(0);
        assertEquals(0.5, eng.get("valid_share").asDouble()); // "a" and " walk": one is a word
        assertEquals(0.5, eng.get("pure_share").asDouble());
        assertTrue(r.json().get("rows").get(1).get("valid_share").isNull(), "no lexicon for German");
        CliRunner csv = CliRunner.run("premium", "--corpus", corpus.toString(), "--tokenizers", "r50k",
                "--lexicon", "eng_Latn=" + words, "--csv");
        assertTrue(csv.out().lines().findFirst().orElseThrow().endsWith(",unknown_share,valid_share,pure_share"), csv.out());
    }

    @Test
    void bundledUdhrIsTheDefaultCorpus() {
        CliRunner r = CliRunner.run("premium", "--tokenizers", "bytes", "--json");
        assertEquals(0, r.code(), r.err());
        assertEquals("udhr", r.json().at("/meta/settings/corpus").asText());
        assertEquals(499, r.json().get("rows").size());
    }

    @Test
    void theHostedModelsTokenizer() {
        CliRunner r = CliRunner.run("premium", "--tokenizers", "model,bytes", "--threads", "1", "--json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.json().at("/meta/model/path").asText().endsWith("model.onnx"), r.out());
        assertEquals(64, r.json().at("/meta/model/sha256").asText().length());
        JsonNode first = r.json().get("rows").get(0);
        assertEquals("model", first.get("tokenizer").asText());
        assertTrue(first.get("tokens").asLong() > 0);
    }

    @Test
    void unusableInputExitsWithOneLine() throws IOException {
        Path misaligned = write("misaligned.tsv", "eng_Latn\t1\ta\neng_Latn\t2\tb\ndeu_Latn\t1\tc\n");
        CliRunner r = CliRunner.run("premium", "--corpus", misaligned.toString(), "--tokenizers", "bytes");
        assertError(r, 1, "error: " + misaligned + " is not aligned: eng_Latn has 2 segments, deu_Latn has 1; "
                + "use whole-document mode to compare whole texts only (--whole-document)");
        assertEquals(0, CliRunner.run("premium", "--corpus", misaligned.toString(), "--tokenizers", "bytes",
                "--whole-document").code());

        Path corpus = write("corpus.tsv", CORPUS);
        assertError(CliRunner.run("premium", "--corpus", corpus.toString(), "--tokenizers", "bytes", "--reference", "fra_Latn"),
                1, "error: unknown reference language 'fra_Latn': " + corpus + " has 3 languages: eng_Latn, deu_Latn, zho_Hans");

        Path broken = write("broken.json", "{\"model\": ");
        CliRunner b = CliRunner.run("premium", "--corpus", corpus.toString(), "--tokenizers", "bytes," + broken);
        assertEquals(1, b.code());
        assertTrue(b.err().startsWith("error: " + broken + " is not valid JSON"), b.err());
        assertEquals(1, b.err().lines().count(), b.err());

        Path empty = write("empty.tsv", "");
        assertError(CliRunner.run("premium", "--corpus", empty.toString()), 1, "error: " + empty + " is empty");
        assertError(CliRunner.run("premium", "--corpus", corpus.toString(), "--lexicon", "eng_Latn=" + dir.resolve("none.dic")),
                1, "error: lexicon file not found: " + dir.resolve("none.dic"));
    }

    @Test
    void wrongUsageExitsWithTwo() throws IOException {
        Path corpus = write("corpus.tsv", CORPUS);
        assertEquals(2, CliRunner.run("premium", "--corpus", corpus.toString(), "--convention", "words").code());
        assertEquals(2, CliRunner.run("premium", "--corpus", corpus.toString(), "--normalize", "nfd").code());
        assertEquals(2, CliRunner.run("premium", "--corpus", corpus.toString(), "--json", "--csv").code());
        CliRunner unknown = CliRunner.run("premium", "--corpus", corpus.toString(), "--tokenizers", "gpt5");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown tokenizer 'gpt5'"), unknown.err());
        assertEquals(0, CliRunner.run("premium", "--help").code());
    }

    private static void assertError(CliRunner r, int code, String line) {
        assertEquals(code, r.code(), r.out());
        assertEquals(line, r.err().strip());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
