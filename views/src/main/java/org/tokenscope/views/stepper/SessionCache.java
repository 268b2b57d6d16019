package org.tokenscope.views.stepper;

import java.util.Arrays;
import java.util.List;
import org.tokenscope.host.decode.DecodeSession;
import org.tokenscope.host.decode.Step;
import org.tokenscope.host.decode.Trace;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.model.ModelException;
import org.tokenscope.views.shell.ModelProvider;

/**
 * The decode session behind the panel's run, kept between jobs so that stepping on does not recompute the
 * prefix. Before each job it is brought to exactly the steps the panel shows: kept as is, stepped back after
 * Back, or rebuilt and replayed from the start when the model, the settings or the prompt changed, or the run
 * was reopened from a project. A run is a deterministic function of prompt, seed and settings, so the replay
 * reproduces the shown steps; if it does not (another model), the job says so instead of continuing a
 * different run.
 *
 * <p>It holds the lease of the model its session uses, so a model the window has replaced stays open until the
 * session is dropped. Only background jobs use it, one at a time: the view model starts no job while one runs.
 */
final class SessionCache {
    private ModelProvider.Lease lease;
    private DecodeSession session;
    private Trace key; // the settings and prompt ids the session was made with (its steps are ignored)
    private int keyTopN;

    /**
     * A session positioned at the end of {@code want}. Takes ownership of {@code fresh}: it is kept when the
     * session is rebuilt, closed otherwise.
     */
    synchronized DecodeSession at(ModelProvider.Lease fresh, Trace want, int topN, Cancellation cancel) {
        boolean sameModel = lease != null && lease.model() == fresh.model();
        if (sameModel && session != null && sameSettings(key, want) && keyTopN == topN && !want.steps().isEmpty()) {
            fresh.close(); // Back re-prefills the prefix once per undone step: cheaper than replaying the whole run
            while (session.steps().size() > want.steps().size()) {
                session.back();
            }
            if (!isPrefix(session.steps(), want.steps())) {
                rebuild(lease, want, topN);
            }
        } else if (sameModel) {
            fresh.close();
            rebuild(lease, want, topN);
        } else {
            release();
            rebuild(fresh, want, topN);
        }
        int k;
        while ((k = session.steps().size()) < want.steps().size()) {
            cancel.check();
            if (session.finished() || session.step().isEmpty() || !isPrefix(session.steps(), want.steps())) {
                int at = Math.min(k, want.steps().size() - 1);
                release();
                throw new ModelException("the run does not replay on this model (step " + at + " comes out differently): "
                        + "Reset starts a new run");
            }
        }
        return session;
    }

    private void rebuild(ModelProvider.Lease with, Trace want, int topN) {
        if (session != null) {
            session.close();
            session = null; // stays null if the constructor below refuses the settings
        }
        lease = with;
        session = new DecodeSession(with.model(), want.promptIds(), want.sampler(), want.cautious(), want.maxTokens(),
                want.stopAtEos(), topN);
        forceInterventions(want);
        key = want;
        keyTopN = topN;
    }

    /**
     * A run opened from a counterfactual branch holds forced tokens (they consumed no noise): force them
     * again, one block per run of consecutive forced steps, so the replay reproduces the branch.
     */
    private void forceInterventions(Trace want) {
        java.util.List<org.tokenscope.host.decode.Step> steps = want.steps();
        for (int i = 0; i < steps.size(); ) {
            if (!steps.get(i).forced()) {
                i++;
                continue;
            }
            int start = i;
            while (i < steps.size() && steps.get(i).forced()) {
                i++;
            }
            session.force(start, steps.subList(start, i).stream().mapToInt(org.tokenscope.host.decode.Step::id).toArray());
        }
    }

    /** Closes the session and returns the model; the next {@link #at} starts afresh. */
    synchronized void release() {
        if (session != null) {
            session.close();
            session = null;
        }
        if (lease != null) {
            lease.close();
            lease = null;
        }
        key = null;
    }

    /** Releases the session when it runs on another model than {@code current} (the window switched models). */
    synchronized void releaseUnless(org.tokenscope.host.model.LanguageModel current) {
        if (lease != null && lease.model() != current) {
            release();
        }
    }

    private static boolean sameSettings(Trace a, Trace b) {
        return a != null && a.sampler().equals(b.sampler()) && java.util.Objects.equals(a.cautious(), b.cautious())
                && a.maxTokens() == b.maxTokens() && a.stopAtEos() == b.stopAtEos() && Arrays.equals(a.promptIds(), b.promptIds());
    }

    /** Whether {@code have} is {@code want} or a beginning of it (same ids from the same noise keys). */
    private static boolean isPrefix(List<Step> have, List<Step> want) {
        if (have.size() > want.size()) {
            return false;
        }
        for (int i = 0; i < have.size(); i++) {
            if (have.get(i).id() != want.get(i).id() || have.get(i).trial() != want.get(i).trial()) {
                return false;
            }
        }
        return true;
    }
}
