package org.tokenscope.views.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.tokenscope.host.model.CacheLayout;
import org.tokenscope.host.model.IoSignature;
import org.tokenscope.host.model.LanguageModel;
import org.tokenscope.host.model.ModelConfig;
import org.tokenscope.host.model.PromptSpecials;
import org.tokenscope.host.model.ModelFolder;
import org.tokenscope.host.model.TensorSpec;

/**
 * Everything Model › Model Details shows about a loaded model, as labelled text rows in sections: the
 * folder and its variants, the config, the detected signature (names, element types, cache layout), taps,
 * special tokens and warnings. Copied out of the model on the loading thread, as {@link ModelSummary} is, so
 * the dialog never calls the engine; the same facts as {@code tokenscope models inspect}.
 */
public record ModelDetails(String name, List<Section> sections) {

    /** One labelled fact. */
    public record Row(String label, String value) {
    }

    /** A titled group of rows. */
    public record Section(String title, List<Row> rows) {
        public Section {
            rows = List.copyOf(rows);
        }
    }

    public ModelDetails {
        sections = List.copyOf(sections);
    }

    public static ModelDetails of(LanguageModel m) {
        ModelFolder f = m.folder();
        IoSignature s = m.signature();
        ModelConfig c = m.config();
        List<Section> out = new ArrayList<>();
        out.add(new Section("Files", List.of(
                new Row("Folder", f.dir().toString()),
                new Row("ONNX file", f.dir().relativize(f.onnxFile()).toString()),
                new Row("Variant", f.variant().label()),
                new Row("Variants in folder", f.variants().stream().map(ModelFolder.Variant::label).collect(Collectors.joining(", "))),
                new Row("Configs", f.configFiles().isEmpty() ? "none" : String.join(", ", f.configFiles())))));
        out.add(new Section("Architecture", List.of(
                new Row("Layers", known(c.layers())),
                new Row("Attention heads", known(c.heads())),
                new Row("Key/value heads", known(c.kvHeads())),
                new Row("Head size", known(c.headDim())),
                new Row("Context", m.contextLength() > 0 ? String.valueOf(m.contextLength()) : "unknown"),
                new Row("Vocabulary", "tokenizer " + m.tokenizer().map(t -> String.valueOf(t.vocabSize())).orElse("none")
                        + " · logits " + m.logitsWidth() + (c.configVocab() > 0 ? " · config " + c.configVocab() : "")))));
        out.add(new Section("Signature", List.of(
                new Row("Cache layout", cache(s)),
                new Row("Logits", s.logits() + " : " + s.logitsType().label()),
                new Row("Inputs", specs(s.inputs())),
                new Row("Outputs", specs(s.outputs())),
                new Row("Taps", m.tapNames().isEmpty() ? "none" : String.join(", ", m.tapNames())))));
        out.add(new Section("Tokens and session", List.of(
                new Row("BOS", c.bos() >= 0 ? String.valueOf(c.bos()) : "none"),
                new Row("Prompt specials", specials(c)),
                new Row("EOS", c.eos().isEmpty() ? "none" : c.eos().stream().sorted().map(String::valueOf).collect(Collectors.joining(", "))),
                new Row("Threads", String.valueOf(m.threads())))));
        out.add(new Section("Warnings", m.warnings().isEmpty() ? List.of(new Row("", "none"))
                : m.warnings().stream().map(w -> new Row("•", w)).toList()));
        return new ModelDetails(m.name(), out);
    }

    /** What encoding a prompt adds, and which file decided, e.g. "[128000] before the text (tokenizer.json post_processor)". */
    private static String specials(ModelConfig c) {
        PromptSpecials p = c.specials();
        if (p.prefix().length == 0 && p.suffix().length == 0) {
            return "none added (" + p.source() + ")";
        }
        List<String> parts = new ArrayList<>();
        if (p.prefix().length > 0) {
            parts.add(java.util.Arrays.toString(p.prefix()) + " before the text");
        }
        if (p.suffix().length > 0) {
            parts.add(java.util.Arrays.toString(p.suffix()) + " after it");
        }
        return String.join(", ", parts) + " (decided by " + p.source() + ")";
    }

    /** The rows as plain text, one "label: value" per line, for the clipboard and bug reports. */
    public String asText() {
        StringBuilder b = new StringBuilder(name).append('\n');
        for (Section s : sections) {
            b.append('\n').append(s.title()).append('\n');
            for (Row r : s.rows()) {
                b.append("  ").append(r.label().isEmpty() ? "" : r.label() + ": ").append(r.value()).append('\n');
            }
        }
        return b.toString();
    }

    private static String known(int n) {
        return n < 0 ? "unknown" : String.valueOf(n);
    }

    private static String cache(IoSignature s) {
        if (s.layout() == CacheLayout.NONE) {
            return "none (every step recomputes the whole sequence)";
        }
        return s.layout().label() + " · " + s.layers() + " layers · " + s.kvHeads() + " kv heads × " + s.headDim()
                + " · " + s.cacheType().label();
    }

    private static String specs(List<TensorSpec> specs) {
        return specs.stream().map(t -> t.name() + " : " + t.type().label() + " " + t.shape()).collect(Collectors.joining("\n"));
    }
}
