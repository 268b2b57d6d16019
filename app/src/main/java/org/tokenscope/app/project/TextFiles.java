package org.tokenscope.app.project;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/** Decoding of files users hand us: strict UTF-8, so a wrong encoding is reported instead of garbled. */
public final class TextFiles {
    private TextFiles() {
    }

    /** The text of {@code bytes}; a leading byte-order mark is dropped. */
    public static String strictUtf8(byte[] bytes, String name) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (MalformedInputException e) {
            throw new ProjectException(name + " is not valid UTF-8 (" + e.getInputLength()
                    + " bad byte(s)): save it as UTF-8 and try again", e);
        } catch (CharacterCodingException e) {
            throw new ProjectException(name + " is not valid UTF-8: save it as UTF-8 and try again", e);
        }
        return text.startsWith("\ufeff") ? text.substring(1) : text;
    }
}
