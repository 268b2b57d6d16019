package org.tokenscope.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.tokenscope.host.premium.PremiumRow;
import org.tokenscope.host.premium.PremiumTable;

/** The three outputs of {@code premium}: JSON rows, CSV, and a readable table. Columns follow the CLI spec. */
final class PremiumOutput {
    private static final List<String> COLUMNS = List.of("lang", "tokenizer", "tokens", "premium", "bytes", "chars",
            "bytes_per_token", "chars_per_token", "fertility", "unique_types", "vocab_share", "unknown_share");
    private static final List<String> LEXICON_COLUMNS = List.of("valid_share", "pure_share");

    private PremiumOutput() {
    }

    /** {@code {"meta", "rows": [...]}}; non-finite ratios (no spaces in the script, no lexicon) are null. */
    static ObjectNode json(PremiumTable table, ObjectNode root) {
        ArrayNode rows = root.putArray("rows");
        boolean lexicons = !table.settings().lexicons().isEmpty();
        for (PremiumRow r : table.rows()) {
            ObjectNode n = rows.addObject();
            n.put("lang", r.language());
            n.put("tokenizer", r.tokenizer());
            n.put("tokens", r.tokens());
            n.set("premium", Json.num(r.premium()));
            n.put("bytes", r.bytes());
            n.put("chars", r.chars());
            n.set("bytes_per_token", Json.num(r.bytesPerToken()));
            n.set("chars_per_token", Json.num(r.charsPerToken()));
            n.set("fertility", Json.num(r.fertility()));
            n.put("unique_types", r.uniqueTypes());
            n.set("vocab_share", Json.num(r.vocabShare()));
            n.set("unknown_share", Json.num(r.unknownShare()));
            if (lexicons) {
                n.set("valid_share", Json.num(r.validShare()));
                n.set("pure_share", Json.num(r.pureShare()));
            }
        }
        return root;
    }

    /** A header line and one line per row; empty fields where JSON has null; RFC 4180 quoting where needed. */
    static String csv(PremiumTable table) {
        boolean lexicons = !table.settings().lexicons().isEmpty();
        StringBuilder b = new StringBuilder();
        b.append(String.join(",", COLUMNS));
        if (lexicons) {
            b.append(',').append(String.join(",", LEXICON_COLUMNS));
        }
        b.append('\n');
        for (PremiumRow r : table.rows()) {
            b.append(field(r.language())).append(',').append(field(r.tokenizer())).append(',')
                    .append(r.tokens()).append(',').append(number(r.premium())).append(',')
                    .append(r.bytes()).append(',').append(r.chars()).append(',')
                    .append(number(r.bytesPerToken())).append(',').append(number(r.charsPerToken())).append(',')
                    .append(number(r.fertility())).append(',').append(r.uniqueTypes()).append(',')
                    .append(number(r.vocabShare())).append(',').append(number(r.unknownShare()));
            if (lexicons) {
                b.append(',').append(number(r.validShare())).append(',').append(number(r.pureShare()));
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** The settings that produced the numbers, then an aligned table. */
    static String summary(PremiumTable t, int languages) {
        boolean lexicons = !t.settings().lexicons().isEmpty();
        StringBuilder b = new StringBuilder();
        b.append("corpus:     ").append(t.corpus()).append(" (").append(languages).append(" languages)\n");
        b.append("convention: ").append(t.settings().convention().key()).append(" - ")
                .append(t.settings().convention().description()).append('\n');
        b.append("normalize:  ").append(t.settings().normalization().key()).append('\n');
        b.append("reference:  ").append(t.settings().reference()).append('\n');
        t.lexiconNames().forEach((language, name) -> b.append("lexicon:    ").append(language).append(": ").append(name).append('\n'));
        b.append('\n');
        b.append(String.format(Locale.ROOT, "%-18s %-14s %10s %8s %10s %9s %7s %8s", "lang", "tokenizer", "tokens", "premium",
                "bytes/tok", "fertility", "types", "unknown"));
        b.append(lexicons ? String.format(Locale.ROOT, " %7s %7s%n", "valid", "pure") : "\n");
        for (PremiumRow r : t.rows()) {
            b.append(String.format(Locale.ROOT, "%-18s %-14s %10d %8s %10s %9s %7d %8s", r.language(), r.tokenizer(),
                    r.tokens(), fixed(r.premium(), 2), fixed(r.bytesPerToken(), 2), fixed(r.fertility(), 2), r.uniqueTypes(),
                    percent(r.unknownShare())));
            b.append(lexicons ? String.format(Locale.ROOT, " %7s %7s%n", percent(r.validShare()), percent(r.pureShare())) : "\n");
        }
        return b.toString();
    }

    private static String number(double x) {
        return Double.isFinite(x) ? Json.write(Json.num(x)) : "";
    }

    private static String fixed(double x, int decimals) {
        return Double.isFinite(x) ? String.format(Locale.ROOT, "%." + decimals + "f", x) : "-";
    }

    private static String percent(double x) {
        return Double.isFinite(x) ? String.format(Locale.ROOT, "%.1f%%", 100 * x) : "-";
    }

    private static String field(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
