package org.tokenscope.host.premium;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.tokenscope.host.io.BoundedFiles;

/**
 * Reads a FLORES-200 release folder: {@code dev/<code>.dev} and {@code devtest/<code>.devtest}, one
 * sentence per line, line i of every language a translation of line i of every other. A folder without
 * those splits is read as one split with one file per language ({@code <code>.<anything>}).
 */
final class FloresReader {
    private static final List<String> SPLITS = List.of("dev", "devtest");

    private FloresReader() {
    }

    static ParallelCorpus read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new CorpusException(Files.exists(dir) ? dir + " is not a folder: give flores:DIR a FLORES-200 folder"
                    : "FLORES folder not found: " + dir.toAbsolutePath());
        }
        List<Path> splitDirs = SPLITS.stream().map(dir::resolve).filter(Files::isDirectory).toList();
        if (splitDirs.isEmpty()) {
            splitDirs = List.of(dir);
        }
        // code -> parts in split order; a TreeMap so languages come sorted by code whatever the file system says
        Map<String, List<CorpusLanguage.Part>> parts = new TreeMap<>();
        for (Path splitDir : splitDirs) {
            for (Path file : files(splitDir)) {
                String fileName = file.getFileName().toString();
                String code = fileName.substring(0, fileName.indexOf('.'));
                String split = splitDir.equals(dir) ? "all" : splitDir.getFileName().toString();
                parts.computeIfAbsent(code, c -> new ArrayList<>()).add(part(split, file));
            }
        }
        if (parts.isEmpty()) {
            throw new CorpusException("no FLORES files in " + dir
                    + ": expected dev/<code>.dev and devtest/<code>.devtest, or <code>.txt files");
        }
        List<CorpusLanguage> languages = new ArrayList<>();
        parts.forEach((code, list) -> languages.add(new CorpusLanguage(code, code, Scripts.ofCode(code), false, list)));
        return new ParallelCorpus(dir.toString(), languages);
    }

    /** Regular files named {@code <code>.<ext>}, sorted, skipping hidden files and metadata tables. */
    private static List<Path> files(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isRegularFile)
                    .filter(p -> {
                        String name = p.getFileName().toString();
                        return name.indexOf('.') > 0 && !name.startsWith("metadata") && !name.endsWith(".tsv");
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new CorpusException("cannot list " + dir + ": " + BoundedFiles.reason(e), e);
        }
    }

    /** One file: lines become segments {@code <split>:<line number>}; a final newline is remembered, not a segment. */
    private static CorpusLanguage.Part part(String split, Path file) {
        String text = CorpusFiles.read(file);
        String[] lines = text.split("\n", -1);
        boolean endsWithNewline = lines[lines.length - 1].isEmpty();
        int count = endsWithNewline ? lines.length - 1 : lines.length;
        List<Segment> segments = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            segments.add(new Segment(split + ":" + (i + 1), lines[i]));
        }
        return new CorpusLanguage.Part(split, segments, endsWithNewline);
    }
}
