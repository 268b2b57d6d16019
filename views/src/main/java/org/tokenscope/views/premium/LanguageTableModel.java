package org.tokenscope.views.premium;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The rows the languages × tokenizers table shows, in order: the reference language pinned first, then the
 * languages grouped (by script or family, each group under a heading) and sorted within groups by the user's
 * sort keys, filtered by a search text. The table delegates sorting here, so the order is tested without a
 * stage and saved with the project.
 */
public final class LanguageTableModel {
    /** How languages are grouped under headings. */
    public enum Grouping { NONE, SCRIPT, FAMILY }

    private final ObjectProperty<PremiumResult> result = new SimpleObjectProperty<>(this, "result");
    private final ObjectProperty<PremiumMetric> metric = new SimpleObjectProperty<>(this, "metric", PremiumMetric.PREMIUM);
    private final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(this, "grouping", Grouping.SCRIPT);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ObservableList<SortKey> sortKeys = FXCollections.observableArrayList();
    private final ObservableList<LanguageRow> rows = FXCollections.observableArrayList();
    private final ObservableList<LanguageRow> rowsView = FXCollections.unmodifiableObservableList(rows);

    LanguageTableModel() {
        for (Observable o : List.of(result, metric, grouping, filter, sortKeys)) {
            o.addListener(x -> rebuild());
        }
    }

    public ObjectProperty<PremiumResult> resultProperty() {
        return result;
    }

    public ObjectProperty<PremiumMetric> metricProperty() {
        return metric;
    }

    public ObjectProperty<Grouping> groupingProperty() {
        return grouping;
    }

    /** Case-insensitive search in code, name, script and family; the reference always stays. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** Primary key first; empty keeps the corpus order within groups. */
    public ObservableList<SortKey> sortKeys() {
        return sortKeys;
    }

    public ObservableList<LanguageRow> rows() {
        return rowsView;
    }

    /** The language rows only, in table order: what an export of the shown table holds. */
    public List<LanguageRow> languageRows() {
        return rows.stream().filter(r -> !r.isHeading()).toList();
    }

    List<Observable> observables() {
        return List.of(metric, grouping, sortKeys);
    }

    private void rebuild() {
        PremiumResult r = result.get();
        if (r == null) {
            rows.clear();
            return;
        }
        String reference = r.counting().reference();
        String needle = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        List<LanguageRow> body = new ArrayList<>();
        LanguageRow pinned = null;
        for (LanguageInfo info : r.languages()) {
            LanguageRow row = row(r, info, info.code().equals(reference));
            if (row.reference()) {
                pinned = row;
            } else if (matches(info, needle)) {
                body.add(row);
            }
        }
        body.sort(SortKey.comparator(sortKeys, r.tokenizers()));
        List<LanguageRow> out = new ArrayList<>();
        if (pinned != null) {
            out.add(pinned);
        }
        Function<LanguageInfo, String> groupOf = groupKey();
        if (groupOf == null) {
            out.addAll(body);
        } else {
            Map<String, List<LanguageRow>> groups = new LinkedHashMap<>();
            body.forEach(row -> groups.computeIfAbsent(groupOf.apply(row.info()), k -> new ArrayList<>()).add(row));
            // Largest groups first, so the common scripts lead and one-language scripts gather at the end.
            groups.entrySet().stream()
                    .sorted(Comparator.<Map.Entry<String, List<LanguageRow>>>comparingInt(e -> -e.getValue().size())
                            .thenComparing(Map.Entry::getKey))
                    .forEach(e -> {
                        int n = e.getValue().size();
                        out.add(LanguageRow.heading(e.getKey() + " · " + n + (n == 1 ? " language" : " languages")));
                        out.addAll(e.getValue());
                    });
        }
        rows.setAll(out);
    }

    private Function<LanguageInfo, String> groupKey() {
        return switch (grouping.get()) {
            case NONE -> null;
            case SCRIPT -> info -> ScriptNames.name(info.script());
            case FAMILY -> info -> info.family() == null ? "Family not listed" : info.family();
        };
    }

    private LanguageRow row(PremiumResult r, LanguageInfo info, boolean reference) {
        List<Double> values = new ArrayList<>(r.tokenizers().size());
        for (String t : r.tokenizers()) {
            values.add(r.value(metric.get(), info.code(), t));
        }
        ModelScores.Language m = r.model() == null ? null : r.model().of(info.code());
        return new LanguageRow(info, null, reference, values, m == null ? Double.NaN : m.bitsPerByte(),
                m == null ? Double.NaN : m.meanEntropy());
    }

    private static boolean matches(LanguageInfo info, String needle) {
        if (needle.isEmpty()) {
            return true;
        }
        for (String s : new String[] {info.code(), info.name(), info.script(), info.family()}) {
            if (s != null && s.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }
}
