package org.tokenscope.host.premium;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The same content in several languages: languages (in a fixed order) each holding an ordered list of
 * {@link Segment}s. Immutable; the loaders below read the bundled UDHR, FLORES-200 folders and user files.
 */
public final class ParallelCorpus {
    /** The {@code --corpus} value of the bundled Universal Declaration of Human Rights. */
    public static final String UDHR = "udhr";
    /** Prefix of a {@code --corpus} value naming a FLORES-200 folder. */
    public static final String FLORES_PREFIX = "flores:";

    private final String source;
    private final Map<String, CorpusLanguage> languages = new LinkedHashMap<>();

    /**
     * @param source where the corpus came from, shown in tables and exports ({@code udhr}, a path)
     * @throws CorpusException when there are no languages or a code repeats
     */
    public ParallelCorpus(String source, List<CorpusLanguage> languages) {
        this.source = Objects.requireNonNull(source, "source");
        for (CorpusLanguage language : languages) {
            if (this.languages.putIfAbsent(language.code(), language) != null) {
                throw new CorpusException(source + " has language '" + language.code() + "' twice");
            }
        }
        if (this.languages.isEmpty()) {
            throw new CorpusException(source + " has no languages to compare");
        }
    }

    /**
     * Opens a corpus as the command line names it: {@code udhr}, {@code flores:DIR}, or a TSV/JSONL file
     * (a folder given without the prefix is read as a FLORES folder too). The UDHR comes without its
     * partial translations.
     */
    public static ParallelCorpus open(String spec) {
        if (spec.equals(UDHR)) {
            return udhr();
        }
        if (spec.startsWith(FLORES_PREFIX)) {
            return flores(Path.of(spec.substring(FLORES_PREFIX.length())));
        }
        Path path = Path.of(spec);
        return Files.isDirectory(path) ? flores(path) : file(path);
    }

    /** The bundled UDHR, complete translations only, aligned by article. */
    public static ParallelCorpus udhr() {
        return UdhrReader.read(false);
    }

    /** The bundled UDHR; with {@code includePartial} the result is misaligned (whole-document mode only). */
    public static ParallelCorpus udhr(boolean includePartial) {
        return UdhrReader.read(includePartial);
    }

    /**
     * A FLORES-200 folder: {@code dev/<code>.dev} and {@code devtest/<code>.devtest} (either or both), or a
     * folder holding one {@code <code>.<ext>} file per language, one segment per line.
     */
    public static ParallelCorpus flores(Path dir) {
        return FloresReader.read(dir);
    }

    /** A TSV ({@code lang<TAB>id<TAB>text}) or JSONL ({@code {"lang", "id", "text"}}) file, told apart by content. */
    public static ParallelCorpus file(Path file) {
        return AlignedFileReader.read(file);
    }

    public String source() {
        return source;
    }

    public List<String> codes() {
        return List.copyOf(languages.keySet());
    }

    public List<CorpusLanguage> languages() {
        return List.copyOf(languages.values());
    }

    public int size() {
        return languages.size();
    }

    public boolean contains(String code) {
        return languages.containsKey(code);
    }

    /** @throws UnknownLanguageException naming a few of the codes there are */
    public CorpusLanguage language(String code) {
        CorpusLanguage language = languages.get(code);
        if (language == null) {
            throw new UnknownLanguageException("unknown language '" + code + "' in " + source + "; it has "
                    + languages.size() + " languages: " + sample(codes()));
        }
        return language;
    }

    /** The same corpus without the languages marked partial. */
    public ParallelCorpus withoutPartial() {
        return new ParallelCorpus(source, languages.values().stream().filter(l -> !l.partial()).toList());
    }

    /** The given languages, in the corpus's order. @throws UnknownLanguageException for a code it lacks */
    public ParallelCorpus select(Collection<String> codes) {
        codes.forEach(this::language);
        return new ParallelCorpus(source, languages.values().stream().filter(l -> codes.contains(l.code())).toList());
    }

    /** True when every language has the same segment ids in the same order. */
    public boolean isAligned() {
        return misalignment() == null;
    }

    /** @throws MisalignedCorpusException saying which languages differ and where */
    public void requireAligned() {
        String problem = misalignment();
        if (problem != null) {
            throw new MisalignedCorpusException(source + " is not aligned: " + problem
                    + "; use whole-document mode to compare whole texts only");
        }
    }

    private String misalignment() {
        CorpusLanguage first = languages.values().iterator().next();
        List<String> expected = ids(first);
        for (CorpusLanguage other : languages.values()) {
            List<String> ids = ids(other);
            if (ids.equals(expected)) {
                continue;
            }
            if (ids.size() != expected.size()) {
                return first.code() + " has " + expected.size() + " segments, " + other.code() + " has " + ids.size();
            }
            int i = 0;
            while (ids.get(i).equals(expected.get(i))) {
                i++;
            }
            return "segment " + (i + 1) + " is '" + expected.get(i) + "' in " + first.code() + " but '" + ids.get(i)
                    + "' in " + other.code();
        }
        return null;
    }

    private static List<String> ids(CorpusLanguage language) {
        List<String> ids = new ArrayList<>(language.segmentCount());
        language.segments().forEach(s -> ids.add(s.id()));
        return ids;
    }

    /** At most eight codes, so a message about a 500-language corpus stays one readable line. */
    static String sample(List<String> codes) {
        return codes.size() <= 8 ? String.join(", ", codes) : String.join(", ", codes.subList(0, 8)) + ", ...";
    }
}
