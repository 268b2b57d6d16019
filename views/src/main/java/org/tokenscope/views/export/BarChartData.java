package org.tokenscope.views.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Vertical bars per category; several series draw as grouped bars. Error bars (± the value, e.g. a standard
 * error) are optional per series and per bar (NaN = none).
 */
public record BarChartData(String title, String xTitle, String yTitle, List<String> categories,
        List<BarChartData.BarSeries> series, List<ChartData.Threshold> thresholds) implements ChartData {

    /** One value per category; {@code errors} is empty or has one entry per category. */
    public record BarSeries(String name, List<Double> values, List<Double> errors) {
        public BarSeries {
            Objects.requireNonNull(name, "name");
            values = Collections.unmodifiableList(new ArrayList<>(values));
            errors = Collections.unmodifiableList(new ArrayList<>(errors));
            if (!errors.isEmpty() && errors.size() != values.size()) {
                throw new IllegalArgumentException(name + ": " + values.size() + " values but " + errors.size() + " errors");
            }
        }

        public BarSeries(String name, List<Double> values) {
            this(name, values, List.of());
        }

        /** The error of bar {@code i}, or NaN when there is none. */
        public double error(int i) {
            if (errors.isEmpty()) {
                return Double.NaN;
            }
            Double e = errors.get(i);
            return e == null ? Double.NaN : e;
        }

        /** The value of bar {@code i}, NaN for a missing value. */
        public double value(int i) {
            Double v = values.get(i);
            return v == null ? Double.NaN : v;
        }
    }

    public BarChartData {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        thresholds = List.copyOf(thresholds);
        for (BarSeries s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException(s.name() + ": " + s.values().size() + " values for "
                        + categories.size() + " categories");
            }
        }
    }

    public BarChartData(String title, String xTitle, String yTitle, List<String> categories, List<BarSeries> series) {
        this(title, xTitle, yTitle, categories, series, List.of());
    }
}
