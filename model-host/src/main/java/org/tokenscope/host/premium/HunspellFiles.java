package org.tokenscope.host.premium;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Reads lexicon files as lines in the charset the Hunspell {@code SET} line names (UTF-8 for word lists). */
final class HunspellFiles {
    private HunspellFiles() {
    }

    static byte[] bytes(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length == 0) {
                throw new LexiconException("lexicon file " + file + " is empty");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new LexiconException("lexicon file not found: " + file.toAbsolutePath(), e);
        } catch (IOException e) {
            throw new LexiconException("cannot read lexicon " + file + ": " + e.getMessage(), e);
        }
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
