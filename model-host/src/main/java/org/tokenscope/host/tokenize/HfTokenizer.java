package org.tokenscope.host.tokenize;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

/**
 * A Hugging Face {@code tokenizer.json} run by DJL's bundled Rust tokenizers library. DJL does the encoding
 * (normalizers, pre-tokenizers and merges are too many to reimplement); the vocabulary strings, added
 * tokens and byte mapping come from reading the file directly, since DJL does not expose them.
 */
public final class HfTokenizer implements Tokenizer, AutoCloseable {

    static {
        // DJL extracts its native library from the jar into ~/.djl.ai; offline mode stops it from ever
        // trying to download one. A value set by the application wins.
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
    }

    private static final String FILE_NAME = "tokenizer.json";

    private final String name;
    private final TokenizerJson json;
    private final HuggingFaceTokenizer djl;

    private HfTokenizer(String name, TokenizerJson json, HuggingFaceTokenizer djl) {
        this.name = name;
        this.json = json;
        this.djl = djl;
    }

    /** Loads a {@code tokenizer.json} file (or the one inside a folder), named by {@link #defaultName}. */
    public static HfTokenizer load(Path fileOrFolder) {
        Path file = Files.isDirectory(fileOrFolder) ? fileOrFolder.resolve(FILE_NAME) : fileOrFolder;
        return load(file, defaultName(file));
    }

    public static HfTokenizer load(Path file, String name) {
        if (!Files.isRegularFile(file)) {
            throw new TokenizerException("tokenizer file not found: " + file.toAbsolutePath());
        }
        TokenizerJson json = TokenizerJson.read(file);
        try {
            // DJL's defaults truncate to 512 tokens and pad: wrong for counting and inspecting whole texts.
            HuggingFaceTokenizer djl = HuggingFaceTokenizer.builder()
                    .optTokenizerPath(file)
                    .optAddSpecialTokens(false)
                    .optTruncation(false)
                    .optPadding(false)
                    .build();
            return new HfTokenizer(name, json, djl);
        } catch (IOException | RuntimeException e) {
            throw new TokenizerException("cannot load " + file + ": " + TokenizerException.firstLine(e), e);
        }
    }

    /** The file stem, or the folder name for a file called {@code tokenizer.json} (which says nothing). */
    public static String defaultName(Path file) {
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String stem = fileName.endsWith(".json") ? fileName.substring(0, fileName.length() - 5) : fileName;
        Path parent = file.toAbsolutePath().normalize().getParent();
        if (stem.equals("tokenizer") && parent != null && parent.getFileName() != null) {
            return parent.getFileName().toString();
        }
        return stem;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int vocabSize() {
        return json.vocabSize;
    }

    /** DJL's char spans are already code point offsets: the Rust library counts Unicode scalar values. */
    @Override
    public Encoding encode(String text) {
        ai.djl.huggingface.tokenizers.Encoding encoded = djl.encode(text);
        long[] longIds = encoded.getIds();
        CharSpan[] spans = encoded.getCharTokenSpans();
        int length = text.codePointCount(0, text.length());
        int[] ids = new int[longIds.length];
        int[] starts = new int[longIds.length];
        int[] ends = new int[longIds.length];
        int previousEnd = 0;
        for (int i = 0; i < ids.length; i++) {
            ids[i] = Math.toIntExact(longIds[i]);
            CharSpan span = spans != null && i < spans.length ? spans[i] : null;
            // A token with no span (none seen without post-processing, but DJL allows it) sits where the last ended.
            starts[i] = span == null ? previousEnd : clamp(span.getStart(), length);
            ends[i] = span == null ? previousEnd : Math.max(starts[i], clamp(span.getEnd(), length));
            previousEnd = ends[i];
        }
        return new Encoding(ids, starts, ends);
    }

    /**
     * Byte-level ids are joined as bytes and then decoded, so a character split over tokens comes back whole;
     * other styles go through the file's own decoder (byte fallback, {@code ▁} handling) with specials kept.
     */
    @Override
    public String decode(int[] ids) {
        if (json.style == TokenizerJson.Style.BYTE_LEVEL) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(ids.length * 4);
            for (int id : ids) {
                bytes.writeBytes(tokenBytes(id));
            }
            return bytes.toString(StandardCharsets.UTF_8);
        }
        long[] longIds = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            checkId(ids[i]);
            longIds[i] = ids[i];
        }
        return djl.decode(longIds, false);
    }

    /** Text of this token alone, from its bytes: a lone partial byte gives U+FFFD, a special its content. */
    @Override
    public String tokenText(int id) {
        checkId(id);
        if (json.added[id]) {
            return json.tokens[id];
        }
        return new String(tokenBytes(id), StandardCharsets.UTF_8);
    }

    /** Empty for ids that no vocabulary entry has. */
    @Override
    public byte[] tokenBytes(int id) {
        checkId(id);
        String token = json.tokens[id];
        if (token == null) {
            return new byte[0];
        }
        if (json.added[id]) {
            return token.getBytes(StandardCharsets.UTF_8); // added tokens are matched and decoded verbatim
        }
        if (json.style == TokenizerJson.Style.BYTE_LEVEL) {
            return ByteLevelAlphabet.toBytes(token);
        }
        if (isByteFallback(token)) {
            return new byte[] {(byte) Integer.parseInt(token.substring(3, 5), 16)};
        }
        if (json.style == TokenizerJson.Style.METASPACE) {
            token = token.replace(TokenizerJson.METASPACE_CHAR, ' ');
        }
        return token.getBytes(StandardCharsets.UTF_8);
    }

    /** The special tokens the file's post-processor adds around a text (none for most byte-level files). */
    public SpecialTokenTemplate template() {
        return json.template;
    }

    @Override
    public boolean isSpecial(int id) {
        return id >= 0 && id < json.vocabSize && json.special[id];
    }

    @Override
    public OptionalInt tokenId(String token) {
        Integer id = json.idsByToken.get(token);
        return id == null ? OptionalInt.empty() : OptionalInt.of(id);
    }

    /** Frees the native tokenizer now rather than at garbage collection. */
    @Override
    public void close() {
        djl.close();
    }

    @Override
    public String toString() {
        return "HfTokenizer[" + name + ", " + json.style + ", " + json.vocabSize + " ids]";
    }

    private static boolean isByteFallback(String token) {
        return token.length() == 6 && token.startsWith("<0x") && token.endsWith(">")
                && Character.digit(token.charAt(3), 16) >= 0 && Character.digit(token.charAt(4), 16) >= 0;
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(value, max));
    }

    private void checkId(int id) {
        if (id < 0 || id >= json.vocabSize) {
            throw new IllegalArgumentException(name + " ids are 0.." + (json.vocabSize - 1) + ", got " + id);
        }
    }
}
