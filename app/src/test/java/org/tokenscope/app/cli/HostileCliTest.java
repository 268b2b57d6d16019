package org.tokenscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs and unlucky users: endless devices, huge files, other encodings, absurd numbers, and errors
 * the JVM throws. Every refusal is exit code 1 (2 for usage) with exactly one {@code error:} line, in seconds.
 */
class HostileCliTest {
    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final Path ZERO = Path.of("/dev/zero");

    @TempDir Path dir;

    private static CliRunner refused(int code, String... args) {
        CliRunner r = assertTimeoutPreemptively(BOUND, () -> CliRunner.run(args), String.join(" ", args));
        assertEquals(code, r.code(), String.join(" ", args) + " → " + r.err());
        assertTrue(r.err().startsWith("error: "), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line, no stack trace: " + r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        return r;
    }

    private Path sparse(String name, long bytes) throws IOException {
        Path file = dir.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(bytes);
        }
        return file;
    }

    @Test
    void devZeroIsRefusedWhereverAFileIsExpected() {
        assumeTrue(Files.exists(ZERO), "needs /dev/zero");
        String device = "error: /dev/zero is not a regular file (a device or a pipe)";
        assertTrue(refused(1, "generate", "--prompt-file", "/dev/zero").err().startsWith(device));
        assertTrue(refused(1, "shapley", "--prompt-file", "/dev/zero", "--target", " x").err().startsWith(device));
        assertTrue(refused(1, "score", "--text-file", "/dev/zero").err().startsWith(device));
        assertTrue(refused(1, "score", "--prompt-file", "/dev/zero").err().startsWith(device));
        assertTrue(refused(1, "premium", "--corpus", "/dev/zero", "--tokenizers", "bytes").err().startsWith(device));
        assertTrue(refused(1, "report", "--project", "/dev/zero", "--out", dir.resolve("r.html").toString()).err()
                .startsWith(device));
    }

    @Test
    void hugeFilesSayHowLargeIsTooLarge() throws IOException {
        long sixGiB = 6L << 30;
        Path prompts = sparse("prompts.txt", sixGiB);
        assertEquals("error: " + prompts + " is 6 GiB; prompt files over 64 MiB are refused\n",
                refused(1, "generate", "--prompt-file", prompts.toString()).err());
        Path text = sparse("text.txt", sixGiB);
        assertEquals("error: " + text + " is 6 GiB; text files over 64 MiB are refused\n",
                refused(1, "score", "--text-file", text.toString()).err());
        Path corpus = sparse("corpus.tsv", sixGiB);
        assertEquals("error: " + corpus + " is 6 GiB; corpus files over 512 MiB are refused\n",
                refused(1, "premium", "--corpus", corpus.toString(), "--tokenizers", "bytes").err());
        Path project = sparse("p.tokenscope.json", sixGiB);
        assertEquals("error: " + project + " is 6 GiB; project files over 64 MiB are refused\n",
                refused(1, "report", "--project", project.toString(), "--out", dir.resolve("r.html").toString()).err());
    }

    @Test
    void utf16PromptFilesAreNamedAsSuch() throws IOException {
        Path prompts = dir.resolve("prompts.txt");
        Files.write(prompts, "\ufeffOnce upon a time\n".getBytes(StandardCharsets.UTF_16LE));
        assertEquals("error: " + prompts + " is not UTF-8 (it looks like UTF-16: it starts with a byte-order mark); "
                + "save it as UTF-8\n", refused(1, "generate", "--prompt-file", prompts.toString()).err());
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "one\n\ntwo\n\ncaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("error: " + latin1 + " is not valid UTF-8 at line 5: save it as UTF-8\n",
                refused(1, "score", "--text-file", latin1.toString()).err());
    }

    @Test
    void foldersAndUnreadableFilesSayWhy() throws IOException {
        assertTrue(refused(1, "generate", "--prompt-file", dir.toString()).err()
                .startsWith("error: " + dir + " is a folder, not a regular file"));
        Path secret = Files.writeString(dir.resolve("secret.txt"), "hello");
        try {
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            return;
        }
        assumeTrue(!Files.isReadable(secret), "running as root: every file is readable");
        assertEquals("error: cannot read " + secret + ": permission denied\n",
                refused(1, "score", "--text-file", secret.toString()).err());
    }

    @Test
    void aTokenizerWithAnAbsurdIdIsRefusedNotAnOutOfMemoryError() throws IOException {
        Path tokenizer = Files.writeString(dir.resolve("hostile.json"), "{\"model\": {\"type\": \"WordLevel\", "
                + "\"unk_token\": \"a\", \"vocab\": {\"a\": 0}}, \"added_tokens\": [{\"id\": 2000000000, \"content\": \"<x>\"}]}");
        Path corpus = Files.writeString(dir.resolve("c.tsv"), "eng_Latn\t1\ta\ndeu_Latn\t1\ta\n");
        String err = refused(1, "premium", "--corpus", corpus.toString(), "--tokenizers", tokenizer.toString()).err();
        assertTrue(err.startsWith("error: " + tokenizer + ": added token '<x>' has id 2000000000"), err);
        Path wordLevel = Files.writeString(dir.resolve("wide.json"), "{\"model\": {\"type\": \"WordLevel\", "
                + "\"unk_token\": \"a\", \"vocab\": {\"a\": 0, \"b\": 99999999999}}, \"added_tokens\": []}");
        String wide = refused(1, "premium", "--corpus", corpus.toString(), "--tokenizers", wordLevel.toString()).err();
        assertTrue(wide.contains("'b' has id 99999999999"), wide);
    }

    @Test
    void numericOptionsOutOfRangeAreUsageErrorsThatStateTheRange() {
        int maxThreads = Runtime.getRuntime().availableProcessors() * 4;
        assertEquals("error: --threads must be from 1 to " + maxThreads + ", not 100000 (see tokenscope generate --help)\n",
                refused(2, "generate", "--prompt", "a", "--threads", "100000").err());
        assertTrue(refused(2, "generate", "--prompt", "a", "--threads", "0").err().contains("--threads must be from 1"));
        assertTrue(refused(2, "premium", "--tokenizers", "bytes", "--threads", "100000").err().contains("--threads must be"));
        assertTrue(refused(2, "generate", "--prompt", "a", "--cautious", "--max-trials", "2147483647").err()
                .startsWith("error: --max-trials must be from 1 to 1024, not 2147483647"));
        assertTrue(refused(2, "generate", "--prompt", "a", "--max-tokens", "2147483647").err()
                .startsWith("error: --max-tokens must be from 0 to 1048576"));
        assertTrue(refused(2, "generate", "--prompt", "a", "--top", "2000000").err().startsWith("error: --top must be from 0 to 1000"));
        assertTrue(refused(2, "generate", "--prompt", "a", "--temperature", "NaN").err()
                .startsWith("error: --temperature must be a number in [0, 100], not NaN"));
        assertTrue(refused(2, "generate", "--prompt", "a", "--temperature", "1e308").err().contains("--temperature"));
        assertTrue(refused(2, "generate", "--prompt", "a", "--top-p", "0").err().contains("--top-p must be a number in (0, 1]"));
        assertTrue(refused(2, "generate", "--prompt", "a", "--min-p", "-0.5").err().contains("--min-p must be a number in [0, 1]"));
        assertTrue(refused(2, "generate", "--prompt", "a", "--top-k", "-1").err().contains("--top-k must be from 0"));
        assertTrue(refused(2, "counterfactual", "--prompt", "a", "--position", "-1", "--token", "3").err()
                .contains("--position must be from 0 to 2147483647, not -1"));
        assertTrue(refused(2, "counterfactual", "--prompt", "a", "--position", "0", "--token", "-3").err()
                .contains("--token must be from 0 to 16777216, not -3"));
        assertTrue(refused(1, "counterfactual", "--prompt", "a", "--position", "2147483647", "--token", "3", "--max-tokens", "2")
                .err().contains("beyond the trace"));
        assertTrue(refused(2, "shapley", "--prompt", "a b", "--target", " c", "--samples", "99999999999").err()
                .contains("--samples must be from 1 to 1000000"));
        assertTrue(refused(2, "shapley", "--prompt", "a b", "--target", " c", "--max-seconds", "Infinity").err()
                .contains("--max-seconds must be a number in (0, 2592000]"));
        assertTrue(refused(2, "generate", "--prompt", "a", "--max-trials", "99999999999").err().contains("--max-trials"));
    }

    @Test
    void usageErrorsAreOneLineToo() {
        assertEquals("error: Unknown option: '--no-such-option' (see tokenscope generate --help)\n",
                refused(2, "generate", "--prompt", "a", "--no-such-option").err());
        assertTrue(refused(2, "generate").err().contains("Missing required argument"));
    }

    @Test
    void outOfMemoryIsOneLineAndExitCodeOne() {
        StringWriter err = new StringWriter();
        int code = Cli.guard(false, new PrintWriter(err, true), () -> {
            throw new OutOfMemoryError("Java heap space");
        });
        assertEquals(1, code);
        assertTrue(err.toString().startsWith("error: out of memory: Java heap space (the heap may grow to "), err.toString());
        assertTrue(err.toString().strip().endsWith("try a smaller input or a larger -Xmx"), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
    }

    @Test
    void aStackOverflowIsOneLineAndTheTraceOnlyWithDebug() {
        StringWriter err = new StringWriter();
        assertEquals(1, Cli.guard(false, new PrintWriter(err, true), () -> recurse(0)));
        assertEquals(1, err.toString().strip().lines().count(), "no trace without --debug");
        assertTrue(err.toString().startsWith("error: stack overflow: "), err.toString());
        StringWriter debug = new StringWriter();
        assertEquals(1, Cli.guard(true, new PrintWriter(debug, true), () -> recurse(0)));
        assertTrue(debug.toString().contains("java.lang.StackOverflowError"), "the trace with --debug");
        assertTrue(debug.toString().strip().lines().reduce((a, b) -> b).orElse("").startsWith("error: stack overflow"));
    }

    @Test
    void otherErrorsNameTheirType() {
        StringWriter err = new StringWriter();
        assertEquals(1, Cli.guard(false, new PrintWriter(err, true), () -> {
            throw new NoClassDefFoundError("ai/onnxruntime/OrtEnvironment");
        }));
        assertEquals("error: internal error: NoClassDefFoundError: ai/onnxruntime/OrtEnvironment (run with --debug for details)",
                err.toString().strip());
    }

    @Test
    void topLevelDebugParses() {
        CliRunner r = CliRunner.run("--debug", "--version");
        assertEquals(0, r.code(), r.err());
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }
}
