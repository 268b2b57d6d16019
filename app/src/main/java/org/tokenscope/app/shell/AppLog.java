package org.tokenscope.app.shell;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

/**
 * The window's log file, {@code tokenscope.log} in {@link AppDirs#state()}. java.util.logging's root logger gets
 * a handler that appends to it, so every {@code System.getLogger} call in the app and the engine lands there
 * (System.Logger goes to java.util.logging by default). Help › Log File shows where it is. The command line does
 * not install it: its output is the terminal.
 */
public final class AppLog {
    public static final String FILE_NAME = "tokenscope.log";
    /** A log bigger than this at start moves aside to {@code tokenscope.log.1}: one session's story, never a disk filler. */
    static final long ROTATE_BYTES = 2L << 20;
    private static Path installed;
    private static StreamHandler handler;

    private AppLog() {
    }

    /**
     * Starts logging to {@code dir}/{@value #FILE_NAME}; returns the file, or empty (with a line on stderr) when the
     * folder cannot be written, in which case the app runs on without a log. Idempotent.
     */
    public static synchronized Optional<Path> install(Path dir) {
        if (installed != null) {
            return Optional.of(installed);
        }
        Path file = dir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dir);
            if (Files.isRegularFile(file) && Files.size(file) > ROTATE_BYTES) {
                Files.move(file, dir.resolve(FILE_NAME + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            // A plain appending stream rather than FileHandler: FileHandler renames the file when a second window
            // holds its lock, and then Help would show the wrong path.
            handler = new FlushingHandler(new FileOutputStream(file.toFile(), true));
            Logger.getLogger("").addHandler(handler);
            installed = file;
            return Optional.of(file);
        } catch (IOException e) {
            System.err.println("tokenscope: no log file in " + dir + ": " + org.tokenscope.app.project.IoReasons.of(e));
            return Optional.empty();
        } catch (SecurityException e) {
            System.err.println("tokenscope: no log file in " + dir + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The log file in use, if {@link #install} succeeded. */
    public static synchronized Optional<Path> file() {
        return Optional.ofNullable(installed);
    }

    /** Writes each record through at once, so a crash leaves its last words in the file. */
    private static final class FlushingHandler extends StreamHandler {
        FlushingHandler(OutputStream out) {
            super(out, new OneLine());
            setLevel(Level.INFO);
            try {
                setEncoding("UTF-8");
            } catch (java.io.UnsupportedEncodingException e) {
                throw new IllegalStateException(e); // UTF-8 is always there
            }
        }

        @Override
        public synchronized void publish(LogRecord record) {
            super.publish(record);
            flush();
        }
    }

    /** "2025-01-31 14:02:03.123 INFO    ModelSession: message", then the stack trace if any. */
    static final class OneLine extends Formatter {
        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
                .withZone(ZoneId.systemDefault());

        @Override
        public String format(LogRecord r) {
            String name = r.getLoggerName() == null ? "" : r.getLoggerName();
            StringBuilder b = new StringBuilder()
                    .append(TIME.format(r.getInstant())).append(' ')
                    .append(String.format("%-7s", r.getLevel().getName())).append(' ')
                    .append(name.substring(name.lastIndexOf('.') + 1)).append(": ")
                    .append(formatMessage(r)).append(System.lineSeparator());
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                b.append(trace);
            }
            return b.toString();
        }
    }
}
