package org.tokenscope.views.premium;

import java.nio.file.Path;
import java.util.Objects;
import org.tokenscope.host.premium.ParallelCorpus;

/**
 * Which parallel corpus the panel compares, as the project file and the command line's {@code --corpus} name
 * it: {@code udhr}, {@code flores:DIR} or the path of a TSV/JSONL file. Opening it is the engine's job.
 *
 * @param path the FLORES folder or the file; null for the bundled UDHR
 */
public record CorpusSpec(Kind kind, Path path) {
    /** The three sources premium.md names. */
    public enum Kind { UDHR, FLORES, FILE }

    public static final CorpusSpec UDHR = new CorpusSpec(Kind.UDHR, null);

    public CorpusSpec {
        Objects.requireNonNull(kind, "kind");
        if (kind != Kind.UDHR) {
            Objects.requireNonNull(path, "path");
        }
    }

    public static CorpusSpec flores(Path dir) {
        return new CorpusSpec(Kind.FLORES, dir);
    }

    public static CorpusSpec file(Path file) {
        return new CorpusSpec(Kind.FILE, file);
    }

    /** Reads the {@code --corpus} form back; a value without the {@code flores:} prefix is a file. */
    public static CorpusSpec parse(String spec) {
        if (spec == null || spec.isBlank() || spec.strip().equals(ParallelCorpus.UDHR)) {
            return UDHR;
        }
        String s = spec.strip();
        if (s.startsWith(ParallelCorpus.FLORES_PREFIX)) {
            return flores(Path.of(s.substring(ParallelCorpus.FLORES_PREFIX.length())));
        }
        return file(Path.of(s));
    }

    /** The {@code --corpus} form, so a project's corpus can be pasted onto the command line. */
    public String spec() {
        return switch (kind) {
            case UDHR -> ParallelCorpus.UDHR;
            case FLORES -> ParallelCorpus.FLORES_PREFIX + path;
            case FILE -> path.toString();
        };
    }

    /** A short name for labels and chart titles. */
    public String label() {
        return switch (kind) {
            case UDHR -> "UDHR (bundled)";
            case FLORES -> "FLORES-200 " + path.getFileName();
            case FILE -> String.valueOf(path.getFileName());
        };
    }

    /**
     * Opens the corpus; the UDHR with {@code includePartial} keeps its partial translations (which makes it
     * misaligned, so only whole-document mode can compare them).
     *
     * @throws org.tokenscope.host.premium.PremiumException with a one-line message for a missing, empty or
     *         malformed source
     */
    public ParallelCorpus open(boolean includePartial) {
        return switch (kind) {
            case UDHR -> ParallelCorpus.udhr(includePartial);
            case FLORES -> ParallelCorpus.flores(path);
            case FILE -> ParallelCorpus.file(path);
        };
    }
}
