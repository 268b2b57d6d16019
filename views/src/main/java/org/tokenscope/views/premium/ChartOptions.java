package org.tokenscope.views.premium;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** What the charts show besides the table's metric: the tokenizer that ranks the languages and how many. */
public final class ChartOptions {
    private final StringProperty tokenizer = new SimpleStringProperty(this, "tokenizer");
    private final ObjectProperty<PremiumCharts.Subset> subset =
            new SimpleObjectProperty<>(this, "subset", PremiumCharts.Subset.HIGHEST);

    /** The tokenizer whose values rank the languages (and whose bars the single-tokenizer chart shows). */
    public StringProperty tokenizerProperty() {
        return tokenizer;
    }

    public ObjectProperty<PremiumCharts.Subset> subsetProperty() {
        return subset;
    }

    /** Keeps the ranking tokenizer one the result has: the first, when the chosen one was not compared. */
    void follow(PremiumResult r) {
        if (r != null && (tokenizer.get() == null || !r.tokenizers().contains(tokenizer.get()))) {
            tokenizer.set(r.tokenizers().isEmpty() ? null : r.tokenizers().get(0));
        }
    }

    List<Observable> observables() {
        return List.of(tokenizer, subset);
    }
}
