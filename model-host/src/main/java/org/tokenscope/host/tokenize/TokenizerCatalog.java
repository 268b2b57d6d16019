package org.tokenscope.host.tokenize;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Resolves the tokenizer names used on the command line and in comparison tables. */
public final class TokenizerCatalog {
    /** The tokenizer of the loaded model. */
    public static final String MODEL = "model";
    /** Alias of {@code codepoints}. */
    public static final String CHARS = "chars";

    /** Built-in tokenizers are immutable and the tiktoken ones take a few hundred ms to load, so share them. */
    private static final Map<String, Tokenizer> BUILT_IN = new ConcurrentHashMap<>();

    private TokenizerCatalog() {}

    /** Built-in names, in display order; {@link #MODEL} and tokenizer.json paths are accepted as well. */
    public static List<String> names() {
        List<String> names = new ArrayList<>(TiktokenTokenizer.names());
        names.add(ByteTokenizer.NAME);
        names.add(CodePointTokenizer.NAME);
        names.add(CHARS);
        return List.copyOf(names);
    }

    /**
     * A built-in tokenizer, {@code model} for {@code modelTokenizerOrNull}, or the {@code tokenizer.json}
     * at a path (a fresh {@link HfTokenizer} each time, which the caller may close).
     *
     * @throws IllegalArgumentException for a name that is none of these, listing the valid names
     * @throws TokenizerException for a tokenizer.json path that is missing or malformed
     */
    public static Tokenizer byName(String name, Path modelTokenizerOrNull) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("no tokenizer name given; " + validNames());
        }
        String key = name.strip();
        if (key.equals(CHARS)) {
            key = CodePointTokenizer.NAME;
        }
        if (TiktokenTokenizer.names().contains(key)) {
            return BUILT_IN.computeIfAbsent(key, TiktokenTokenizer::load);
        }
        if (key.equals(ByteTokenizer.NAME)) {
            return BUILT_IN.computeIfAbsent(key, k -> new ByteTokenizer());
        }
        if (key.equals(CodePointTokenizer.NAME)) {
            return BUILT_IN.computeIfAbsent(key, k -> new CodePointTokenizer());
        }
        if (key.equals(MODEL)) {
            if (modelTokenizerOrNull == null) {
                throw new IllegalArgumentException("'model' needs a loaded model with a tokenizer.json; " + validNames());
            }
            return HfTokenizer.load(modelTokenizerOrNull);
        }
        Path path = asPath(key);
        if (path != null) {
            return HfTokenizer.load(path);
        }
        throw new IllegalArgumentException("unknown tokenizer '" + name + "'; " + validNames());
    }

    /** A name that looks like a path is one, so that a mistyped path reports the missing file. */
    private static Path asPath(String name) {
        try {
            Path path = Path.of(name);
            boolean looksLikePath = name.endsWith(".json") || name.contains("/") || name.contains(File.separator);
            return looksLikePath || Files.exists(path) ? path : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static String validNames() {
        return "valid names: " + String.join(", ", names()) + ", " + MODEL + ", or a path to a tokenizer.json";
    }
}
