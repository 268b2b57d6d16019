package org.tokenscope.host.premium;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.tokenscope.host.io.BoundedFiles;
import org.tokenscope.host.io.UnusableFileException;

/** Reads lexicon files as lines in the charset the Hunspell {@code SET} line names (UTF-8 for word lists). */
final class HunspellFiles {
    private HunspellFiles() {
    }

    /**
     * The bytes of a lexicon file: a regular file of at most {@link BoundedFiles#LEXICON_FILE_LIMIT}, not empty, and
     * not UTF-16 or UTF-32 (Hunspell reads neither). The charset is the {@code SET} line's, so UTF-8 is not required.
     */
    static byte[] bytes(Path file) {
        byte[] bytes;
        try {
            bytes = BoundedFiles.readBytes(file, "lexicon file", BoundedFiles.LEXICON_FILE_LIMIT);
        } catch (UnusableFileException e) {
            throw new LexiconException(e.getMessage(), e);
        }
        if (bytes.length == 0) {
            throw new LexiconException("lexicon file " + file + " is empty");
        }
        if (startsWithUtf16Or32Mark(bytes)) {
            try {
                BoundedFiles.decodeUtf8(bytes, file.toString()); // the one rule's message
            } catch (UnusableFileException e) {
                throw new LexiconException(e.getMessage(), e);
            }
        }
        return bytes;
    }

    private static boolean startsWithUtf16Or32Mark(byte[] b) {
        int b0 = b[0] & 0xFF;
        int b1 = b.length > 1 ? b[1] & 0xFF : -1;
        return (b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)
                || (b.length >= 4 && b0 == 0 && b1 == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF);
    }

    /** The {@code SET} charset of an .aff file; Hunspell's default is ISO-8859-1. */
    static Charset charsetOf(Path aff, byte[] affBytes) {
        // SET is ASCII, so reading the header as Latin-1 is safe whatever the real charset is.
        for (String line : new String(affBytes, StandardCharsets.ISO_8859_1).split("\r?\n")) {
            String[] fields = line.strip().split("\\s+");
            if (fields.length >= 2 && fields[0].equals("SET")) {
                return charset(aff, fields[1]);
            }
        }
        return StandardCharsets.ISO_8859_1;
    }

    /** Hunspell spells some charsets its own way ({@code ISO8859-9}, {@code microsoft-cp1251}). */
    private static Charset charset(Path aff, String name) {
        String javaName = name.toUpperCase(Locale.ROOT)
                .replaceFirst("^ISO8859-(\\d+)$", "ISO-8859-$1")
                .replaceFirst("^MICROSOFT-CP(\\d+)$", "windows-$1");
        try {
            return Charset.forName(javaName);
        } catch (IllegalArgumentException e) {
            throw new LexiconException(aff + " uses charset " + name + ", which this Java runtime does not know", e);
        }
    }

    static List<String> lines(byte[] bytes, Charset charset) {
        return linesOf(new String(bytes, charset));
    }

    /** Word lists are UTF-8 today; older ones (e.g. some wngerman releases) are Latin-1. */
    static List<String> wordListLines(byte[] bytes) {
        try {
            return linesOf(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return lines(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private static List<String> linesOf(String text) {
        return (text.startsWith("\uFEFF") ? text.substring(1) : text).lines().toList();
    }
}
