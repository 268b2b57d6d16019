package org.tokenscope.views.premium;

import java.nio.file.Path;
import java.util.Objects;
import org.tokenscope.host.tokenize.HfTokenizer;
import org.tokenscope.host.tokenize.Tokenizer;
import org.tokenscope.host.tokenize.TokenizerCatalog;
import org.tokenscope.host.tokenize.TokenizerException;

/**
 * One tokenizer column of the comparison: a built-in name ({@code r50k}, {@code cl100k}, {@code bytes} ...),
 * {@link TokenizerCatalog#MODEL} for the hosted model's own tokenizer, or a {@code tokenizer.json} the user
 * added. Saved in the project as {@link #key()}, which is also what the command line's {@code --tokenizers} takes.
 *
 * @param name the column name: the built-in name, {@code model}, or the file's default name
 * @param file the tokenizer.json, null for built-ins and the model
 */
public record TokenizerSpec(String name, Path file) {

    public TokenizerSpec {
        Objects.requireNonNull(name, "name");
    }

    public static TokenizerSpec builtIn(String name) {
        return new TokenizerSpec(name, null);
    }

    public static TokenizerSpec model() {
        return new TokenizerSpec(TokenizerCatalog.MODEL, null);
    }

    public static TokenizerSpec file(Path tokenizerJson) {
        return new TokenizerSpec(HfTokenizer.defaultName(tokenizerJson), tokenizerJson);
    }

    /** Reads {@link #key()} back: a path for a file, else a built-in name or {@code model}. */
    public static TokenizerSpec parse(String key) {
        String k = key.strip();
        if (k.equals(TokenizerCatalog.MODEL) || TokenizerCatalog.names().contains(k)) {
            return new TokenizerSpec(k, null);
        }
        return file(Path.of(k));
    }

    public boolean isModel() {
        return file == null && name.equals(TokenizerCatalog.MODEL);
    }

    /** The project-file and command-line form. */
    public String key() {
        return file != null ? file.toString() : name;
    }

    /**
     * Loads the tokenizer. The model's comes from its {@code tokenizer.json} ({@code modelTokenizer}), named
     * {@code model} as on the command line; files get a fresh {@link HfTokenizer} the caller closes.
     *
     * @throws TokenizerException with a one-line message for a file that is missing or malformed, or for
     *         {@code model} when no model with a tokenizer.json is loaded
     * @throws IllegalArgumentException for an unknown built-in name
     */
    public Tokenizer load(Path modelTokenizer) {
        if (isModel()) {
            if (modelTokenizer == null) {
                throw new TokenizerException("no model with a tokenizer.json is loaded, so 'model' cannot be compared");
            }
            return HfTokenizer.load(modelTokenizer, TokenizerCatalog.MODEL);
        }
        if (file != null) {
            return HfTokenizer.load(file, name);
        }
        return TokenizerCatalog.byName(name, null);
    }
}
