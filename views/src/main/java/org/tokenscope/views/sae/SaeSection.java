package org.tokenscope.views.sae;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.tokenscope.host.sae.TrainingArchitecture;

/**
 * The SAE panel's project section: the opened SAE folder, the training settings, and the results the report
 * shows ({@link SaeResults}: the SAE's densest features, the training runs and their curves).
 * {@code {"sae": "/path", "training": {"tap", "architecture", "dSae", "k", "tokens", "learningRate", "zipfAlpha",
 * "auxCoefficient"}, "results": {"sae", "features", "runs"}}}.
 */
public final class SaeSection {
    private SaeSection() {
    }

    public static ObjectNode write(SaeViewModel vm) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        Path p = vm.saePathProperty().get();
        if (p != null) {
            n.put("sae", p.toAbsolutePath().toString());
        }
        TrainingForm f = vm.trainingFormProperty().get();
        ObjectNode t = n.putObject("training");
        t.put("tap", f.tap());
        t.put("architecture", f.architecture().cliName());
        t.put("dSae", f.dSae());
        t.put("k", f.k());
        t.put("tokens", f.tokens());
        t.put("learningRate", f.learningRate());
        t.put("zipfAlpha", f.zipfAlpha());
        t.put("auxCoefficient", f.auxCoefficient());
        n.set("results", SaeResults.of(vm).toJson());
        return n;
    }

    /** The training runs a saved section holds (their SAEs are not saved; the runs table and report show them). */
    public static List<SaeResults.RunRow> savedRuns(ObjectNode n) {
        return n == null ? List.of() : SaeResults.fromJson(n.get("results")).runs();
    }

    /** The saved SAE folder (the caller reopens it) after restoring the training settings; null when none. */
    public static Path read(ObjectNode n, SaeViewModel vm) {
        if (n == null) {
            return null;
        }
        ObjectNode t = n.get("training") instanceof ObjectNode o ? o : null;
        if (t != null) {
            TrainingForm d = TrainingForm.defaults();
            try {
                vm.trainingFormProperty().set(new TrainingForm(t.path("tap").asText(d.tap()),
                        TrainingArchitecture.of(t.path("architecture").asText(d.architecture().cliName())),
                        t.path("dSae").asInt(d.dSae()), t.path("k").asInt(d.k()), t.path("tokens").asLong(d.tokens()),
                        t.path("learningRate").asDouble(d.learningRate()), t.path("zipfAlpha").asDouble(d.zipfAlpha()),
                        t.path("auxCoefficient").asDouble(d.auxCoefficient())));
            } catch (RuntimeException e) {
                vm.trainingFormProperty().set(d); // an unknown architecture name: the defaults
            }
        }
        String sae = n.path("sae").asText("");
        return sae.isEmpty() ? null : Path.of(sae);
    }
}
