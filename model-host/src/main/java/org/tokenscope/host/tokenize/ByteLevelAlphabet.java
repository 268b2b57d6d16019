package org.tokenscope.host.tokenize;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The inverse of GPT-2's {@code bytes_to_unicode}: byte-level vocabularies store every byte as a printable
 * character (space is {@code Ġ}, newline {@code Ċ}), and this turns such a vocabulary string back into the
 * bytes it stands for.
 */
final class ByteLevelAlphabet {
    /** Byte for each character of the alphabet, -1 for characters outside it. */
    private static final int[] BYTE_OF_CHAR = new int[256 + 68];

    static {
        java.util.Arrays.fill(BYTE_OF_CHAR, -1);
        int shifted = 0;
        for (int b = 0; b < 256; b++) {
            if (isPrintable(b)) {
                BYTE_OF_CHAR[b] = b;
            } else {
                BYTE_OF_CHAR[256 + shifted++] = b;
            }
        }
    }

    private ByteLevelAlphabet() {}

    private static boolean isPrintable(int b) {
        return (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
    }

    /**
     * Bytes of a byte-level vocabulary string. A character outside the alphabet is kept as its own UTF-8,
     * since such a string was not produced by the byte-level mapping (some vocabularies carry added tokens).
     */
    static byte[] toBytes(String token) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(token.length());
        for (int i = 0; i < token.length(); ) {
            int cp = token.codePointAt(i);
            int b = cp < BYTE_OF_CHAR.length ? BYTE_OF_CHAR[cp] : -1;
            if (b >= 0) {
                out.write(b);
            } else {
                out.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
            }
            i += Character.charCount(cp);
        }
        return out.toByteArray();
    }
}
