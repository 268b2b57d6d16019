package org.tokenscope.views.sae;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.tokenscope.host.model.LanguageModel;
import org.tokenscope.host.sae.TrainingArchitecture;
import org.tokenscope.views.shell.ModelProvider;
import org.tokenscope.views.shell.PanelSection;
import org.tokenscope.views.shell.WorkbenchPanel;

/**
 * The SAE panel's project section: the opened SAE folder, the training settings, and the results the report
 * shows ({@link SaeResults}: the SAE's densest features, the training runs and their curves).
 * {@code {"sae": "/path", "training": {"tap", "architecture", "dSae", "k", "tokens", "learningRate", "zipfAlpha",
 * "auxCoefficient"}, "results": {"sae", "features", "runs"}}}. An instance is the panel's {@link PanelSection}:
 * it reopens the saved SAE folder, once a model is loaded when none is yet (the SAE is checked against it).
 */
public final class SaeSection implements PanelSection {
    private final SaeViewModel vm;
    private final ModelProvider models;
    /** Reopens the saved SAE when the first model arrives; dropped when another project is read first. */
    private ChangeListener<LanguageModel> waiting;

    public SaeSection(SaeViewModel vm, ModelProvider models) {
        this.vm = vm;
        this.models = models;
    }

    @Override
    public WorkbenchPanel panel() {
        return WorkbenchPanel.SAE;
    }

    /** Clears the panel (SAE, runs, curves, settings) before showing {@code section}; null leaves it cleared. */
    @Override
    public void read(ObjectNode section, Context project) {
        if (waiting != null) {
            models.modelProperty().removeListener(waiting);
            waiting = null;
        }
        vm.clear();
        vm.savedRuns().setAll(savedRuns(section));
        Path sae = read(section, vm);
        if (sae == null || !Files.isDirectory(sae)) {
            return;
        }
        if (models.modelProperty().get() != null) {
            vm.open(sae); // checked against the model, statistics recomputed
            return;
        }
        waiting = (o, was, now) -> {
            if (now != null) {
                models.modelProperty().removeListener(waiting);
                waiting = null;
                if (vm.saePathProperty().get() == null) {
                    vm.open(sae);
                }
            }
        };
        models.modelProperty().addListener(waiting);
    }

    @Override
    public ObjectNode write() {
        return write(vm);
    }

    @Override
    public ObservableValue<?> revision() {
        return vm.revisionProperty();
    }

    /** Opening an SAE folder and clearing the curves wait for the next turn, as the title should not. */
    @Override
    public boolean readLater() {
        return true;
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
