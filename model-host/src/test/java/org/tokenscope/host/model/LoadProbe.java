package org.tokenscope.host.model;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Loads one model in a fresh JVM and prints {@code load_ms rss_mb}: the benchmark's load time and
 * resident memory without the benchmark's own heap in the figure.
 */
public final class LoadProbe {
    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        long t0 = System.nanoTime();
        try (OnnxLanguageModel m = OnnxLanguageModel.load(ModelFolder.open(dir), threads)) {
            double ms = (System.nanoTime() - t0) / 1e6;
            m.logitsAll(new int[] {0});
            System.out.printf(Locale.ROOT, "%.1f %.1f%n", ms, HostBenchmark.residentBytes() / 1e6);
        }
    }
}
