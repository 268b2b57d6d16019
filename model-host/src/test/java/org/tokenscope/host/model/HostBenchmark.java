package org.tokenscope.host.model;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxTensorLike;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tokenscope.host.decode.Distributions;

/**
 * The model host's benchmarks, measured side by side in one run (the machines are noisy, so each
 * comparison interleaves its contenders and reports medians of the repeats). Run with
 * {@code mvn -q -Pbench -pl model-host -am test -DskipTests}; figures go into BENCHMARKS.md.
 */
public final class HostBenchmark {
    private static final int REPEATS = 7;

    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(System.getProperty("bench.threads", String.valueOf(CpuInfo.physicalCores())));
        System.out.printf(Locale.ROOT, "machine: %s, %d logical CPUs, %d physical cores; java %s; threads %d%n",
                System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(), CpuInfo.physicalCores(),
                System.getProperty("java.version"), threads);
        try (OnnxLanguageModel demo = DemoModel.load(threads)) {
            int bos = demo.config().bos();
            int n = demo.contextLength() - 1; // BOS + 255 new tokens fill the demo model's context of 256
            cachedVsRecompute(demo, bos, n);
            double hostTps = hostVsBare(demo, bos, n);
            versusPyTorch(demo, hostTps, n, threads);
        }
        loadTimeAndMemory(DemoModel.folder(), threads, "demo");
        gpt2Small(threads);
    }

    // (a) ------------------------------------------------------------------------------------------
    static void cachedVsRecompute(OnnxLanguageModel m, int bos, int n) {
        hostLoop(m, bos, 8);
        recomputeLoop(m, bos, 8);
        double[] cached = new double[REPEATS], full = new double[REPEATS];
        for (int r = 0; r < REPEATS; r++) {
            cached[r] = time(() -> hostLoop(m, bos, n));
            full[r] = time(() -> recomputeLoop(m, bos, n));
        }
        double c = median(cached), f = median(full);
        System.out.printf(Locale.ROOT, "(a) %d new tokens: cached %.1f ms (%.0f tok/s), full recompute %.1f ms (%.0f tok/s): %.2fx (goal >= 5x)%n",
                n, c * 1e3, n / c, f * 1e3, n / f, f / c);
    }

    /** The host's decode loop: DecodeState with the cache, greedy on the masked logits. */
    static int[] hostLoop(OnnxLanguageModel m, int bos, int n) {
        int[] out = new int[n];
        try (DecodeState s = m.newState()) {
            float[] logits = s.append(bos);
            for (int t = 0; t < n; t++) {
                out[t] = Distributions.argmax(logits);
                if (t + 1 < n) {
                    logits = s.append(out[t]);
                }
            }
        }
        return out;
    }

    /** No cache: every step runs the whole sequence and reads its last row. */
    static int[] recomputeLoop(OnnxLanguageModel m, int bos, int n) {
        int[] seq = {bos};
        int[] out = new int[n];
        for (int t = 0; t < n; t++) {
            try (ForwardPass.Output o = m.forward(new int[][] {seq}, 0, KvCache.empty(), false, java.util.Set.of())) {
                float[] row = m.mask(Tensors.rows(o.logits(), 0, seq.length - 1, seq.length, seq.length)[0]);
                out[t] = Distributions.argmax(row);
            }
            seq = Arrays.copyOf(seq, seq.length + 1);
            seq[seq.length - 1] = out[t];
        }
        return out;
    }

    // (b) ------------------------------------------------------------------------------------------
    static double hostVsBare(OnnxLanguageModel m, int bos, int n) throws OrtException {
        int[] a = hostLoop(m, bos, n), b = bareLoop(m, bos, n);
        if (!Arrays.equals(a, b)) {
            throw new AssertionError("the bare loop and the host loop disagree; the comparison would be meaningless");
        }
        double[] host = new double[REPEATS], bare = new double[REPEATS];
        for (int r = 0; r < REPEATS; r++) {
            host[r] = time(() -> hostLoop(m, bos, n));
            bare[r] = time(() -> {
                try {
                    bareLoop(m, bos, n);
                } catch (OrtException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        double h = median(host), bb = median(bare);
        System.out.printf(Locale.ROOT, "(b) host loop %.1f ms vs bare ONNX Runtime loop %.1f ms over the same session: overhead %+.1f%% (goal <= 10%%)%n",
                h * 1e3, bb * 1e3, (h / bb - 1) * 100);
        return n / h;
    }

    /** The same greedy decode written directly against ONNX Runtime, the least a Java loop can do. */
    static int[] bareLoop(OnnxLanguageModel m, int bos, int n) throws OrtException {
        IoSignature sig = m.signature();
        OrtSession session = m.session();
        var env = OnnxLanguageModel.ENV;
        int[] out = new int[n];
        Map<String, OnnxTensor> past = new HashMap<>();
        for (int i = 0; i < sig.layers(); i++) {
            long[] shape = {1, sig.kvHeads(), 0, sig.headDim()};
            past.put(sig.pastKeys().get(i), OnnxTensor.createTensor(env, FloatBuffer.allocate(0), shape));
            past.put(sig.pastValues().get(i), OnnxTensor.createTensor(env, FloatBuffer.allocate(0), shape));
        }
        List<String> wanted = new ArrayList<>(List.of(sig.logits()));
        wanted.addAll(sig.presentKeys());
        wanted.addAll(sig.presentValues());
        OrtSession.Result previous = null;
        long token = bos;
        for (int t = 0; t < n; t++) {
            Map<String, OnnxTensorLike> in = new HashMap<>(past);
            OnnxTensor ids = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[] {token}), new long[] {1, 1});
            long[] maskValues = new long[t + 1];
            Arrays.fill(maskValues, 1);
            OnnxTensor mask = OnnxTensor.createTensor(env, LongBuffer.wrap(maskValues), new long[] {1, t + 1});
            OnnxTensor pos = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[] {t}), new long[] {1, 1});
            in.put(sig.inputIds().name(), ids);
            in.put(sig.attentionMask().name(), mask);
            in.put(sig.positionIds().name(), pos);
            OrtSession.Result result = session.run(in, new java.util.LinkedHashSet<>(wanted));
            ids.close();
            mask.close();
            pos.close();
            if (previous == null) {
                past.values().forEach(OnnxValue::close);
            } else {
                previous.close();
            }
            past.clear();
            for (int i = 0; i < sig.layers(); i++) {
                past.put(sig.pastKeys().get(i), (OnnxTensor) result.get(sig.presentKeys().get(i)).get());
                past.put(sig.pastValues().get(i), (OnnxTensor) result.get(sig.presentValues().get(i)).get());
            }
            float[] logits = ((OnnxTensor) result.get(sig.logits()).get()).getFloatBuffer().array();
            out[t] = Distributions.argmax(logits);
            token = out[t];
            previous = result;
        }
        if (previous != null) {
            previous.close();
        }
        return out;
    }

    // (c) ------------------------------------------------------------------------------------------
    static void versusPyTorch(OnnxLanguageModel m, double hostTps, int n, int threads) throws IOException, InterruptedException {
        Path python = Path.of("/usr/bin/python3");
        Path script = repoRoot().resolve("resources/recipe/bench_torch.py");
        if (!Files.isExecutable(python)) {
            System.out.println("(c) PyTorch: not measured (/usr/bin/python3 with python3-torch is not installed)");
            return;
        }
        Process p = new ProcessBuilder(python.toString(), script.toString(), "--weights",
                m.folder().dir().resolve("weights.safetensors").toString(), "--tokens", String.valueOf(n), "--threads",
                String.valueOf(threads)).redirectErrorStream(false).start();
        String outText = new String(p.getInputStream().readAllBytes());
        String err = new String(p.getErrorStream().readAllBytes());
        if (p.waitFor() != 0) {
            System.out.println("(c) PyTorch: not measured (" + err.lines().reduce((x, y) -> y).orElse("failed") + ")");
            return;
        }
        double torchTps = new com.fasterxml.jackson.databind.ObjectMapper().readTree(outText).get("tokens_per_s").asDouble();
        double[] host = new double[REPEATS];
        for (int r = 0; r < REPEATS; r++) {
            host[r] = time(() -> hostLoop(m, m.config().bos(), n));
        }
        double best = n / Arrays.stream(host).min().orElseThrow();
        System.out.printf(Locale.ROOT, "(c) tokens/s, best of runs, %d threads: host %.0f vs PyTorch eager with KV cache %.0f: %.2fx (goal >= 1.5x)%n",
                threads, best, torchTps, best / torchTps);
    }

    // (d) ------------------------------------------------------------------------------------------
    static void gpt2Small(int threads) throws IOException, InterruptedException {
        Path dir = repoRoot().resolve("model-host/target/bench-models/gpt2-small-shaped");
        if (!Files.isRegularFile(dir.resolve("model.onnx_data"))) {
            Process p = new ProcessBuilder("/usr/bin/python3", repoRoot().resolve("resources/recipe/export_gpt2_small.py").toString(),
                    dir.toString()).redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                System.out.println("(d) GPT-2-small-shaped: not measured (export failed: " + log.lines().reduce((x, y) -> y).orElse("") + ")");
                return;
            }
        }
        long weightBytes = Files.size(dir.resolve("model.onnx_data")) + Files.size(dir.resolve("model.onnx"));
        double copy = copyBandwidth();
        double bandwidth = readBandwidth(threads);
        loadTimeAndMemory(dir, threads, "gpt2-small-shaped");
        try (OnnxLanguageModel m = OnnxLanguageModel.load(ModelFolder.open(dir), threads)) {
            int n = 64;
            hostLoop(m, 50256, 4);
            double[] times = new double[3];
            for (int r = 0; r < times.length; r++) {
                times[r] = time(() -> hostLoop(m, 50256, n));
            }
            double tps = n / median(times);
            double ceiling = bandwidth / weightBytes;
            System.out.printf(Locale.ROOT, "(d) GPT-2-small-shaped (%.0f MB of fp32 weights, external data): %.1f tok/s (%.1f ms/token); "
                    + "memory read %.1f GB/s on %d threads (copy %.1f GB/s on one) => floor %.1f ms/token (%.1f tok/s): "
                    + "decoding reaches %.0f%% of the bandwidth limit%n",
                    weightBytes / 1e6, tps, 1e3 / tps, bandwidth / 1e9, threads, copy / 1e9, 1e3 / ceiling, ceiling, 100 * tps / ceiling);
        }
    }

    /** Bytes per second of a large buffer-to-buffer copy (each byte read once, written once), one thread. */
    static double copyBandwidth() {
        int size = 256 << 20;
        ByteBuffer src = ByteBuffer.allocateDirect(size), dst = ByteBuffer.allocateDirect(size);
        for (int i = 0; i < size; i += 4096) {
            src.put(i, (byte) i);
        }
        double best = Double.MAX_VALUE;
        for (int r = 0; r < 5; r++) {
            src.clear();
            dst.clear();
            long t0 = System.nanoTime();
            dst.put(src);
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        return size / best;
    }

    /**
     * Bytes per second read by {@code threads} threads summing disjoint parts of a 1 GB int array (far beyond
     * any cache). Integer sums vectorise, so the loop is limited by memory, not by adds.
     */
    static double readBandwidth(int threads) throws InterruptedException {
        int[] data = new int[256 << 20];
        java.util.Arrays.fill(data, 1);
        double best = Double.MAX_VALUE;
        long[] sums = new long[threads];
        for (int r = 0; r < 5; r++) {
            Thread[] ts = new Thread[threads];
            long t0 = System.nanoTime();
            for (int k = 0; k < threads; k++) {
                int id = k;
                ts[k] = new Thread(() -> {
                    int from = (int) ((long) data.length * id / threads), to = (int) ((long) data.length * (id + 1) / threads);
                    int s = 0;
                    for (int i = from; i < to; i++) {
                        s += data[i];
                    }
                    sums[id] += s;
                });
                ts[k].start();
            }
            for (Thread t : ts) {
                t.join();
            }
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        if (java.util.Arrays.stream(sums).sum() == 42) {
            System.out.print(""); // keeps the sums observable so the loops are not removed
        }
        return data.length * 4.0 / best;
    }

    // (e) ------------------------------------------------------------------------------------------
    /** Load time and resident memory, each measured in a fresh JVM that only loads the model and runs one forward. */
    static void loadTimeAndMemory(Path dir, int threads, String label) throws IOException, InterruptedException {
        int runs = 5;
        double[] loads = new double[runs], rss = new double[runs];
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (int r = 0; r < runs; r++) {
            Process p = new ProcessBuilder(java, "-Dai.djl.offline=true", "-cp", System.getProperty("java.class.path"),
                    LoadProbe.class.getName(), dir.toString(), String.valueOf(threads)).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            p.waitFor();
            String[] last = out.lines().reduce((a, b) -> b).orElse("").split(" ");
            loads[r] = Double.parseDouble(last[0]);
            rss[r] = Double.parseDouble(last[1]);
        }
        System.out.printf(Locale.ROOT, "(e) %s: load %.0f ms, resident memory after load and one forward %.0f MB (medians of %d fresh JVMs)%n",
                label, median(loads), median(rss), runs);
    }

    static long residentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException ignored) {
            // not Linux: report 0
        }
        return 0;
    }

    // helpers ---------------------------------------------------------------------------------------
    static double time(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    static Path repoRoot() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("resources/recipe"))) {
                return d;
            }
        }
        throw new IllegalStateException("run the benchmark from inside the repository");
    }
}
