package org.tokenscope.views.stepper;

import java.math.BigDecimal;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

/** Editable spinners bound both ways to a settings property; typed text is committed when focus leaves. */
final class Spinners {
    private Spinners() {
    }

    static Spinner<Integer> integer(String id, int min, int max, int step, ObjectProperty<Integer> value) {
        SpinnerValueFactory.IntegerSpinnerValueFactory f = new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, value.get(), step);
        f.valueProperty().bindBidirectional(value);
        return spinner(id, f);
    }

    static Spinner<Double> decimal(String id, double min, double max, double step, ObjectProperty<Double> value) {
        SpinnerValueFactory.DoubleSpinnerValueFactory f = new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max, value.get(), step);
        f.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double d) {
                // The shortest exact decimal: the default "#.##" would show H_low 0.005 as 0.01.
                return d == null ? "" : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            }

            @Override
            public Double fromString(String s) {
                try {
                    return Double.valueOf(s.trim());
                } catch (NumberFormatException e) {
                    return f.getValue(); // not a number: keep the value, the text reverts
                }
            }
        });
        f.valueProperty().bindBidirectional(value);
        return spinner(id, f);
    }

    private static <T> Spinner<T> spinner(String id, SpinnerValueFactory<T> f) {
        Spinner<T> s = new Spinner<>(f);
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(96);
        s.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit(s);
            }
        });
        return s;
    }

    /** Parses the editor's text into the value, or restores the text when it does not parse. */
    static <T> void commit(Spinner<T> s) {
        SpinnerValueFactory<T> f = s.getValueFactory();
        try {
            T v = f.getConverter().fromString(s.getEditor().getText());
            if (v != null) {
                f.setValue(v);
            }
        } catch (RuntimeException e) {
            // fall through: the text shows the kept value again
        }
        s.getEditor().setText(f.getConverter().toString(f.getValue()));
    }
}
