package org.tokenscope.host.sae;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.tokenscope.host.model.DemoModel;
import org.tokenscope.host.tokenize.Tokenizer;

/**
 * A text corpus as the demo model's recipe lays it out: one paragraph per line, chapters (documents) separated
 * by blank lines; {@code .gz} files are decompressed. The token stream matches the recipe's training stream:
 * each paragraph followed by a newline, a separator token (EOS) between chapters.
 */
public final class CorpusText {
    /** The bundled Austen corpus the demo model was trained on, and its held-out chapters. */
    public static final String DEMO_TRAIN = "austen-train.txt.gz", DEMO_HELDOUT = "austen-heldout.txt.gz";

    private final String name;
    private final List<List<String>> chapters;

    private CorpusText(String name, List<List<String>> chapters) {
        this.name = name;
        this.chapters = chapters;
    }

    /** A corpus file of the embedded demo model ({@link #DEMO_TRAIN} or {@link #DEMO_HELDOUT}). */
    public static CorpusText bundled(String file) {
        try (InputStream in = DemoModel.open(file)) {
            return parse("demo:" + file, file.endsWith(".gz") ? new GZIPInputStream(in) : in);
        } catch (IOException e) {
            throw new SaeException("cannot read the bundled corpus " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * A corpus file: a regular file of at most {@link SaeFiles#CORPUS_LIMIT} bytes (decompressed), strictly UTF-8
     * (see {@link SaeFiles}); UTF-16 files, Latin-1 files and endless streams are refused with one line.
     */
    public static CorpusText read(Path file) {
        return read(file, SaeFiles.CORPUS_LIMIT);
    }

    static CorpusText read(Path file, long limit) {
        String text = SaeFiles.readCorpus(file, limit);
        CorpusText c;
        try {
            c = parse(file.toString(), new java.io.StringReader(text));
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringReader does not fail
        }
        if (c.paragraphs() == 0) {
            throw new SaeException("corpus " + file + " is empty: give a UTF-8 text file with one paragraph per line");
        }
        return c;
    }

    /** A corpus from text in memory (tests, prompts): lines are paragraphs, blank lines end chapters. */
    public static CorpusText of(String name, String text) {
        try {
            return parse(name, new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CorpusText parse(String name, InputStream in) throws IOException {
        return parse(name, new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private static CorpusText parse(String name, java.io.Reader text) throws IOException {
        List<List<String>> chapters = new ArrayList<>();
        List<String> current = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(text)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    if (!current.isEmpty()) {
                        chapters.add(current);
                        current = new ArrayList<>();
                    }
                } else {
                    current.add(line.strip());
                }
            }
        }
        if (!current.isEmpty()) {
            chapters.add(current);
        }
        return new CorpusText(name, chapters);
    }

    public String name() {
        return name;
    }

    public int chapters() {
        return chapters.size();
    }

    public int paragraphs() {
        return chapters.stream().mapToInt(List::size).sum();
    }

    /** Token ids of the whole corpus: paragraph + "\n" each, {@code separator} after each chapter (−1: none). */
    public int[] tokenStream(Tokenizer tokenizer, int separator) {
        IntList out = new IntList(1 << 16);
        for (List<String> chapter : chapters) {
            for (String paragraph : chapter) {
                out.addAll(tokenizer.encodeIds(paragraph + "\n"));
            }
            if (separator >= 0) {
                out.add(separator);
            }
        }
        return out.toArray();
    }
}
