package org.tokenscope.host.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.tokenscope.host.io.BoundedFiles;

/**
 * SHA-256 of files, hashed once per (path, size, modification time): opening a 2 GB model a second time,
 * in this run or a later one, reads no weights. Digests are kept in memory and in a small tab-separated
 * file in the user's cache folder (one appended line per new digest, so concurrent runs do not clash);
 * a changed size or time makes a new key, so an edited file is hashed again.
 */
public final class FileDigests {
    private static final Map<String, String> MEMORY = new ConcurrentHashMap<>();
    private static final AtomicLong HASHED = new AtomicLong();
    private static volatile boolean diskLoaded;

    private FileDigests() {
    }

    /** Hex SHA-256 of a file's bytes, from the cache when the file is unchanged. */
    public static String sha256(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        String key = key(abs);
        loadDisk();
        String known = MEMORY.get(key);
        if (known != null) {
            return known;
        }
        String digest = hash(abs);
        HASHED.incrementAndGet();
        MEMORY.put(key, digest);
        saveDisk(key, digest);
        return digest;
    }

    /** SHA-256 (hex) of a string, e.g. of a manifest of file digests. */
    static String sha256(String text) {
        return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** How many files this process has read to hash (not served from the cache): for tests and logs. */
    public static long filesHashed() {
        return HASHED.get();
    }

    private static String key(Path abs) {
        try {
            BasicFileAttributes a = Files.readAttributes(abs, BasicFileAttributes.class);
            if (!a.isRegularFile()) {
                throw new ModelException("not a regular file: " + abs);
            }
            return abs + "\t" + a.size() + "\t" + a.lastModifiedTime().toMillis();
        } catch (IOException e) {
            throw new ModelException("cannot read " + abs + ": " + BoundedFiles.reason(e), e);
        }
    }

    private static String hash(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = digest();
            byte[] buf = new byte[1 << 20];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new ModelException("cannot read " + file + ": " + BoundedFiles.reason(e), e);
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cache file, or null when disabled ({@code -Dtokenscope.digestCache=off}, as tests of hashing do). */
    private static Path diskFile() {
        String setting = System.getProperty("tokenscope.digestCache");
        if ("off".equals(setting)) {
            return null;
        }
        return setting != null && !setting.isBlank() ? Path.of(setting) : DemoModel.cacheRoot().resolve("digests.tsv");
    }

    private static synchronized void loadDisk() {
        if (diskLoaded) {
            return;
        }
        diskLoaded = true;
        Path f = diskFile();
        if (f == null || !Files.isRegularFile(f)) {
            return;
        }
        try {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            for (String line : lines) {
                int cut = line.lastIndexOf('\t');
                String digest = cut < 0 ? "" : line.substring(cut + 1);
                if (digest.length() == 64 && digest.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                    MEMORY.putIfAbsent(line.substring(0, cut), digest);
                }
            }
        } catch (IOException | RuntimeException e) {
            // A cache that cannot be read only costs a re-hash.
        }
    }

    private static void saveDisk(String key, String digest) {
        Path f = diskFile();
        if (f == null) {
            return;
        }
        try {
            Files.createDirectories(f.toAbsolutePath().getParent());
            Files.writeString(f, key + "\t" + digest + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException e) {
            // Not being able to remember a digest only costs a re-hash next time.
        }
    }
}
