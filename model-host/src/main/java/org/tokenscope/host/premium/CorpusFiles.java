package org.tokenscope.host.premium;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads corpus files as strict UTF-8, turning every failure into a one-line {@link CorpusException}. */
final class CorpusFiles {
    private CorpusFiles() {
    }

    /**
     * The whole file; malformed UTF-8 is refused rather than replaced, because a replaced byte would
     * silently change the counts. A leading byte-order mark is dropped.
     *
     * @throws CorpusException when the file is missing, unreadable, not UTF-8, or empty
     */
    static String read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CorpusException("corpus file not found: " + file.toAbsolutePath(), e);
        } catch (IOException e) {
            throw new CorpusException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (bytes.length == 0) {
            throw new CorpusException(file + " is empty");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new CorpusException(file + " is not UTF-8 text; convert it to UTF-8 first", e);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
