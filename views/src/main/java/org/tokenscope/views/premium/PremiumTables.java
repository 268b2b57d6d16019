package org.tokenscope.views.premium;

import java.util.ArrayList;
import java.util.List;
import org.tokenscope.host.premium.PremiumRow;
import org.tokenscope.views.export.TableData;

/**
 * The panel's tables as {@link TableData} for CSV, JSON and reports. Every row carries the reference and the
 * counting convention in its own columns, and the title carries the full counting line, so an exported table
 * read on its own still says how it was counted.
 */
public final class PremiumTables {
    private PremiumTables() {
    }

    /** The table as shown: one line per language, the metric under each tokenizer, in the table's order. */
    public static TableData shown(PremiumResult r, PremiumMetric metric, List<LanguageRow> rows) {
        boolean model = r.model() != null;
        List<String> columns = new ArrayList<>(List.of("lang", "name", "script", "family"));
        r.tokenizers().forEach(t -> columns.add(metric.key() + ":" + t));
        if (model) {
            columns.add("model_bits_per_byte");
            columns.add("model_mean_entropy_nats");
        }
        columns.addAll(List.of("reference", "convention", "normalize"));
        List<List<Object>> out = new ArrayList<>();
        for (LanguageRow row : rows) {
            if (row.isHeading()) {
                continue;
            }
            LanguageInfo l = row.info();
            List<Object> cells = new ArrayList<>(List.of(l.code(), l.name()));
            cells.add(l.script());
            cells.add(l.family());
            for (int i = 0; i < r.tokenizers().size(); i++) {
                cells.add(cell(metric, row.value(i)));
            }
            if (model) {
                cells.add(row.bitsPerByte());
                cells.add(row.meanEntropy());
            }
            counting(cells, r);
            out.add(cells);
        }
        return new TableData(metric.label() + " by language and tokenizer — " + r.conventionLine(), columns, out);
    }

    /** Every metric of every (language, tokenizer) pair, as the command line's {@code premium --csv} lists them. */
    public static TableData all(PremiumResult r) {
        List<String> columns = new ArrayList<>(ResultCodec.COLUMNS);
        columns.addAll(2, List.of("name", "script", "family"));
        if (r.model() != null) {
            columns.addAll(List.of("model_bits_per_byte", "model_mean_entropy_nats"));
        }
        columns.addAll(List.of("reference", "convention", "normalize"));
        List<List<Object>> out = new ArrayList<>();
        for (PremiumRow p : r.rows()) {
            LanguageInfo l = r.language(p.language());
            List<Object> cells = new ArrayList<>();
            cells.add(p.language());
            cells.add(p.tokenizer());
            cells.add(l.name());
            cells.add(l.script());
            cells.add(l.family());
            cells.addAll(List.of(p.tokens(), p.premium(), p.bytes(), p.chars(), p.bytePremium(), p.charPremium(),
                    p.bytesPerToken(), p.charsPerToken(), p.words(), p.fertility(), p.uniqueTypes(), p.vocabShare(),
                    p.unknownShare(), p.validShare(), p.pureShare()));
            if (r.model() != null) {
                ModelScores.Language m = r.model().of(p.language());
                cells.add(m == null ? null : m.bitsPerByte());
                cells.add(m == null ? null : m.meanEntropy());
            }
            counting(cells, r);
            out.add(cells);
        }
        return new TableData("All metrics by language and tokenizer — " + r.conventionLine(), columns, out);
    }

    private static void counting(List<Object> cells, PremiumResult r) {
        cells.add(r.counting().reference());
        cells.add(r.counting().convention().key());
        cells.add(r.counting().normalization().key());
    }

    /** Counts as whole numbers, so CSV shows 52567 rather than 52567.0. */
    private static Object cell(PremiumMetric metric, double v) {
        if (!Double.isFinite(v)) {
            return null;
        }
        return metric == PremiumMetric.TOKENS || metric == PremiumMetric.UNIQUE_TYPES ? (Object) Math.round(v) : (Object) v;
    }
}
