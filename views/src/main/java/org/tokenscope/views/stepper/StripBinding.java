package org.tokenscope.views.stepper;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.tokenscope.views.controls.HeatLegend;
import org.tokenscope.views.controls.TokenStrip;

/**
 * Keeps a {@link TokenStrip} (and optionally its {@link HeatLegend}) showing a list of rows under the chosen
 * metric: appended rows become appended chips, so a running job grows the strip without redrawing it; a new
 * metric or a changed tint range retints every chip.
 */
final class StripBinding {
    private final ObservableList<TokenRow> rows;
    private final ObservableValue<TintMetric> metric;
    private final TokenStrip strip;
    private final HeatLegend legend;

    private StripBinding(ObservableList<TokenRow> rows, ObservableValue<TintMetric> metric, TokenStrip strip, HeatLegend legend) {
        this.rows = rows;
        this.metric = metric;
        this.strip = strip;
        this.legend = legend;
    }

    /** {@code legend} may be null (a second strip shares the first one's legend). */
    static void bind(ObservableList<TokenRow> rows, ObservableValue<TintMetric> metric, TokenStrip strip, HeatLegend legend) {
        StripBinding b = new StripBinding(rows, metric, strip, legend);
        rows.addListener(b::rowsChanged);
        metric.addListener((o, was, now) -> b.retint());
        strip.getProperties().put(StripBinding.class, b); // the strip keeps its binding alive
        b.retint();
    }

    private void rowsChanged(ListChangeListener.Change<? extends TokenRow> c) {
        boolean append = true;
        while (c.next()) {
            append &= c.wasAdded() && !c.wasRemoved() && c.getFrom() == strip.getTokens().size();
        }
        if (!append) {
            retint();
            return;
        }
        setDomain(); // first: the strip retints its chips when the range changes, then appends in the new range
        TintMetric m = metric.getValue();
        List<TokenStrip.Token> more = new ArrayList<>();
        for (int i = strip.getTokens().size(); i < rows.size(); i++) {
            more.add(token(rows.get(i), m));
        }
        strip.getTokens().addAll(more);
    }

    private void retint() {
        setDomain();
        TintMetric m = metric.getValue();
        strip.getTokens().setAll(rows.stream().map(r -> token(r, m)).toList());
    }

    private void setDomain() {
        TintMetric m = metric.getValue();
        double[] d = m.domain(rows);
        strip.domainProperty().set(d);
        if (legend != null) {
            legend.titleProperty().set(m.legend());
            legend.lowTextProperty().set(m.format(d[0]));
            legend.highTextProperty().set(m.format(d[1]));
        }
    }

    private static TokenStrip.Token token(TokenRow r, TintMetric m) {
        // The outline marks where a cautious step with trials began: the strip shows how the run was segmented.
        return new TokenStrip.Token(r.display(), m.tint(r), TokenDetails.of(r), r.trials() > 1 && !r.inTrial());
    }
}
