package org.tokenscope.host.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.tokenscope.host.io.BoundedFiles;

/**
 * A model folder as Hugging Face Optimum, transformers.js-style repositories and onnxruntime-genai write
 * it: which ONNX files it offers, which one is chosen, and the JSON configs beside them. Reading the
 * folder never opens a session; {@link OnnxLanguageModel} does that.
 */
public final class ModelFolder {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One loadable ONNX file of the folder, e.g. the fp32, fp16 or quantized export. */
    public record Variant(String label, Path file) {
    }

    private final Path dir;
    private final List<Variant> variants;
    private final Variant chosen;
    private final JsonNode config;
    private final JsonNode genaiConfig;
    private final JsonNode generationConfig;
    private final JsonNode tokenizerConfig;
    private final Path tokenizerJson;

    private ModelFolder(Path dir, List<Variant> variants, Variant chosen) {
        this.dir = dir;
        this.variants = List.copyOf(variants);
        this.chosen = chosen;
        this.config = readJson(dir.resolve("config.json"));
        this.genaiConfig = readJson(dir.resolve("genai_config.json"));
        this.generationConfig = readJson(dir.resolve("generation_config.json"));
        this.tokenizerConfig = readJson(dir.resolve("tokenizer_config.json"));
        Path tok = dir.resolve("tokenizer.json");
        this.tokenizerJson = Files.isRegularFile(tok) ? tok : null;
    }

    /** Opens a folder (or an .onnx file inside one) choosing the preferred variant. */
    public static ModelFolder open(Path path) {
        return open(path, null);
    }

    /** Opens a folder choosing the variant with the given label ({@code fp32}, {@code fp16}, ...) or file name. */
    public static ModelFolder open(Path path, String variant) {
        Path p = path.toAbsolutePath().normalize();
        if (!Files.exists(p)) {
            throw new ModelException("model folder not found: " + p);
        }
        if (Files.isRegularFile(p)) {
            if (!p.getFileName().toString().endsWith(".onnx")) {
                throw new ModelException("not an ONNX file or model folder: " + p);
            }
            Path dir = folderOf(p);
            Variant v = new Variant(labelOf(p.getFileName().toString()), p);
            return new ModelFolder(dir, List.of(v), v);
        }
        List<Variant> found = uniqueLabels(p, findVariants(p));
        if (found.isEmpty()) {
            throw new ModelException("no ONNX model in " + p
                    + ": expected model.onnx, decoder_model_merged.onnx, onnx/model*.onnx or the file named in genai_config.json");
        }
        Variant chosen = found.get(0);
        if (variant != null) {
            chosen = found.stream()
                    .filter(v -> v.label().equals(variant) || v.file().getFileName().toString().equals(variant)
                            || p.relativize(v.file()).toString().equals(variant))
                    .findFirst()
                    .orElseThrow(() -> new ModelException("no variant '" + variant + "' in " + p + "; available: "
                            + found.stream().map(v -> v.label() + " (" + p.relativize(v.file()) + ")").toList()));
        }
        return new ModelFolder(p, found, chosen);
    }

    /** Configs live beside the ONNX file, or one level up for the {@code onnx/} subfolder layout. */
    private static Path folderOf(Path onnxFile) {
        Path parent = onnxFile.getParent();
        if (parent.getFileName() != null && parent.getFileName().toString().equals("onnx")
                && !Files.exists(parent.resolve("config.json")) && !Files.exists(parent.resolve("tokenizer.json"))) {
            return parent.getParent();
        }
        return parent;
    }

    private static List<Variant> findVariants(Path dir) {
        List<Variant> result = new ArrayList<>();
        JsonNode genai = readJson(dir.resolve("genai_config.json"));
        if (genai != null) {
            String name = genai.path("model").path("decoder").path("filename").asText("");
            if (!name.isEmpty()) {
                Path f = inside(dir, name, "genai_config.json");
                if (!Files.isRegularFile(f)) {
                    throw new ModelException("genai_config.json names " + name + " but " + f + " does not exist");
                }
                result.add(new Variant(labelOf(name), f));
            }
        }
        for (Path sub : List.of(dir, dir.resolve("onnx"))) {
            if (!Files.isDirectory(sub)) {
                continue;
            }
            try (Stream<Path> files = Files.list(sub)) {
                files.filter(f -> Files.isRegularFile(f) && isCandidate(f.getFileName().toString()))
                        .sorted(Comparator.comparingInt((Path f) -> preference(f.getFileName().toString()))
                                .thenComparing(f -> f.getFileName().toString()))
                        .filter(f -> result.stream().noneMatch(v -> v.file().equals(f)))
                        .forEach(f -> result.add(new Variant(labelOf(f.getFileName().toString()), f)));
            } catch (IOException e) {
                throw new ModelException("cannot list " + sub + ": " + BoundedFiles.reason(e), e);
            }
        }
        return result;
    }

    /**
     * Every label names one file: the preferred file keeps the short label (fp32, q4...), later files with the
     * same label are named by their path, e.g. {@code decoder_model} beside a with-past decoder.
     */
    private static List<Variant> uniqueLabels(Path dir, List<Variant> variants) {
        List<Variant> out = new ArrayList<>();
        java.util.Set<String> used = new java.util.HashSet<>();
        for (Variant v : variants) {
            String label = v.label();
            if (used.contains(label)) {
                label = dir.relativize(v.file()).toString().replace('\\', '/').replaceFirst("\\.onnx$", "");
            }
            for (int n = 2; used.contains(label); n++) {
                label = v.label() + "#" + n;
            }
            used.add(label);
            out.add(new Variant(label, v.file()));
        }
        return out;
    }

    /**
     * A file a config names, resolved in the model's folder; refused when the name is absolute or climbs out
     * of it ({@code /etc/passwd}, {@code ../../x}). The check is on the name, so a file inside the folder may
     * still be a link elsewhere, as Hugging Face's cache makes them.
     */
    public static Path inside(Path dir, String name, String namedBy) {
        Path base = dir.toAbsolutePath().normalize();
        Path file;
        try {
            file = base.resolve(name).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            throw new ModelException(namedBy + " names a file that is no valid path: " + name);
        }
        if (Path.of(name).isAbsolute() || !file.startsWith(base) || file.equals(base)) {
            throw new ModelException(namedBy + " names " + name + ", which is outside the model folder " + base
                    + ": refused (every file a model folder names must be inside it)");
        }
        return file;
    }

    private static boolean isCandidate(String name) {
        // Encoders, tap copies written by ActivationTaps and without-past-only halves are not decoders to pick.
        return name.endsWith(".onnx") && !name.contains(".taps-") && !name.startsWith("encoder")
                && !name.startsWith("vision") && !name.startsWith("embed");
    }

    /**
     * Lower is preferred: merged decoders and plain fp32 files first. Of Optimum's split pair the with-past
     * decoder comes first: it runs with an empty past too, and decodes with the KV cache.
     */
    private static int preference(String name) {
        int base = name.startsWith("model") ? 0 : name.startsWith("decoder_model_merged") ? 1
                : name.startsWith("decoder_with_past") ? 2 : name.startsWith("decoder_model") ? 3 : 4;
        return base * 10 + switch (labelOf(name)) {
            case "fp32" -> 0;
            case "fp16" -> 1;
            default -> 2;
        };
    }

    /** Short label of a file name: fp32, fp16, quantized, q4, int8, ... */
    static String labelOf(String fileName) {
        String stem = fileName.replaceFirst("\\.onnx$", "");
        for (String tag : List.of("q4f16", "fp16", "quantized", "int8", "uint8", "q4", "bnb4", "bf16")) {
            if (stem.endsWith("_" + tag)) {
                String prefix = stem.substring(0, stem.length() - tag.length() - 1);
                return isDefaultStem(prefix) ? tag : prefix + "_" + tag;
            }
        }
        return isDefaultStem(stem) ? "fp32" : stem;
    }

    private static boolean isDefaultStem(String stem) {
        return stem.equals("model") || stem.equals("decoder_model_merged") || stem.equals("decoder_with_past_model")
                || stem.equals("decoder_model");
    }

    static JsonNode readJson(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new ModelException("malformed " + file.getFileName() + " in " + file.getParent() + ": "
                    + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    public Path dir() {
        return dir;
    }

    public List<Variant> variants() {
        return variants;
    }

    public Variant variant() {
        return chosen;
    }

    public Path onnxFile() {
        return chosen.file();
    }

    public Optional<Path> tokenizerJson() {
        return Optional.ofNullable(tokenizerJson);
    }

    /** config.json, or a missing node when absent. */
    public JsonNode config() {
        return orMissing(config);
    }

    public JsonNode genaiConfig() {
        return orMissing(genaiConfig);
    }

    public JsonNode generationConfig() {
        return orMissing(generationConfig);
    }

    public JsonNode tokenizerConfig() {
        return orMissing(tokenizerConfig);
    }

    /** Names of the JSON files present, in the order the host reads them. */
    public List<String> configFiles() {
        List<String> names = new ArrayList<>();
        if (config != null) names.add("config.json");
        if (genaiConfig != null) names.add("genai_config.json");
        if (generationConfig != null) names.add("generation_config.json");
        if (tokenizerConfig != null) names.add("tokenizer_config.json");
        if (tokenizerJson != null) names.add("tokenizer.json");
        return names;
    }

    private static JsonNode orMissing(JsonNode n) {
        return n == null ? JSON.missingNode() : n;
    }
}
