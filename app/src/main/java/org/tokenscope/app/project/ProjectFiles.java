package org.tokenscope.app.project;

import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads and writes {@code *.tokenscope.json} files: parse, migrate, map; and atomic, pretty-printed saves. */
public final class ProjectFiles {
    public static final String EXTENSION = ".tokenscope.json";

    /** Duplicate keys and trailing garbage are errors: both mean the file is not what it claims to be. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

    private ProjectFiles() {
    }

    /** Reads a project file; a {@link ProjectException} with a one-line reason when it cannot be used. */
    public static Project read(Path file) {
        return load(file).project();
    }

    /** A project as read, with the stamp of the bytes it was read from (to notice later changes on disk). */
    public record Loaded(Project project, FileStamp stamp) {
    }

    /** Reads a project file and remembers what the file looked like; a {@link ProjectException} as {@link #read}. */
    public static Loaded load(Path file) {
        byte[] bytes;
        FileStamp stamp;
        try {
            // Bounded: a device or a huge file as a project is refused with its size, not read until memory runs out.
            bytes = TextFiles.readBytes(file, "project file", org.tokenscope.host.io.BoundedFiles.PROJECT_FILE_LIMIT);
            stamp = FileStamp.of(file, bytes);
        } catch (NoSuchFileException e) {
            throw new ProjectException("project file not found: " + file);
        } catch (IOException e) {
            throw new ProjectException("cannot read " + file + ": " + IoReasons.of(e), e);
        }
        return new Loaded(parse(bytes, String.valueOf(file.getFileName())), stamp);
    }

    /** Parses the bytes of a project file called {@code name} (used in messages). */
    public static Project parse(byte[] bytes, String name) {
        String text = TextFiles.strictUtf8(bytes, name);
        if (text.isBlank()) {
            throw new ProjectException(name + " is empty: it holds no project");
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            if (endsEarly(e)) {
                throw new ProjectException(name + " is truncated: the JSON ends early" + where(e.getLocation())
                        + "; it may have been cut off while being copied or saved", e);
            }
            throw new ProjectException(name + " is not valid JSON" + where(e.getLocation()) + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse(""), e);
        }
        if (!(tree instanceof ObjectNode root)) {
            throw new ProjectException(name + " is not a Tokenscope project: expected a JSON object, found "
                    + ProjectCodec.kind(tree));
        }
        return ProjectCodec.fromTree(ProjectMigrations.migrate(root, name), name);
    }

    /** The file's bytes: UTF-8, two-space indents, a final newline. */
    public static byte[] toBytes(Project project) {
        try {
            return (WRITER.writeValueAsString(ProjectCodec.toTree(project)) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a tree of plain nodes always serialises
        }
    }

    /**
     * Saves atomically: {@code file} holds the old project or the new one, never a mix (a symbolic link is
     * written through to its target). Returns the stamp of what was written.
     */
    public static FileStamp write(Project project, Path file) {
        byte[] bytes = toBytes(project);
        try {
            AtomicFile.write(file, bytes);
        } catch (IOException e) {
            throw new ProjectException("cannot save " + file + ": " + e.getMessage()
                    + " (the previous version of the file is unchanged)", e);
        }
        try {
            return FileStamp.of(file, bytes);
        } catch (IOException e) {
            return FileStamp.UNKNOWN; // written, but gone or unreadable at once: the next save asks
        }
    }

    /** {@code name} with the project extension added when it has none. */
    public static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(EXTENSION)) {
            return file;
        }
        String stem = name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
        return file.resolveSibling(stem + EXTENSION);
    }

    /** The parser ran out of text, rather than meeting a wrong character: the file was cut short. */
    private static boolean endsEarly(JsonProcessingException e) {
        // Jackson reports a cut inside a string as JsonEOFException, a cut between entries only in the message.
        return e instanceof JsonEOFException || String.valueOf(e.getOriginalMessage()).contains("end-of-input");
    }

    private static String where(JsonLocation at) {
        return at == null || at.getLineNr() < 0 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }
}
