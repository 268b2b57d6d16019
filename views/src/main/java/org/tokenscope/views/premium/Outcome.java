package org.tokenscope.views.premium;

import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.tokenscope.host.premium.PremiumException;
import org.tokenscope.host.tokenize.TokenizerException;

/**
 * What a panel job returns: a value, or the one-line reason the input was refused. Bad input (an empty file,
 * a misaligned corpus, a broken tokenizer.json) is an answer to show next to the control that asked, not a
 * failure: only unexpected exceptions go on to the job runner's error dialog.
 *
 * @param refusal null when {@code value} holds the answer
 */
public record Outcome<T>(T value, String refusal) {

    public static <T> Outcome<T> of(T value) {
        return new Outcome<>(value, null);
    }

    public static <T> Outcome<T> refused(String message) {
        return new Outcome<>(null, message);
    }

    public boolean isRefused() {
        return refusal != null;
    }

    /** Runs {@code work}, turning the engine's typed input errors into a refusal and rethrowing anything else. */
    public static <T> Outcome<T> attempt(Callable<T> work) throws Exception {
        try {
            return of(work.call());
        } catch (PremiumException | TokenizerException | UncheckedIOException e) {
            return refused(oneLine(e));
        } catch (IllegalArgumentException e) { // an unknown built-in tokenizer name in a hand-edited project
            return refused(oneLine(e));
        }
    }

    /** The first line of the message: the engine writes them for users, library causes can run on. */
    static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (e instanceof UncheckedIOException && e.getCause() != null && e.getCause().getMessage() != null) {
            m = m + ": " + e.getCause().getMessage();
        }
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return m.lines().findFirst().orElse(m).strip();
    }
}
