package org.tokenscope.host.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The embedded Austen demo model. ONNX Runtime loads models from files, so the first use copies the
 * folder out of the resources jar into the user's cache, keyed by the model's SHA-256.
 */
public final class DemoModel {
    private static final String PREFIX = "org/tokenscope/resources/demo/";
    static final List<String> FILES = List.of("model.onnx", "tokenizer.json", "tokenizer_config.json", "config.json",
            "generation_config.json", "weights.safetensors", "MODEL_CARD.md", "austen-train.txt.gz",
            "austen-heldout.txt.gz");
    private static Path folder;

    private DemoModel() {
    }

    /** The extracted folder, created on first call. */
    public static synchronized Path folder() {
        if (folder != null && Files.isRegularFile(folder.resolve("model.onnx"))) {
            return folder;
        }
        String sha = sha256OfResource("model.onnx");
        Path dir = cacheRoot().resolve("demo-" + sha.substring(0, 16));
        try {
            if (!FILES.stream().allMatch(f -> Files.isRegularFile(dir.resolve(f)))) {
                Files.createDirectories(dir);
                for (String f : FILES) {
                    Path tmp = Files.createTempFile(dir, f, ".part");
                    try (InputStream in = open(f)) {
                        Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                    }
                    Files.move(tmp, dir.resolve(f), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } catch (IOException e) {
            throw new ModelException("cannot unpack the embedded demo model into " + dir + ": " + e.getMessage(), e);
        }
        folder = dir;
        return dir;
    }

    /** Loads the demo model with the given thread count. */
    public static OnnxLanguageModel load(int threads) {
        return OnnxLanguageModel.load(ModelFolder.open(folder()), threads);
    }

    public static OnnxLanguageModel load() {
        return load(CpuInfo.physicalCores());
    }

    /** A bundled resource of the demo folder as a stream (e.g. the corpus). */
    public static InputStream open(String file) throws IOException {
        InputStream in = DemoModel.class.getClassLoader().getResourceAsStream(PREFIX + file);
        if (in == null) {
            throw new IOException("the embedded demo model is missing " + file + " (the resources jar is incomplete)");
        }
        return in;
    }

    static Path cacheRoot() {
        String override = System.getenv("TOKENSCOPE_CACHE");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        // The XDG base directory spec says a relative value is to be ignored.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("tokenscope");
    }

    private static String sha256OfResource(String file) {
        try (InputStream in = open(file);
                DigestInputStream d = new DigestInputStream(in, MessageDigest.getInstance("SHA-256"))) {
            d.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(d.getMessageDigest().digest());
        } catch (IOException e) {
            throw new ModelException(e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
