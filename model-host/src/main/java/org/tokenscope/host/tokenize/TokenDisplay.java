package org.tokenscope.host.tokenize;

/**
 * Turns a token's bytes into a string that is never empty and never invisible, so that tables of tokens
 * show every token, including whitespace and the partial UTF-8 bytes of byte-level vocabularies.
 */
public final class TokenDisplay {
    /** Shown for a token with no bytes, so that a cell is never blank. */
    public static final String EMPTY = "∅";

    private TokenDisplay() {}

    /**
     * The special text as is when there is one; otherwise the bytes decoded strictly as UTF-8, with bytes
     * outside a complete valid sequence shown one by one as {@code <0xE2>}, and spaces, line breaks, tabs and
     * other control characters replaced by visible marks.
     */
    public static String visible(byte[] tokenBytes, String specialText) {
        if (specialText != null) {
            return specialText.isEmpty() ? EMPTY : specialText;
        }
        if (tokenBytes == null || tokenBytes.length == 0) {
            return EMPTY;
        }
        StringBuilder out = new StringBuilder(tokenBytes.length + 8);
        int i = 0;
        while (i < tokenBytes.length) {
            int length = validSequenceLength(tokenBytes, i);
            if (length == 0) {
                appendHex(out, tokenBytes[i]);
                i++;
            } else {
                appendCodePoint(out, decode(tokenBytes, i, length), tokenBytes, i, length);
                i += length;
            }
        }
        return out.toString();
    }

    /**
     * Length of the well-formed UTF-8 sequence starting at {@code at} (Unicode table 3-7), or 0 when the byte
     * there does not start one. Strict on purpose: overlong forms and surrogates are shown as raw bytes
     * rather than silently decoded, because they are exactly what a byte-level token table should reveal.
     */
    private static int validSequenceLength(byte[] b, int at) {
        int lead = b[at] & 0xFF;
        if (lead < 0x80) {
            return 1;
        }
        int length;
        int secondLow = 0x80;
        int secondHigh = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0) {
                secondLow = 0xA0;
            } else if (lead == 0xED) {
                secondHigh = 0x9F;
            }
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0) {
                secondLow = 0x90;
            } else if (lead == 0xF4) {
                secondHigh = 0x8F;
            }
        } else {
            return 0;
        }
        if (at + length > b.length) {
            return 0;
        }
        int second = b[at + 1] & 0xFF;
        if (second < secondLow || second > secondHigh) {
            return 0;
        }
        for (int k = 2; k < length; k++) {
            int next = b[at + k] & 0xFF;
            if (next < 0x80 || next > 0xBF) {
                return 0;
            }
        }
        return length;
    }

    private static int decode(byte[] b, int at, int length) {
        int lead = b[at] & 0xFF;
        if (length == 1) {
            return lead;
        }
        int cp = lead & (0xFF >> (length + 1));
        for (int k = 1; k < length; k++) {
            cp = (cp << 6) | (b[at + k] & 0x3F);
        }
        return cp;
    }

    private static void appendCodePoint(StringBuilder out, int cp, byte[] b, int at, int length) {
        switch (cp) {
            case ' ' -> out.append('␣');
            case '\n' -> out.append('↵');
            case '\r' -> out.append('⏎');
            case '\t' -> out.append('⇥');
            default -> {
                if (Character.getType(cp) == Character.CONTROL) {
                    // Bytes rather than the code point, so C1 controls read the same as the raw-byte form.
                    for (int k = 0; k < length; k++) {
                        appendHex(out, b[at + k]);
                    }
                } else {
                    out.appendCodePoint(cp);
                }
            }
        }
    }

    private static void appendHex(StringBuilder out, byte value) {
        out.append(String.format("<0x%02X>", value & 0xFF));
    }
}
