package org.tokenscope.views.premium;

import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.tokenscope.host.premium.PremiumRow;

/**
 * The per-language, per-tokenizer quantity the table cells and the charts show. {@code key} is the column
 * name of the command line's JSON and CSV, so a saved project and an exported table agree with it.
 */
public enum PremiumMetric {
    PREMIUM("premium", "Token premium", "tokens / reference tokens", Format.RATIO, PremiumRow::premium),
    TOKENS("tokens", "Tokens", "tokens", Format.COUNT, r -> r.tokens()),
    BYTE_PREMIUM("byte_premium", "Byte premium", "UTF-8 bytes / reference bytes", Format.RATIO, PremiumRow::bytePremium),
    CHAR_PREMIUM("char_premium", "Character premium", "code points / reference code points", Format.RATIO,
            PremiumRow::charPremium),
    BYTES_PER_TOKEN("bytes_per_token", "Bytes per token", "UTF-8 bytes per token", Format.DECIMAL, PremiumRow::bytesPerToken),
    CHARS_PER_TOKEN("chars_per_token", "Characters per token", "code points per token", Format.DECIMAL,
            PremiumRow::charsPerToken),
    FERTILITY("fertility", "Fertility", "tokens per whitespace word", Format.DECIMAL, PremiumRow::fertility),
    UNIQUE_TYPES("unique_types", "Unique token types", "distinct token ids", Format.COUNT, r -> r.uniqueTypes()),
    VOCAB_SHARE("vocab_share", "Vocabulary used", "unique types / vocabulary size", Format.PERCENT, PremiumRow::vocabShare),
    UNKNOWN_SHARE("unknown_share", "Unknown / byte fallback", "share of tokens", Format.PERCENT, PremiumRow::unknownShare),
    VALID_SHARE("valid_share", "%valid (lexicon)", "unique types that are words", Format.PERCENT, PremiumRow::validShare),
    PURE_SHARE("pure_share", "%pure (lexicon)", "unique types that are roots or affixes", Format.PERCENT,
            PremiumRow::pureShare);

    /** How a value is written in a cell. */
    public enum Format { RATIO, COUNT, DECIMAL, PERCENT }

    private final String key;
    private final String label;
    private final String unit;
    private final Format format;
    private final ToDoubleFunction<PremiumRow> value;

    PremiumMetric(String key, String label, String unit, Format format, ToDoubleFunction<PremiumRow> value) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.format = format;
        this.value = value;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** What the number counts, for axis titles. */
    public String unit() {
        return unit;
    }

    /** NaN where the engine left the value out (a script without spaces, no lexicon). */
    public double of(PremiumRow row) {
        return value.applyAsDouble(row);
    }

    /** Premiums are ratios to the reference: their charts get a parity line at 1. */
    public boolean isRelative() {
        return this == PREMIUM || this == BYTE_PREMIUM || this == CHAR_PREMIUM;
    }

    /** The cell text: "2.43×", "52,567", "3.91", "12.5%", or "–" for no value. */
    public String format(double v) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        return switch (format) {
            case RATIO -> String.format(Locale.ROOT, "%.2f×", v);
            case COUNT -> String.format(Locale.ROOT, "%,d", Math.round(v));
            case DECIMAL -> String.format(Locale.ROOT, "%.2f", v);
            case PERCENT -> String.format(Locale.ROOT, "%.1f%%", 100 * v);
        };
    }

    @Override
    public String toString() {
        return label; // what choice boxes show
    }

    /** Parses {@link #key()}; unknown keys (a newer file) fall back to the premium. */
    public static PremiumMetric of(String key) {
        for (PremiumMetric m : values()) {
            if (m.key.equals(key)) {
                return m;
            }
        }
        return PREMIUM;
    }
}
