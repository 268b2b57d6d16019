package org.tokenscope.host.premium;

import java.nio.file.Path;
import org.tokenscope.host.io.BoundedFiles;
import org.tokenscope.host.io.UnusableFileException;

/** Reads corpus files as strict UTF-8, turning every failure into a one-line {@link CorpusException}. */
final class CorpusFiles {
    private CorpusFiles() {
    }

    /**
     * The whole file, by the rule of {@link BoundedFiles#decodeUtf8}: malformed UTF-8 is refused rather than
     * replaced, because a replaced byte would silently change the counts; a UTF-8 byte-order mark is dropped,
     * a UTF-16/32 one refused. Devices, pipes and files over {@link BoundedFiles#CORPUS_FILE_LIMIT} are refused.
     *
     * @throws CorpusException when the file is missing, not a regular file, too large, unreadable, not UTF-8, or empty
     */
    static String read(Path file) {
        String text;
        try {
            text = BoundedFiles.readUtf8(file, "corpus file", BoundedFiles.CORPUS_FILE_LIMIT);
        } catch (UnusableFileException e) {
            throw new CorpusException(e.getMessage(), e);
        }
        if (text.isEmpty()) {
            throw new CorpusException(file + " is empty");
        }
        return text;
    }
}
