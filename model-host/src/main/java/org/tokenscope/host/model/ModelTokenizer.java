package org.tokenscope.host.model;

import java.nio.file.Path;
import java.util.List;
import org.tokenscope.host.tokenize.HfTokenizer;
import org.tokenscope.host.tokenize.Tokenizer;

/** Loads a folder's tokenizer.json, turning its absence or failure into a load warning, not an error. */
final class ModelTokenizer {
    private ModelTokenizer() {
    }

    static Tokenizer load(ModelFolder folder, List<String> warnings) {
        if (folder.tokenizerJson().isEmpty()) {
            warnings.add("no tokenizer.json in " + folder.dir()
                    + ": token ids can be fed, but text cannot be encoded or decoded");
            return null;
        }
        Path file = folder.tokenizerJson().get();
        try {
            return HfTokenizer.load(file);
        } catch (RuntimeException e) {
            warnings.add("tokenizer.json could not be loaded (" + e.getMessage()
                    + "): token ids can be fed, but text cannot be encoded or decoded");
            return null;
        }
    }
}
