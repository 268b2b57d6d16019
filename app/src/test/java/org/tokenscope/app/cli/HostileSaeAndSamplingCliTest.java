package org.tokenscope.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tokenscope.host.sae.Architecture;
import org.tokenscope.host.sae.DType;
import org.tokenscope.host.sae.Sae;
import org.tokenscope.host.sae.SaeConfig;
import org.tokenscope.host.sae.SaeLensFormat;
import org.tokenscope.host.sae.SaeMetadata;

/** Tiny temperatures, SAE options out of range, existing --out folders, and files that are not UTF-8 or not files. */
class HostileSaeAndSamplingCliTest {
    private static final Duration SHORT = Duration.ofSeconds(120), TRAINING = Duration.ofSeconds(300);

    @TempDir Path dir;

    private static CliRunner run(Duration limit, String... args) {
        return assertTimeoutPreemptively(limit, () -> CliRunner.run(args));
    }

    /** Exit code, exactly one stderr line starting "error: " and holding {@code fragment}, no stack trace. */
    private static void refused(CliRunner r, int code, String fragment) {
        assertEquals(code, r.code(), r.err());
        String err = r.err().strip();
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("error: "), err);
        assertTrue(err.contains(fragment), "expected \"" + fragment + "\" in: " + err);
        assertFalse(err.contains("Exception") || err.contains("at org."), err);
    }

    private static List<Integer> ids(CliRunner r) {
        List<Integer> ids = new ArrayList<>();
        for (JsonNode s : r.json().get("steps")) {
            ids.add(s.get("id").asInt());
        }
        return ids;
    }

    @Test
    void aTemperatureSoSmallThatLogitsOverflowGivesTheGreedyOutput() {
        String[] common = {"generate", "--prompt", "It is a truth universally acknowledged", "--max-tokens", "12",
            "--threads", "1", "--seed", "5", "--json", "--temperature"};
        CliRunner tiny = run(SHORT, concat(common, "1e-320"));
        assertEquals(0, tiny.code(), tiny.err());
        assertFalse(tiny.err().contains("Exception"), tiny.err());
        CliRunner greedy = run(SHORT, concat(common, "0"));
        assertEquals(0, greedy.code(), greedy.err());
        assertEquals(ids(greedy), ids(tiny));
        for (JsonNode s : tiny.json().get("steps")) {
            assertEquals(1.0, s.get("prob").asDouble(), 0);
            assertEquals(0.0, s.get("entropy").asDouble(), 0);
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** sae train at a test's size; {@code extra} overrides options ("--lr", "1e30") or adds flags ("--force"). */
    private String[] train(Path out, String... extra) {
        java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
        String[] defaults = {"--tap", "hidden_states.2", "--arch", "topk", "--d-sae", "32", "--k", "4", "--tokens", "512",
            "--batch-size", "128", "--threads", "1", "--out", out.toString()};
        for (int i = 0; i < defaults.length; i += 2) {
            options.put(defaults[i], defaults[i + 1]);
        }
        List<String> flags = new ArrayList<>();
        for (int i = 0; i < extra.length; i++) {
            if (extra[i].equals("--force") || extra[i].equals("--json")) {
                flags.add(extra[i]);
            } else {
                options.put(extra[i], extra[++i]);
            }
        }
        List<String> args = new ArrayList<>(List.of("sae", "train"));
        options.forEach((k, v) -> {
            args.add(k);
            args.add(v);
        });
        args.addAll(flags);
        return args.toArray(String[]::new);
    }

    @Test
    void numericSaeOptionsOutOfRangeAreUsageErrors() {
        Path out = dir.resolve("never");
        String[][] cases = {
            {"--aux-coefficient", "NaN", "(--aux-coefficient) must be in [0, 100]"},
            {"--lr", "1e30", "(--lr) must be in (0, 1]"},
            {"--zipf-alpha", "-1", "(--zipf-alpha) must be in [0, 10]"},
            {"--dead-window", "-1", "(--dead-window) must be in 1..1,000,000,000,000"},
            {"--batch-size", "2147483647", "(--batch-size) must be in 1..65,536"},
            {"--d-sae", "2147483647", "(--d-sae) must be in 1..1,048,576"},
            {"--k", "0", "k (--k) must be in 1..32"},
            {"--tokens", "0", "(--tokens) must be in 1.."},
        };
        for (String[] c : cases) {
            CliRunner r = run(SHORT, train(out, c[0], c[1]));
            refused(r, 2, c[2]);
        }
        // d_sae × batch over what one array holds: found once the tap's width is known, before collecting
        refused(run(SHORT, train(out, "--d-sae", "1048576", "--batch-size", "65536")), 2, "--d-sae");
        assertFalse(Files.exists(out), "nothing written");
        refused(run(SHORT, "sae", "features", "--sae", dir.toString(), "--top", "1000000"), 2, "must be in 0..1,000");
        refused(run(SHORT, "sae", "features", "--sae", dir.toString(), "--tokens", "0"), 2, "(--tokens) must be in 1..10,000,000");
    }

    @Test
    void anEmptyOutIsAUsageError() {
        refused(run(SHORT, train(Path.of(""))), 2, "--out must name a folder");
        refused(run(SHORT, train(Path.of("  "))), 2, "--out must name a folder");
    }

    @Test
    void anExistingSaeIsReplacedOnlyWithForce() throws IOException {
        Path out = dir.resolve("sae");
        CliRunner first = run(TRAINING, train(out, "--json"));
        assertEquals(0, first.code(), first.err());
        byte[] before = Files.readAllBytes(out.resolve(SaeLensFormat.WEIGHTS));
        CliRunner again = run(SHORT, train(out, "--seed", "7"));
        refused(again, 1, out + " already holds an SAE; pass --force to replace it");
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(out.resolve(SaeLensFormat.WEIGHTS))), "left untouched");
        CliRunner forced = run(TRAINING, train(out, "--seed", "7", "--force", "--json"));
        assertEquals(0, forced.code(), forced.err());
        assertTrue(forced.json().at("/meta/settings/force").asBoolean());
        assertFalse(java.util.Arrays.equals(before, Files.readAllBytes(out.resolve(SaeLensFormat.WEIGHTS))), "replaced");
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        refused(run(SHORT, train(file)), 1, "is a file, not a folder");
    }

    @Test
    void corporaThatAreNotUtf8OrNotFilesAreRefused() throws IOException {
        Path utf16 = dir.resolve("utf16.txt");
        Files.write(utf16, "\uFEFFOne paragraph of text.\n".getBytes(StandardCharsets.UTF_16LE));
        refused(run(SHORT, train(dir.resolve("a"), "--corpus", utf16.toString())), 1, utf16 + " is not UTF-8");
        Path latin1 = dir.resolve("latin1.txt");
        Files.write(latin1, "First.\nSecond.\nCaf\u00e9.\n".getBytes(StandardCharsets.ISO_8859_1));
        refused(run(SHORT, train(dir.resolve("b"), "--corpus", latin1.toString())), 1, latin1 + " is not valid UTF-8 at line 3");
        Path sae = dir.resolve("spec");
        SaeConfig cfg = SaeConfig.of(Architecture.TOPK, 3, 4, 2, new SaeMetadata(null, "hidden_states.2", -1, null, null, null, null));
        SaeLensFormat.write(new Sae(cfg, new float[12], new float[4], new float[12], new float[3], null), sae, DType.F32, null);
        refused(run(SHORT, "sae", "features", "--sae", sae.toString(), "--corpus", utf16.toString(), "--tokens", "100"), 1,
                "is not UTF-8");
        if (Files.exists(Path.of("/dev/zero"))) {
            refused(run(SHORT, train(dir.resolve("c"), "--corpus", "/dev/zero")), 1, "not a regular file");
            refused(run(SHORT, "sae", "encode", "--sae", sae.toString(), "--input", "/dev/zero"), 1, "not a regular file");
        }
    }

    @Test
    void encodeRefusesBrokenWeightsAndOutOfRangeValues() throws IOException {
        Path sae = dir.resolve("nan");
        SaeConfig cfg = SaeConfig.of(Architecture.TOPK, 3, 4, 2, SaeMetadata.empty());
        float[] wEnc = new float[12];
        wEnc[7] = Float.NaN;
        SaeLensFormat.write(new Sae(cfg, wEnc, new float[4], new float[12], new float[3], null), sae, DType.F32, null);
        Path input = Files.writeString(dir.resolve("x.json"), "[[1, 2, 3]]");
        refused(run(SHORT, "sae", "encode", "--sae", sae.toString(), "--input", input.toString()), 1, "W_enc holds NaN at [1, 3]");
        Path fine = dir.resolve("fine");
        SaeLensFormat.write(new Sae(cfg, new float[12], new float[4], new float[12], new float[3], null), fine, DType.F32, null);
        Path huge = Files.writeString(dir.resolve("huge.json"), "[[1, 1e999, 3]]");
        refused(run(SHORT, "sae", "encode", "--sae", fine.toString(), "--input", huge.toString()), 1, "outside the range of a float");
    }
}
