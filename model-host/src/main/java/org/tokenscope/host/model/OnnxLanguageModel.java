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
    private final OnnxGraphScan graph;
    private final String tokenizerProblem;
    private volatile boolean batchWorks = true;
    private volatile String sha256;

    private OnnxLanguageModel(ModelFolder folder, int threads) {
        this.folder = folder;
        this.threads = threads;
        List<String> notes = new ArrayList<>();
        this.tokenizer = ModelTokenizer.load(folder, notes);
        // Why text cannot be encoded, when the folder has a tokenizer.json that failed to load.
        this.tokenizerProblem = tokenizer == null && folder.tokenizerJson().isPresent() && !notes.isEmpty()
                ? notes.get(notes.size() - 1) : null;
        this.config = ModelConfig.read(folder, tokenizer, notes);
        this.graph = scan(folder.onnxFile());
        ModelWeights.check(folder.onnxFile(), graph);
        this.session = SessionFactory.open(folder.onnxFile(), threads, graph);
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
        if (sig.taps().isEmpty() && !graph.subgraphOutputs().isEmpty() && tapNamesOf(sig, graph).isEmpty()) {
            notes.add("the layers of " + folder.onnxFile().getFileName() + " sit inside an If subgraph, where no "
                    + "activation tap reaches: for taps, load the with-past variant (decoder_with_past_model.onnx)");
        }
        this.warnings = List.copyOf(notes);
        String configured = folder.config().path("name").asText(
                folder.config().path("_name_or_path").asText(""));
        this.name = configured.isBlank() ? folder.dir().getFileName().toString()
                : Path.of(configured).getFileName().toString();
        this.tapSessions = new TapSessions(folder, threads, graph);
    }

    private static OnnxGraphScan scan(Path onnx) {
        try {
            return OnnxGraphScan.of(onnx);
        } catch (ModelException e) {
            throw new ModelException("cannot load " + onnx.getFileName() + ": not a usable ONNX model (" + e.getMessage()
                    + "); re-export it or pick another file", e);
        }
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
            throw new ModelException(tokenizerProblem != null ? tokenizerProblem
                    : "this model folder has no usable tokenizer.json: feed token ids instead of text, "
                    + "or add the model's tokenizer.json to " + folder.dir());
        }
        return tokenizer;
    }

    @Override
    public synchronized String sha256() {
        if (sha256 == null) {
            sha256 = ModelWeights.sha256(folder.onnxFile(), graph);
        }
        return sha256;
    }

    @Override
    public int[] encodePrompt(String text) {
        if (text == null || text.isEmpty()) {
            throw new ModelException("empty prompt: give some text (or token ids)");
        }
        int[] body = requireTokenizer().encodeIds(text);
        int[] ids = config.specials().wrap(body);
        checkIds(ids);
        return ids;
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

    /**
     * The outputs the export declares as taps (the demo model's {@code hidden_states.k}); for exports that
     * declare none, every intermediate tensor of the main graph (added as an output when read).
     */
    @Override
    public List<String> tapNames() {
        return tapNamesOf(sig, graph);
    }

    private static List<String> tapNamesOf(IoSignature sig, OnnxGraphScan graph) {
        if (!sig.taps().isEmpty()) {
            return sig.taps().stream().map(TensorSpec::name).toList();
        }
        java.util.Set<String> io = new java.util.HashSet<>();
        sig.outputs().forEach(t -> io.add(t.name()));
        return graph.mainOutputs().stream().filter(n -> !io.contains(n)).toList();
    }

    @Override
    public List<Path> weightFiles() {
        return ModelWeights.files(folder.onnxFile(), graph);
    }

    @Override
    public float[][] activations(String tap, int[] ids) {
        checkIds(ids);
        if (sig.taps().stream().anyMatch(t -> t.name().equals(tap))) {
            try (ForwardPass.Output o = forward(new int[][] {ids}, 0, KvCache.empty(), false, Set.of(tap))) {
                return Tensors.rows(o.extra().get(tap), 0, 0, ids.length, ids.length);
            }
        }
        return tapSessions.activations(sig, tap, ids, tapNames());
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
