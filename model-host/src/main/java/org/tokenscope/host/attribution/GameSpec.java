package org.tokenscope.host.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.tokenscope.host.attribution.AttributionException.Kind;
import org.tokenscope.host.model.LanguageModel;
import org.tokenscope.host.tokenize.Tokenizer;

/**
 * Settings and a prompt turned into the parts of a game: players, value function and masking, with
 * every automatic choice resolved. All input problems surface here, before the model runs.
 *
 * @param settings the settings with value, choice and baseline token filled in
 */
public record GameSpec(Segmentation segmentation, ValueFunction value, Masking masking, AttributionSettings settings) {

    /** Tokens tried, in order, as the default baseline before falling back to EOS and BOS. */
    private static final List<String> NEUTRAL_TOKENS = List.of("<pad>", "[PAD]", "<|pad|>", "<unk>", "[UNK]");

    public static GameSpec build(LanguageModel model, String prompt, AttributionSettings s) {
        Tokenizer tok = model.requireTokenizer();
        boolean hasTarget = s.target() != null, hasOptions = !s.options().isEmpty();
        if (hasTarget && hasOptions) {
            throw new AttributionException(Kind.BAD_OPTIONS, "give a target or options, not both");
        }
        if (!hasTarget && !hasOptions) {
            throw new AttributionException(Kind.NO_TARGET, "no target: give the text whose probability to explain "
                    + "(--target TEXT) or the answers to choose among (--options \"A|B\")");
        }
        ValueKind kind = s.value() != null ? s.value() : hasTarget ? ValueKind.LOGPROB : ValueKind.CHOICE;
        if (kind.needsTarget() && !hasTarget) {
            throw new AttributionException(Kind.NO_TARGET, "the " + kind.label() + " value explains a target: give --target TEXT, "
                    + "or use --value choice or logit-diff with --options");
        }
        if (!kind.needsTarget() && !hasOptions) {
            throw new AttributionException(Kind.BAD_OPTIONS, "the " + kind.label() + " value compares options: give --options "
                    + "\"A|B\", or use --value logprob or prob with --target");
        }
        AttributionSettings.Builder resolved = s.toBuilder().value(kind);
        ValueFunction value;
        if (hasTarget) {
            int[] target = nonEmpty(tok, s.target(), "target");
            value = kind == ValueKind.LOGPROB ? new ValueFunction.TargetLogProb(target) : new ValueFunction.TargetProbability(target);
        } else {
            value = options(tok, s, kind, resolved);
        }
        Segmentation seg = Segmentation.of(tok, model.config().specials().bos(), prompt,
                s.granularity(), s.spans(), s.pins());
        Masking masking = switch (s.masking()) {
            case REMOVE -> new Masking.Remove();
            case BASELINE -> {
                int id = s.baselineToken() != null ? s.baselineToken() : defaultBaseline(model);
                resolved.baselineToken(id);
                yield new Masking.Baseline(id);
            }
            case FILLER -> {
                int[] ids = tok.encodeIds(s.filler() == null ? "" : s.filler());
                if (ids.length == 0) {
                    throw new AttributionException(Kind.EMPTY_TARGET, "the filler \"" + s.filler() + "\" tokenises to nothing: "
                            + "give a filler text or use the remove masking");
                }
                yield new Masking.Filler(s.filler(), ids);
            }
        };
        return new GameSpec(seg, value, masking, resolved.build());
    }

    private static ValueFunction options(Tokenizer tok, AttributionSettings s, ValueKind kind, AttributionSettings.Builder resolved) {
        List<String> texts = s.options();
        if (texts.size() < 2) {
            throw new AttributionException(Kind.BAD_OPTIONS, "a choice needs at least two options, e.g. --options \"A|B\"");
        }
        List<int[]> ids = new ArrayList<>();
        for (String o : texts) {
            int[] t = nonEmpty(tok, o, "option");
            for (int i = 0; i < ids.size(); i++) {
                if (Arrays.equals(ids.get(i), t)) {
                    throw new AttributionException(Kind.BAD_OPTIONS, "options \"" + texts.get(i) + "\" and \"" + o
                            + "\" are the same tokens: give different options");
                }
            }
            ids.add(t);
        }
        int choice = s.choice() == null ? 0 : texts.indexOf(s.choice());
        if (choice < 0) {
            throw new AttributionException(Kind.BAD_OPTIONS, "the choice \"" + s.choice() + "\" is not one of the options "
                    + String.join("|", texts));
        }
        resolved.choice(texts.get(choice));
        if (kind == ValueKind.CHOICE) {
            return new ValueFunction.ChoiceProbability(ids, choice);
        }
        if (texts.size() != 2) {
            throw new AttributionException(Kind.BAD_OPTIONS, "logit-diff compares exactly two options, got " + texts.size());
        }
        int token = ids.get(choice)[0], other = ids.get(1 - choice)[0];
        if (token == other) {
            throw new AttributionException(Kind.BAD_OPTIONS, "logit-diff compares the options' first tokens, and \"" + texts.get(0)
                    + "\" and \"" + texts.get(1) + "\" start with the same token: use --value choice");
        }
        return new ValueFunction.LogitDifference(token, other);
    }

    private static int[] nonEmpty(Tokenizer tok, String text, String what) {
        int[] ids = tok.encodeIds(text);
        if (ids.length == 0) {
            throw new AttributionException(Kind.EMPTY_TARGET, "the " + what + " \"" + text + "\" tokenises to nothing: give a "
                    + "non-empty " + what);
        }
        return ids;
    }

    /** pad, then unk, then EOS, then BOS: a token that carries as little of the text as the model offers. */
    static int defaultBaseline(LanguageModel model) {
        Tokenizer tok = model.requireTokenizer();
        for (String t : NEUTRAL_TOKENS) {
            OptionalInt id = tok.tokenId(t);
            if (id.isPresent()) {
                return id.getAsInt();
            }
        }
        if (!model.config().eos().isEmpty()) {
            return model.config().eos().iterator().next();
        }
        if (model.config().bos() >= 0) {
            return model.config().bos();
        }
        throw new AttributionException(Kind.BAD_SETTING, "this model names no pad, unk, EOS or BOS token to mask with: "
                + "give --baseline-token ID");
    }
}
