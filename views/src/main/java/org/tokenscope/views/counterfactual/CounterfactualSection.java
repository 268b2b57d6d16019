package org.tokenscope.views.counterfactual;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import javafx.beans.value.ObservableValue;
import org.tokenscope.views.shell.PanelSection;
import org.tokenscope.views.shell.WorkbenchPanel;

/**
 * The counterfactual panel's {@link PanelSection}, over {@link CounterfactualViewModel#restore} and
 * {@link CounterfactualViewModel#sectionProperty()} ({@link SectionCodec} holds the format). A project without a
 * counterfactual section starts from its own Stepper section when it has one (its prompt, settings and run), and
 * from the empty panel otherwise; the section the view model publishes on the user's actions is what is saved.
 */
public final class CounterfactualSection implements PanelSection {
    private final CounterfactualViewModel vm;

    public CounterfactualSection(CounterfactualViewModel vm) {
        this.vm = vm;
    }

    @Override
    public WorkbenchPanel panel() {
        return WorkbenchPanel.COUNTERFACTUAL;
    }

    @Override
    public void read(ObjectNode section, Context project) {
        vm.prompts().setAll(project.prompts()); // first: a saved prompt_index is read against them
        if (section != null) {
            vm.restore(section, project.modelSha256());
        } else {
            vm.restore(project.section(WorkbenchPanel.STEPPER).map(StepperImport::section).orElse(null), null);
        }
    }

    /** Null until the user's first action since the panel was built: there is nothing of theirs to save yet. */
    @Override
    public ObjectNode write() {
        return vm.sectionProperty().get();
    }

    @Override
    public ObservableValue<?> revision() {
        return vm.sectionProperty();
    }

    @Override
    public void promptsChanged(List<String> prompts) {
        vm.prompts().setAll(prompts);
    }
}
