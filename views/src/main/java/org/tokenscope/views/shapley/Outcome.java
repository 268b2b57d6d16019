package org.tokenscope.views.shapley;

import org.tokenscope.host.attribution.AttributionException;

/**
 * What an attribution job hands back. Input the engine refuses is an outcome, not a failure: the panel shows
 * its one-line message beside the settings (and, for too many players, offers sampling) instead of an error
 * dialog, since the user only has to change a setting.
 */
sealed interface Outcome {
    record Done(ShapleyRun run) implements Outcome {
    }

    record Refused(AttributionException.Kind kind, String message) implements Outcome {
    }
}
