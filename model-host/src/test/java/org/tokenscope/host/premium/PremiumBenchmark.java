package org.tokenscope.host.premium;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;
import org.tokenscope.host.tokenize.Tokenizer;
import org.tokenscope.host.tokenize.TokenizerCatalog;

/**
 * The premium engine's benchmarks, side by side in one run (not a test):
 * <ol>
 *   <li>all 204 FLORES-200 languages (dev+devtest) × r50k, cl100k, o200k, bytes, code points on 2 threads:
 *       wall time of a cold run (fresh JVM: encodings load, code not yet compiled) and the median of warm runs
 *       (goal ≤ 45 s);</li>
 *   <li>tokenizer throughput in MB/s on one thread against the npm package {@code tiktoken} on the same
 *       texts, interleaved encoding by encoding (goal ≥ 0.7×).</li>
 * </ol>
 * Run this one alone with {@code mvn -q -Pbench -pl model-host test-compile exec:java@premium-bench} (it takes the
 * resources jar from the local repository, so build once first), or all of the host's benchmarks with
 * {@code mvn -q -Pbench -pl model-host -am test -DskipTests}. Needs Node.js and npm (tiktoken is installed into
 * {@code model-host/target/bench-node} on first run) and {@code shared/data}; {@code -Dpremium.bench.threads=N}
 * changes the table's thread count (2 by default, the machine the goal was set for).
 */
public final class PremiumBenchmark {
    private static final String TIKTOKEN = "tiktoken@1.0.22";
    private static final List<String> TOKENIZERS = List.of("r50k", "cl100k", "o200k", "bytes", "codepoints");
    /** The languages of premium.md's table: four scripts, spaces and none, 0.3 to 1 MB each. */
    private static final List<String> THROUGHPUT_LANGUAGES =
            List.of("eng_Latn", "tur_Latn", "deu_Latn", "zho_Hans", "arb_Arab", "hin_Deva", "shn_Mymr");
    private static final String[][] ENCODINGS = {{"r50k", "r50k_base"}, {"cl100k", "cl100k_base"}, {"o200k", "o200k_base"}};
    private static final int WARM_RUNS = 3;
    private static final int THROUGHPUT_REPEATS = 5;

    public static void main(String[] args) throws Exception {
        int threads = Integer.getInteger("premium.bench.threads", 2);
        Path flores = sharedData().resolve("flores200");
        System.out.printf(Locale.ROOT, "premium benchmark: %d logical CPUs, java %s, %d threads for the table%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), threads);
        floresTable(flores, threads);
        throughput(flores);
    }

    // (1) ------------------------------------------------------------------------------------------
    private static void floresTable(Path flores, int threads) {
        long start = System.nanoTime();
        ParallelCorpus corpus = ParallelCorpus.flores(flores);
        List<Tokenizer> tokenizers = new ArrayList<>();
        TOKENIZERS.forEach(name -> tokenizers.add(TokenizerCatalog.byName(name, null)));
        PremiumSettings settings = PremiumSettings.defaults().withThreads(threads);
        PremiumTable table = PremiumTable.compute(corpus, tokenizers, settings, Progress.NONE, Cancellation.none());
        double cold = seconds(start);
        double[] warm = new double[WARM_RUNS];
        for (int r = 0; r < WARM_RUNS; r++) {
            long t0 = System.nanoTime();
            PremiumTable.compute(ParallelCorpus.flores(flores), tokenizers, settings, Progress.NONE, Cancellation.none());
            warm[r] = seconds(t0);
        }
        long bytes = 0;
        for (String code : table.languages()) {
            bytes += table.row(code, "bytes").tokens();
        }
        System.out.printf(Locale.ROOT, "(1) FLORES-200 dev+devtest, %d languages (%.1f MB) x %s, %d threads:%n",
                table.languages().size(), bytes / 1e6, String.join(", ", TOKENIZERS), threads);
        System.out.printf(Locale.ROOT, "    cold run (corpus read, encodings loaded) %.1f s; warm runs (corpus read again) median %.1f s of %s (goal <= 45 s)%n",
                cold, median(warm), Arrays.toString(Arrays.stream(warm).map(w -> Math.round(w * 10) / 10.0).toArray()));
        for (String tokenizer : TOKENIZERS) {
            long tokens = table.rowsFor(tokenizer).stream().mapToLong(PremiumRow::tokens).sum();
            System.out.printf(Locale.ROOT, "    %-10s %,13d tokens%n", tokenizer, tokens);
        }
    }

    // (2) ------------------------------------------------------------------------------------------
    private static void throughput(Path flores) throws IOException, InterruptedException, URISyntaxException {
        Path prefix = installTiktoken();
        Path script = Path.of(PremiumBenchmark.class.getResource("/bench/tiktoken-throughput.mjs").toURI());
        ParallelCorpus corpus = ParallelCorpus.flores(flores).select(THROUGHPUT_LANGUAGES);
        List<String> texts = corpus.languages().stream()
                .map(l -> l.texts(Convention.PETROV, Normalization.NONE).get(0)).toList();
        long bytes = texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
        System.out.printf(Locale.ROOT, "(2) throughput on one thread, %s (%.2f MB), median of %d after warm-up; MB = 10^6 bytes%n",
                String.join(" ", THROUGHPUT_LANGUAGES), bytes / 1e6, THROUGHPUT_REPEATS);
        System.out.printf(Locale.ROOT, "    %-12s %14s %16s %14s %12s %8s%n", "encoding", "engine MB/s", "encode() MB/s",
                "tiktoken MB/s", "ratio", "tokens");
        for (String[] encoding : ENCODINGS) {
            Tokenizer tokenizer = TokenizerCatalog.byName(encoding[0], null);
            long[] tokens = new long[1];
            double engine = mbPerSecond(bytes, () -> {
                long n = 0;
                for (String text : texts) {
                    n += TokenIds.of(tokenizer, text).length; // the path PremiumTable takes
                }
                tokens[0] = n;
                return n;
            });
            double withSpans = mbPerSecond(bytes, () -> {
                long n = 0;
                for (String text : texts) {
                    n += tokenizer.encode(text).size(); // ids plus code-point spans, as the panels' token chips need
                }
                return n;
            });
            JsonNode node = runNode(prefix, script, flores, encoding[1]);
            double tiktoken = node.get("mb_per_s").asDouble();
            boolean same = node.get("tokens").asLong() == tokens[0] && node.get("bytes").asLong() == bytes;
            System.out.printf(Locale.ROOT, "    %-12s %14.2f %16.2f %14.2f %11.2fx %8s%n", encoding[1], engine, withSpans,
                    tiktoken, engine / tiktoken, same ? "equal" : "DIFFER " + node.get("tokens") + " vs " + tokens[0]);
        }
        System.out.println("    ratio = engine / tiktoken (goal >= 0.7x); engine = JTokkit encodeOrdinary ids as PremiumTable uses them");
    }

    private static double mbPerSecond(long bytes, Supplier<Long> pass) {
        pass.get();
        pass.get();
        double[] times = new double[THROUGHPUT_REPEATS];
        for (int r = 0; r < times.length; r++) {
            long t0 = System.nanoTime();
            pass.get();
            times[r] = seconds(t0);
        }
        return bytes / 1e6 / median(times);
    }

    private static JsonNode runNode(Path prefix, Path script, Path flores, String encoding) throws IOException, InterruptedException {
        Process node = new ProcessBuilder("node", script.toString(), prefix.toString(), flores.toString(),
                String.join(",", THROUGHPUT_LANGUAGES), encoding, String.valueOf(THROUGHPUT_REPEATS))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (node.waitFor() != 0) {
            throw new IllegalStateException("node " + script + " failed");
        }
        return new ObjectMapper().readTree(out.lines().reduce((a, b) -> b).orElseThrow());
    }

    /** tiktoken goes under model-host/target, installed once with npm; the benchmark never touches the user's folders. */
    private static Path installTiktoken() throws IOException, InterruptedException, URISyntaxException {
        Path target = Path.of(PremiumBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        Path prefix = target.resolve("bench-node");
        if (!Files.isRegularFile(prefix.resolve("node_modules/tiktoken/package.json"))) {
            Files.createDirectories(prefix);
            Process npm = new ProcessBuilder("npm", "install", "--prefix", prefix.toString(), TIKTOKEN,
                    "--no-audit", "--no-fund", "--no-save", "--silent").inheritIO().start();
            if (npm.waitFor() != 0) {
                throw new IllegalStateException("npm install " + TIKTOKEN + " failed");
            }
        }
        return prefix;
    }

    private static Path sharedData() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("shared/data/flores200"))) {
                return dir.resolve("shared/data");
            }
        }
        throw new IllegalStateException("no shared/data/flores200 above " + Path.of("").toAbsolutePath());
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
