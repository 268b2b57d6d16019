package org.tokenscope.views.stepper;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.tokenscope.host.decode.Scorer;
import org.tokenscope.host.job.Cancellation;
import org.tokenscope.host.job.Progress;
import org.tokenscope.host.model.LanguageModel;
import org.tokenscope.host.model.ModelException;
import org.tokenscope.host.tokenize.Tokenizer;
import org.tokenscope.views.controls.ErrorAlert;
import org.tokenscope.views.shell.ModelProvider;

/**
 * Score mode's background work: scoring a text of any length (sliding windows of the model's context, half a
 * context apart, when it does not fit; see {@link Scorer}) and reading a text file into the score input. Runs off
 * the FX thread and touches no property; input that cannot be used comes back as a one-line refusal.
 */
final class ScoreWork {
    /** Larger files are refused rather than read: scoring them would take hours and the strip would not show them. */
    static final long MAX_FILE_BYTES = 16L << 20;

    private ScoreWork() {
    }

    /** Teacher-forced statistics of {@code text} after {@code prompt}, or after BOS alone when it is null. */
    static StepperWork.Outcome<ScoreRun> score(ModelProvider models, String text, String prompt, Progress progress,
            Cancellation cancel) {
        Optional<ModelProvider.Lease> borrowed = models.borrow();
        if (borrowed.isEmpty()) {
            return StepperWork.Outcome.refused(StepperWork.NO_MODEL);
        }
        try (ModelProvider.Lease lease = borrowed.get()) {
            LanguageModel model = lease.model();
            Tokenizer tok;
            int[] context;
            try {
                tok = model.requireTokenizer();
                if (prompt != null) {
                    context = model.encodePrompt(prompt);
                } else if (model.config().bos() >= 0) {
                    context = new int[] {model.config().bos()};
                } else {
                    return StepperWork.Outcome.refused(
                            "This model has no BOS token to score the first token after: score after the prompt.");
                }
            } catch (ModelException e) {
                return StepperWork.Outcome.refused(ErrorAlert.oneLine(e));
            }
            progress.update(0, -1, "tokenizing " + text.length() + " characters");
            int[] ids = tok.encodeIds(text);
            if (ids.length == 0) {
                return StepperWork.Outcome.refused("Paste or type a text to score.");
            }
            Scorer.Result r = Scorer.score(model, context, ids, text.getBytes(StandardCharsets.UTF_8).length,
                    Scorer.defaultStride(model, context), progress, cancel);
            Map<Integer, String> texts = new HashMap<>();
            for (int id : ids) {
                texts.computeIfAbsent(id, tok::displayText);
            }
            return StepperWork.Outcome.ok(new ScoreRun(text, prompt, r, texts));
        }
    }

    /** The whole of a UTF-8 text file (a leading byte-order mark dropped), or why it cannot be scored. */
    static StepperWork.Outcome<String> readText(Path file) throws IOException {
        String name = String.valueOf(file.getFileName());
        if (!Files.exists(file)) {
            return StepperWork.Outcome.refused(name + " was not found.");
        }
        if (!Files.isRegularFile(file)) {
            return StepperWork.Outcome.refused(name + " is not a file: open a UTF-8 text file to score.");
        }
        if (Files.size(file) > MAX_FILE_BYTES) {
            return StepperWork.Outcome.refused(name + " is larger than " + (MAX_FILE_BYTES >> 20)
                    + " MB: score a part of it, or use the command line (score --text-file).");
        }
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return StepperWork.Outcome.refused(name + " is not UTF-8 text: open a text file, or save it as UTF-8 and try again.");
        }
        if (text.indexOf('\0') >= 0) {
            return StepperWork.Outcome.refused(name + " holds NUL bytes, so it is not text: open a UTF-8 text file.");
        }
        text = text.startsWith("\ufeff") ? text.substring(1) : text;
        if (text.isBlank()) {
            return StepperWork.Outcome.refused(name + " holds no text.");
        }
        return StepperWork.Outcome.ok(text);
    }
}
