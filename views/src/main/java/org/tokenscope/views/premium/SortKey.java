package org.tokenscope.views.premium;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * One level of the table's sort: a column id and a direction. Column ids are {@code language}, {@code code},
 * {@code script}, {@code family}, {@code tok:<name>}, {@code model:bpb} and {@code model:entropy}; they are
 * saved in the project, so they name data rather than header texts.
 */
public record SortKey(String column, boolean ascending) {
    public static final String LANGUAGE = "language";
    public static final String CODE = "code";
    public static final String SCRIPT = "script";
    public static final String FAMILY = "family";
    public static final String MODEL_BPB = "model:bpb";
    public static final String MODEL_ENTROPY = "model:entropy";
    static final String TOKENIZER_PREFIX = "tok:";

    public static String tokenizerColumn(String tokenizer) {
        return TOKENIZER_PREFIX + tokenizer;
    }

    /**
     * Orders language rows by the keys in turn. Missing numbers (NaN) go last in either direction, so a
     * descending sort starts with the highest real premium rather than with the languages that have none.
     */
    static Comparator<LanguageRow> comparator(List<SortKey> keys, List<String> tokenizers) {
        Comparator<LanguageRow> all = (a, b) -> 0;
        for (SortKey k : keys) {
            all = all.thenComparing(k.comparator(tokenizers));
        }
        return all;
    }

    private Comparator<LanguageRow> comparator(List<String> tokenizers) {
        return switch (column) {
            case LANGUAGE -> text(r -> r.info().name());
            case CODE -> text(r -> r.info().code());
            case SCRIPT -> text(r -> r.info().script());
            case FAMILY -> text(r -> r.info().family());
            case MODEL_BPB -> number(LanguageRow::bitsPerByte);
            case MODEL_ENTROPY -> number(LanguageRow::meanEntropy);
            default -> {
                int i = column.startsWith(TOKENIZER_PREFIX) ? tokenizers.indexOf(column.substring(TOKENIZER_PREFIX.length())) : -1;
                yield i < 0 ? (a, b) -> 0 : number(r -> r.value(i)); // a tokenizer no longer compared sorts nothing
            }
        };
    }

    private Comparator<LanguageRow> text(java.util.function.Function<LanguageRow, String> key) {
        return (a, b) -> {
            String x = key.apply(a);
            String y = key.apply(b);
            if (x == null || y == null) {
                return x == null ? (y == null ? 0 : 1) : -1; // unknown script or family last
            }
            int c = x.toLowerCase(Locale.ROOT).compareTo(y.toLowerCase(Locale.ROOT));
            return ascending ? c : -c;
        };
    }

    private Comparator<LanguageRow> number(java.util.function.ToDoubleFunction<LanguageRow> key) {
        return (a, b) -> {
            double x = key.applyAsDouble(a);
            double y = key.applyAsDouble(b);
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return Double.isNaN(x) ? (Double.isNaN(y) ? 0 : 1) : -1;
            }
            return ascending ? Double.compare(x, y) : Double.compare(y, x);
        };
    }
}
