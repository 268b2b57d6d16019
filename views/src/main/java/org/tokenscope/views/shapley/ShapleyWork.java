package org.tokenscope.views.shapley;

import java.util.function.Consumer;
import org.tokenscope.host.attribution.AttributionException;
import org.tokenscope.host.attribution.AttributionResult;
import org.tokenscope.host.attribution.AttributionSettings;
import org.tokenscope.host.attribution.Attributor;
import org.tokenscope.host.attribution.GameSpec;
import org.tokenscope.host.attribution.InformationContent;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;
import org.tokenscope.host.model.LanguageModel;
import org.tokenscope.views.jobs.JobWork;
import org.tokenscope.views.shell.ModelProvider;

/**
 * The body of one attribution job, run off the FX thread: borrow the model, attribute, measure each player's
 * surprisal for the token-noise view. Intermediate estimates go to {@code onRefine} on the worker thread.
 */
final class ShapleyWork implements JobWork<Outcome> {
    private final ModelProvider models;
    private final Attributor attributor;
    private final String prompt;
    private final AttributionSettings settings;
    private final boolean surprisals;
    private final Consumer<ShapleyRun> onRefine;

    ShapleyWork(ModelProvider models, Attributor attributor, String prompt, AttributionSettings settings, boolean surprisals,
            Consumer<ShapleyRun> onRefine) {
        this.models = models;
        this.attributor = attributor;
        this.prompt = prompt;
        this.settings = settings;
        this.surprisals = surprisals;
        this.onRefine = onRefine;
    }

    @Override
    public Outcome run(Progress progress, Cancellation cancel) {
        try (ModelProvider.Lease lease = models.borrow().orElseThrow(
                () -> new IllegalStateException("No model is loaded: open a model folder or use the embedded model."))) {
            LanguageModel model = lease.model();
            try {
                AttributionResult r = attributor.run(model, prompt, settings, progress, cancel,
                        partial -> onRefine.accept(new ShapleyRun(prompt, partial, null, ShapleyRun.State.REFINING)));
                double[] info = null;
                if (surprisals) {
                    cancel.check();
                    progress.update(-1, 0, "surprisal of each player");
                    // The resolved settings rebuild the very players the result has; one forward pass.
                    info = InformationContent.surprisals(model, GameSpec.build(model, prompt, r.settings()).segmentation());
                }
                return new Outcome.Done(new ShapleyRun(prompt, r, info, ShapleyRun.State.DONE));
            } catch (AttributionException e) {
                return new Outcome.Refused(e.kind(), Refusals.inPanelWords(e.getMessage()));
            }
        }
    }
}
