package org.tokenscope.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.tokenscope.host.model.CacheLayout;
import org.tokenscope.host.model.IoSignature;
import org.tokenscope.host.model.LanguageModel;
import org.tokenscope.host.model.ModelFolder;
import org.tokenscope.host.model.TensorSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Show the detected signature: inputs, outputs, cache layout, vocabulary, context, taps, warnings.")
final class InspectCommand implements Callable<Integer> {
    @Mixin ModelOptions modelOptions;
    @Mixin OutputOptions output;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (LanguageModel model = modelOptions.load()) {
            ObjectNode report = report(model);
            spec.commandLine().getOut().println(output.json ? Json.write(report) : readable(model));
        }
        return 0;
    }

    private ObjectNode report(LanguageModel m) {
        ObjectNode settings = Json.object();
        settings.put("threads", m.threads());
        settings.put("variant", m.folder().variant().label());
        ObjectNode root = Json.withMeta("models.inspect", m, settings);
        ModelFolder f = m.folder();
        root.put("path", f.dir().toString());
        ObjectNode files = root.putObject("files");
        files.put("onnx", f.dir().relativize(f.onnxFile()).toString());
        files.set("external_data", Json.strings(m.weightFiles().stream().skip(1)
                .map(p -> f.onnxFile().getParent().relativize(p).toString()).toList()));
        files.set("configs", Json.strings(f.configFiles()));
        ArrayNode variants = files.putArray("variants");
        for (ModelFolder.Variant v : f.variants()) {
            variants.addObject().put("label", v.label()).put("file", f.dir().relativize(v.file()).toString());
        }
        IoSignature s = m.signature();
        root.set("inputs", specs(s.inputs()));
        root.set("outputs", specs(s.outputs()));
        ObjectNode cache = root.putObject("cache");
        cache.put("layout", s.layout().label());
        if (s.layout() == CacheLayout.NONE) {
            cache.putNull("layers");
            cache.putNull("kv_heads");
            cache.putNull("head_dim");
            cache.putNull("type");
        } else {
            cache.put("layers", s.layers());
            cache.put("kv_heads", s.kvHeads());
            cache.put("head_dim", s.headDim());
            cache.put("type", s.cacheType().label());
        }
        ObjectNode vocab = root.putObject("vocab");
        if (m.tokenizer().isPresent()) {
            vocab.put("tokenizer", m.tokenizer().get().vocabSize());
        } else {
            vocab.putNull("tokenizer");
        }
        vocab.put("logits", m.logitsWidth());
        if (m.contextLength() > 0) {
            root.put("context_length", m.contextLength());
        } else {
            root.putNull("context_length");
        }
        // Declared extra outputs with their shapes; an export that declares none offers its intermediate tensors.
        ArrayNode taps = specs(s.taps());
        taps.forEach(t -> ((ObjectNode) t).remove("type"));
        if (s.taps().isEmpty()) {
            m.tapNames().forEach(name -> taps.addObject().put("name", name));
        }
        root.set("taps", taps);
        root.put("taps_from", s.taps().isEmpty() ? "intermediate tensors" : "declared outputs");
        ObjectNode special = root.putObject("special");
        if (m.config().bos() >= 0) {
            special.put("bos", m.config().bos());
        } else {
            special.putNull("bos");
        }
        special.set("eos", Json.ints(m.config().eos().stream().mapToInt(Integer::intValue).sorted().toArray()));
        special.put("add_bos", m.config().addBos());
        special.set("prompt_prefix", Json.ints(m.config().specials().prefix()));
        special.set("prompt_suffix", Json.ints(m.config().specials().suffix()));
        special.put("bos_source", m.config().specials().source());
        root.set("warnings", Json.strings(m.warnings()));
        return root;
    }

    private static ArrayNode specs(List<TensorSpec> specs) {
        ArrayNode a = Json.array();
        for (TensorSpec t : specs) {
            ObjectNode n = a.addObject();
            n.put("name", t.name());
            n.put("type", t.type().label());
            ArrayNode shape = n.putArray("shape");
            for (Object d : t.shape()) {
                if (d instanceof Long l) {
                    shape.add(l);
                } else {
                    shape.add(String.valueOf(d));
                }
            }
        }
        return a;
    }

    private static String readable(LanguageModel m) {
        IoSignature s = m.signature();
        StringBuilder b = new StringBuilder();
        b.append("model:    ").append(m.name()).append("  (").append(m.folder().onnxFile()).append(")\n");
        b.append("variants: ").append(m.folder().variants().stream().map(ModelFolder.Variant::label).toList()).append('\n');
        b.append("inputs:   ");
        s.inputs().forEach(t -> b.append(t.name()).append(':').append(t.type().label()).append(t.shape()).append("  "));
        b.append("\ncache:    ").append(s.layout().label());
        if (s.layout() != CacheLayout.NONE) {
            b.append(", ").append(s.layers()).append(" layers, ").append(s.kvHeads()).append(" kv heads × ")
                    .append(s.headDim()).append(", ").append(s.cacheType().label());
        }
        b.append("\nvocab:    tokenizer ").append(m.tokenizer().map(t -> String.valueOf(t.vocabSize())).orElse("none"))
                .append(", logits ").append(m.logitsWidth());
        b.append("\ncontext:  ").append(m.contextLength() > 0 ? String.valueOf(m.contextLength()) : "unknown");
        b.append("\ntaps:     ").append(org.tokenscope.host.model.TapList.describe(m.tapNames()));
        b.append("\nspecial:  bos ").append(m.config().bos()).append(", eos ").append(m.config().eos())
                .append("; prompts get ").append(m.config().specials());
        for (String w : m.warnings()) {
            b.append("\nwarning:  ").append(w);
        }
        return b.toString();
    }
}
