package org.tokenscope.views.counterfactual;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the panel needs from the window beyond its view model: the Stepper's section (to start from its run)
 * and a way to open a run in the Stepper.
 *
 * @param stepperSection the project's stepper section now, if any
 * @param openInStepper  receives the branch to open (null: the factual run); null while the Stepper cannot take a run
 */
public record PanelHooks(Supplier<Optional<ObjectNode>> stepperSection, Consumer<Integer> openInStepper) {
    public static final PanelHooks NONE = new PanelHooks(Optional::empty, null);
}
