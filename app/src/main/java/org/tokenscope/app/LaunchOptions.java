package org.tokenscope.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.tokenscope.host.model.CpuInfo;

/**
 * The GUI's command line: {@code [--model DIR] [--threads N]}. Without {@code --model} the window opens on
 * the embedded demo model.
 *
 * @param model   model folder (or .onnx file) to open first, empty for the embedded model
 * @param threads intra-op threads for every model session the window opens
 */
public record LaunchOptions(Optional<Path> model, int threads) {
    public static final String USAGE = "usage: tokenscope [gui] [--model DIR] [--threads N]";

    /** Throws {@link IllegalArgumentException} with a one-line reason on a bad command line. */
    public static LaunchOptions parse(List<String> args) {
        Path model = null;
        int threads = CpuInfo.physicalCores();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            switch (name) {
                case "--model" -> {
                    String v = value(args, i, arg);
                    i += arg.contains("=") ? 0 : 1;
                    model = Path.of(v);
                }
                case "--threads" -> {
                    String v = value(args, i, arg);
                    i += arg.contains("=") ? 0 : 1;
                    threads = positiveInt(v);
                }
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return new LaunchOptions(Optional.ofNullable(model), threads);
    }

    private static String value(List<String> args, int i, String arg) {
        if (arg.contains("=")) {
            return arg.substring(arg.indexOf('=') + 1);
        }
        if (i + 1 >= args.size()) {
            throw new IllegalArgumentException(arg + " needs a value");
        }
        return args.get(i + 1);
    }

    private static int positiveInt(String v) {
        try {
            int n = Integer.parseInt(v.trim());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("--threads needs a whole number of at least 1, not '" + v + "'");
    }
}
