package org.tokenscope.host.model;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tokenscope.host.tokenize.Tokenizer;

/** A decoder-only model run by ONNX Runtime on the CPU. Thread-safe: sessions are shared, caches are not. */
public final class OnnxLanguageModel implements LanguageModel {
    static final OrtEnvironment ENV = OrtEnvironment.getEnvironment();
    private static final int MAX_BATCH = 32;

    private final ModelFolder folder;
    private final OrtSession session;
    private final IoSignature sig;
    private final ModelConfig config;
    private final Tokenizer tokenizer;
    private final int width;
    private final int maskFrom;
    private final int threads;
    private final List<String> warnings;
    private final String name;
    private final TapSessions tapSessions;
    private volatile boolean batchWorks = true;
    private volatile String sha256;

    private OnnxLanguageModel(ModelFolder folder, int threads) {
        this.folder = folder;
        this.threads = threads;
        List<String> notes = new ArrayList<>();
        this.tokenizer = ModelTokenizer.load(folder, notes);
        this.config = ModelConfig.read(folder, s -> tokenizer == null ? java.util.OptionalInt.empty() : tokenizer.tokenId(s));
        this.session = SessionFactory.open(folder.onnxFile(), threads);
        try {
            this.sig = IoSignature.detect(specs(session.getInputInfo()), specs(session.getOutputInfo()), folder, config);
        } catch (OrtException | RuntimeException e) {
            closeQuietly();
            throw e instanceof ModelException m ? m : new ModelException("cannot read the graph signature of "
                    + folder.onnxFile().getFileName() + ": " + e.getMessage(), e);
        }
        this.width = sig.logitsWidth() > 0 ? (int) sig.logitsWidth() : config.configVocab() > 0 ? config.configVocab()
                : measureWidth();
        int tokVocab = tokenizer == null ? width : tokenizer.vocabSize();
        this.maskFrom = Math.min(tokVocab, width);
        if (tokenizer != null && tokVocab > width) {
            notes.add("the tokenizer has " + tokVocab + " ids but the model has only " + width
                    + " logits: text may encode to ids this model cannot take");
        }
        if (sig.layout() == CacheLayout.NONE) {
            notes.add("the model has no KV cache: every step recomputes the whole sequence (slower)");
        }
        if (config.context() < 0) {
            notes.add("no config states the context length: sequences are not length-checked");
        }
        this.warnings = List.copyOf(notes);
        String configured = folder.config().path("name").asText(
                folder.config().path("_name_or_path").asText(""));
        this.name = configured.isBlank() ? folder.dir().getFileName().toString()
                : Path.of(configured).getFileName().toString();
        this.tapSessions = new TapSessions(folder.onnxFile(), threads);
    }

    /** Loads the preferred variant of a folder with the default thread count. */
    public static OnnxLanguageModel load(Path dir) {
        return load(ModelFolder.open(dir), CpuInfo.physicalCores());
    }

    public static OnnxLanguageModel load(ModelFolder folder, int threads) {
        return new OnnxLanguageModel(folder, threads);
    }

    private static Map<String, TensorSpec> specs(Map<String, NodeInfo> infos) {
        Map<String, TensorSpec> out = new LinkedHashMap<>();
        for (NodeInfo n : infos.values()) {
            if (n.getInfo() instanceof TensorInfo t) {
                long[] shape = t.getShape();
                String[] dims = t.getDimensionNames();
                List<Object> s = new ArrayList<>();
                for (int i = 0; i < shape.length; i++) {
                    s.add(shape[i] >= 0 ? (Object) shape[i]
                            : dims != null && i < dims.length && !dims[i].isEmpty() ? dims[i] : "?");
                }
                out.put(n.getName(), new TensorSpec(n.getName(), ElementType.of(t.type), s));
            }
        }
        return out;
    }

    private int measureWidth() {
        try (ForwardPass.Output o = forward(new int[][] {{0}}, 0, KvCache.empty(), false, Set.of())) {
            return (int) o.logits().getInfo().getShape()[2];
        }
    }

    // ---- queries ------------------------------------------------------------------------------------

    @Override public String name() { return name; }
    @Override public ModelFolder folder() { return folder; }
    @Override public IoSignature signature() { return sig; }
    @Override public ModelConfig config() { return config; }
    @Override public Optional<Tokenizer> tokenizer() { return Optional.ofNullable(tokenizer); }
    @Override public int logitsWidth() { return width; }
    @Override public int contextLength() { return config.context(); }
    @Override public List<String> warnings() { return warnings; }
    @Override public int threads() { return threads; }

    @Override
    public Tokenizer requireTokenizer() {
        if (tokenizer == null) {
            throw new ModelException("this model folder has no usable tokenizer.json: feed token ids instead of text, "
                    + "or add the model's tokenizer.json to " + folder.dir());
        }
        return tokenizer;
    }

    @Override
    public synchronized String sha256() {
        if (sha256 == null) {
            sha256 = Hashing.sha256(folder.onnxFile());
        }
        return sha256;
    }

    @Override
    public int[] encodePrompt(String text) {
        if (text == null || text.isEmpty()) {
            throw new ModelException("empty prompt: give some text (or token ids)");
        }
        int[] body = requireTokenizer().encodeIds(text);
        int[] ids = config.addBos() ? prepend(config.bos(), body) : body;
        checkIds(ids);
        return ids;
    }

    private static int[] prepend(int first, int[] rest) {
        int[] out = new int[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }

    @Override
    public void checkIds(int[] ids) {
        if (ids.length == 0) {
            throw new ModelException("empty prompt: give at least one token");
        }
        for (int id : ids) {
            if (id < 0 || id >= width) {
                throw new ModelException("token id " + id + " is outside this model's vocabulary of " + width
                        + " logits" + (tokenizer != null && tokenizer.vocabSize() > width
                        ? " (the tokenizer does not match the model)" : ""));
            }
        }
        if (config.context() > 0 && ids.length > config.context()) {
            throw new ModelException("the sequence has " + ids.length + " tokens but the model's context is "
                    + config.context() + ": shorten the prompt or lower --max-tokens");
        }
    }

    // ---- running -----------------------------------------------------------------------------------

    @Override
    public DecodeState newState() {
        return new DecodeState(this);
    }

    /** The session, for the benchmark's bare ONNX Runtime loop over the very same session. */
    OrtSession session() {
        return session;
    }

    ForwardPass.Output forward(int[][] ids, int pastLen, KvCache past, boolean wantCache, Set<String> taps) {
        return ForwardPass.run(session, sig, ids, pastLen, past, wantCache, taps);
    }

    /** Masks logits rows beyond the tokenizer's vocabulary in place. */
    float[] mask(float[] row) {
        if (maskFrom < row.length) {
            Arrays.fill(row, maskFrom, row.length, Float.NEGATIVE_INFINITY);
        }
        return row;
    }

    @Override
    public float[][] logitsAll(int[] ids) {
        checkIds(ids);
        try (ForwardPass.Output o = forward(new int[][] {ids}, 0, KvCache.empty(), false, Set.of())) {
            float[][] rows = Tensors.rows(o.logits(), 0, 0, ids.length, ids.length);
            for (float[] r : rows) {
                mask(r);
            }
            return rows;
        } catch (Tensors.MissingRows e) {
            return logitsByStepping(ids);
        }
    }

    /** Every position's logits one cached step at a time, for graphs that return only the last position. */
    private float[][] logitsByStepping(int[] ids) {
        float[][] rows = new float[ids.length][];
        try (DecodeState s = newState()) {
            for (int i = 0; i < ids.length; i++) {
                rows[i] = s.append(ids[i]);
            }
        }
        return rows;
    }

    @Override
    public List<float[][]> logitsBatch(List<int[]> sequences, int lastRows) {
        sequences.forEach(this::checkIds);
        List<float[][]> out = new ArrayList<>(sequences.size());
        for (int start = 0; start < sequences.size(); start += MAX_BATCH) {
            List<int[]> chunk = sequences.subList(start, Math.min(sequences.size(), start + MAX_BATCH));
            if (chunk.size() > 1 && batchWorks) {
                try {
                    out.addAll(runBatch(chunk, lastRows));
                    continue;
                } catch (ModelException e) {
                    batchWorks = false; // this graph cannot take batch > 1: run one sequence at a time from now on
                }
            }
            for (int[] seq : chunk) {
                out.addAll(runBatch(List.of(seq), lastRows));
            }
        }
        return out;
    }

    private List<float[][]> runBatch(List<int[]> seqs, int lastRows) {
        int longest = seqs.stream().mapToInt(s -> s.length).max().orElse(0);
        int[][] ids = new int[seqs.size()][longest];
        int[][] mask = new int[seqs.size()][longest];
        for (int b = 0; b < seqs.size(); b++) {
            int[] s = seqs.get(b);
            System.arraycopy(s, 0, ids[b], 0, s.length);
            Arrays.fill(mask[b], 0, s.length, 1);
        }
        try (ForwardPass.Output o = ForwardPass.run(session, sig, ids, mask, 0, KvCache.empty(), false, Set.of())) {
            List<float[][]> result = new ArrayList<>();
            Tensors.RowReader reader = new Tensors.RowReader(o.logits());
            for (int b = 0; b < seqs.size(); b++) {
                int len = seqs.get(b).length;
                int from = Math.max(0, len - lastRows);
                float[][] rows;
                try {
                    // Right padding: sequence b's real rows are [0, len) of a longest-wide output.
                    rows = reader.rows(b, from, len, longest);
                    for (float[] r : rows) {
                        mask(r);
                    }
                } catch (Tensors.MissingRows e) {
                    float[][] all = logitsByStepping(seqs.get(b));
                    rows = Arrays.copyOfRange(all, from, len);
                }
                result.add(rows);
            }
            return result;
        }
    }

    @Override
    public List<String> tapNames() {
        return sig.taps().stream().map(TensorSpec::name).toList();
    }

    @Override
    public float[][] activations(String tap, int[] ids) {
        checkIds(ids);
        if (tapNames().contains(tap)) {
            try (ForwardPass.Output o = forward(new int[][] {ids}, 0, KvCache.empty(), false, Set.of(tap))) {
                return Tensors.rows(o.extra().get(tap), 0, 0, ids.length, ids.length);
            }
        }
        return tapSessions.activations(sig, tap, ids);
    }

    @Override
    public void close() {
        tapSessions.close();
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            session.close();
        } catch (OrtException ignored) {
            // closing a session only fails if it is already closed
        }
    }
}
