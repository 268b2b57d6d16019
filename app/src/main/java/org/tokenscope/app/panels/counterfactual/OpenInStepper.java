package org.tokenscope.app.panels.counterfactual;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.tokenscope.app.project.ProjectDocument;
import org.tokenscope.host.decode.CautiousInfo;
import org.tokenscope.host.decode.StageSummary;
import org.tokenscope.host.decode.Step;
import org.tokenscope.host.decode.Trace;
import org.tokenscope.views.counterfactual.Comparison;
import org.tokenscope.views.counterfactual.CounterfactualViewModel;
import org.tokenscope.views.counterfactual.FactualRun;
import org.tokenscope.views.counterfactual.FactualSettings;
import org.tokenscope.views.counterfactual.ModelFacts;
import org.tokenscope.views.counterfactual.SettingsJson;
import org.tokenscope.views.shell.WorkbenchPanel;
import org.tokenscope.views.stepper.Run;
import org.tokenscope.views.stepper.TraceJson;

/**
 * "Open in Stepper": writes the run on show (the factual run or a branch's counterfactual) into the project's
 * stepper section as the Stepper's current run, in the Stepper's own trace format, and switches to its tab. The
 * Stepper reloads its section when it changes from outside, which is what makes the run appear there.
 */
final class OpenInStepper {
    private OpenInStepper() {
    }

    static void open(CounterfactualViewModel vm, ProjectDocument document, Node panel, Integer node) {
        Trace trace = vm.baseProperty().get();
        FactualRun run = vm.factualProperty().get();
        ModelFacts facts = vm.factsProperty().get();
        Comparison shown = vm.comparisonProperty().get();
        if (trace == null || run == null || facts == null || (node != null && (shown == null || shown.nodeId() != node))) {
            vm.showProblem("Wait for the run on show to finish replaying, then open it in the Stepper.");
            return;
        }
        String prompt = node == null ? run.settings().prompt() : shown.counterfactualPrompt();
        String text = node == null ? run.text() : shown.counterfactualText();
        Run stepperRun = new Run(prompt, trace, text, texts(trace, facts), run.settings().topN());
        document.setSection(WorkbenchPanel.STEPPER, section(document, stepperRun));
        select(panel, WorkbenchPanel.STEPPER);
    }

    /** The stepper's section with this run as its current one; its other fields (overlay, score, …) are kept. */
    private static ObjectNode section(ProjectDocument document, Run run) {
        ObjectNode out = document.section(WorkbenchPanel.STEPPER).orElseGet(JsonNodeFactory.instance::objectNode);
        Trace t = run.trace();
        FactualSettings s = new FactualSettings(run.prompt(), t.sampler(), t.cautious(), t.maxTokens(), t.stopAtEos(), 0, run.topN());
        ObjectNode settings = JsonNodeFactory.instance.objectNode();
        SettingsJson.write(settings, s, List.of());
        int index = document.project().prompts().indexOf(run.prompt());
        if (index >= 0) {
            out.put("prompt_index", index);
        } else {
            out.remove("prompt_index");
        }
        out.put("prompt", run.prompt());
        out.put("mode", "generate");
        out.set("sampler", settings.get("sampler"));
        out.set("cautious", settings.get("cautious"));
        out.set("trace", TraceJson.write(run));
        return out;
    }

    /** Display text of every id the trace mentions, so the Stepper shows it without asking the model. */
    private static Map<Integer, String> texts(Trace t, ModelFacts facts) {
        Map<Integer, String> out = new HashMap<>();
        for (int id : t.promptIds()) {
            out.put(id, facts.token(id));
        }
        for (Step s : t.steps()) {
            out.put(s.id(), facts.token(s.id()));
            for (StageSummary st : s.stages()) {
                for (int id : st.topIds()) {
                    out.put(id, facts.token(id));
                }
            }
            if (s.cautious() != null) {
                for (CautiousInfo.Trial trial : s.cautious().details()) {
                    for (int id : trial.ids()) {
                        out.put(id, facts.token(id));
                    }
                }
            }
        }
        return out;
    }

    private static void select(Node panel, WorkbenchPanel which) {
        if (panel == null || panel.getScene() == null || !(panel.getScene().lookup("#panel-tabs") instanceof TabPane tabs)) {
            return;
        }
        for (Tab tab : tabs.getTabs()) {
            if (("tab-" + which.id()).equals(tab.getId())) {
                tabs.getSelectionModel().select(tab);
            }
        }
    }
}
