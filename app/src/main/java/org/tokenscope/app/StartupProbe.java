package org.tokenscope.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import org.tokenscope.views.shell.ModelStatusViewModel;
import org.tokenscope.views.shell.ModelSummary;

/**
 * Measures cold start: from the JVM's start to the first frame drawn after the first model has loaded, i.e. an
 * interactive window with the model ready, and the resident memory then. The line also carries the wall-clock
 * time of that frame ({@code ready_epoch_ms}), so a benchmark can measure from before the launcher ran. It logs the figures at every
 * start; with {@code -D}{@value #EXIT_PROPERTY}{@code =true} (or the environment variable {@value #EXIT_ENV}{@code =1},
 * for the installed launcher, which takes no -D) it also prints them on stdout as one line of {@code key=value} and
 * exits, which is what the startup benchmark runs.
 */
final class StartupProbe {
    static final String EXIT_PROPERTY = "tokenscope.startup.exit";
    static final String EXIT_ENV = "TOKENSCOPE_STARTUP_EXIT";
    private static final System.Logger LOG = System.getLogger(StartupProbe.class.getName());
    /** When the JavaFX application's start() began: JVM and toolkit start-up end there, the window's begins. */
    private static volatile Instant fxStart;

    private StartupProbe() {
    }

    /** Marks the start of {@code Application.start}; splits the figure into toolkit and window+model parts. */
    static void markFxStart() {
        fxStart = Instant.now();
    }

    static void watch(ModelStatusViewModel status) {
        ChangeListener<ModelSummary> first = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends ModelSummary> obs, ModelSummary was, ModelSummary now) {
                if (now != null) {
                    status.modelProperty().removeListener(this);
                    afterNextFrame(() -> report(now));
                }
            }
        };
        status.modelProperty().addListener(first);
    }

    /** Runs {@code r} once a pulse has rendered the window with the model in it. */
    private static void afterNextFrame(Runnable r) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == 2) { // the first callback precedes the pulse that draws the change
                    stop();
                    r.run();
                }
            }
        }.start();
    }

    private static void report(ModelSummary model) {
        Instant now = Instant.now();
        // The JVM's own start time is exact to the millisecond; the process's (ProcessHandle) is only as exact
        // as the kernel's boot time in whole seconds.
        Instant start = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        long ms = Duration.between(start, now).toMillis();
        long fx = fxStart == null ? -1 : Duration.between(start, fxStart).toMillis();
        long rss = kib("VmRSS");
        long peak = kib("VmHWM");
        // CPU time (all threads) says what start-up costs independently of what else the machine is doing.
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        String line = String.format(Locale.ROOT,
                "startup_ms=%d fx_start_ms=%d cpu_ms=%d rss_mb=%.1f peak_rss_mb=%.1f ready_epoch_ms=%d model=\"%s\"",
                ms, fx, cpu, rss / 1024.0, peak / 1024.0, now.toEpochMilli(), model.name());
        LOG.log(System.Logger.Level.INFO, "interactive with the model loaded: " + line);
        if (Boolean.getBoolean(EXIT_PROPERTY) || "1".equals(System.getenv(EXIT_ENV))) {
            System.out.println(line);
            Platform.exit();
        }
    }

    /** A field of /proc/self/status in KiB, -1 where there is no /proc (macOS, Windows). */
    static long kib(String field) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith(field + ":")) {
                    return Long.parseLong(l.substring(field.length() + 1).replace("kB", "").trim());
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no figure
        }
        return -1;
    }
}
