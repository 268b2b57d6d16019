package org.tokenscope.views.counterfactual;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the view model remembers of the project section: the section as read (written back with its unknown
 * fields), the model the saved run was made with, and the saved factual ids still to be checked against a
 * regenerated run. Keeps the view model to its properties and actions.
 */
final class SavedSession {
    private ObjectNode original;
    private String expectedSha;
    private SectionCodec.SavedRun factual;
    private boolean restorePending;

    /** Reads {@code json}; a malformed section is reported and the panel starts from defaults. */
    SectionCodec.Saved restore(ObjectNode json, List<String> prompts, String projectModelSha, Consumer<String> problem) {
        original = json;
        expectedSha = null;
        factual = null;
        restorePending = false;
        if (json == null) {
            return new SectionCodec.Saved(FactualSettings.DEFAULT, null, Branches.EMPTY, null, null);
        }
        try {
            SectionCodec.Saved s = SectionCodec.read(json, prompts);
            factual = s.factual();
            boolean hasWork = factual != null || !s.branches().isEmpty();
            expectedSha = !hasWork ? null : s.modelSha() != null ? s.modelSha() : projectModelSha;
            restorePending = factual != null;
            return s;
        } catch (IllegalArgumentException e) {
            problem.accept("The counterfactual section of the project could not be read (" + e.getMessage() + "); the panel "
                    + "starts empty, and the section is kept as it is until you generate a new run.");
            return new SectionCodec.Saved(FactualSettings.DEFAULT, null, Branches.EMPTY, null, null);
        }
    }

    /** A message when the saved run was made with another model than {@code loaded}. */
    Optional<String> mismatch(ModelFacts loaded) {
        if (expectedSha == null || loaded == null || expectedSha.equalsIgnoreCase(loaded.sha256())) {
            return Optional.empty();
        }
        return Optional.of("The factual run and its branches were made with another model (SHA-256 "
                + ModelFacts.shortSha(expectedSha) + ") than the loaded " + loaded.name() + " (" + ModelFacts.shortSha(loaded.sha256())
                + "). Load that model to replay them, or press Generate to start a new run on this one.");
    }

    boolean restorePending() {
        return restorePending;
    }

    void restoreStarted() {
        restorePending = false;
    }

    SectionCodec.SavedRun factual() {
        return factual;
    }

    /** A new factual run on the model with hash {@code sha}: nothing saved is left to check. */
    void startOver(String sha) {
        expectedSha = sha;
        factual = null;
        restorePending = false;
    }

    /** The section for the current state; settings are the factual run's, so its saved ids always reproduce. */
    ObjectNode write(FactualSettings edited, FactualRun run, Branches branches, SweepResult sweep, List<String> prompts) {
        SectionCodec.SavedRun savedRun = run == null ? factual
                : new SectionCodec.SavedRun(run.trace().promptIds(), run.trace().generatedIds(), run.text());
        FactualSettings s = run != null ? run.settings() : edited;
        original = SectionCodec.write(original, new SectionCodec.Saved(s, savedRun, branches, sweep, expectedSha), prompts);
        return original.deepCopy();
    }
}
