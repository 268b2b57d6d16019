package org.tokenscope.views.premium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tokenscope.views.export.BarChartData;
import org.tokenscope.views.export.ChartData;
import org.tokenscope.views.export.ColorScale;
import org.tokenscope.views.export.HeatmapData;

/** Chart descriptions: sorted, parity line, subsets that keep the reference, the convention in the axis title. */
class PremiumChartsTest {
    private final PremiumResult r = LanguageTableModelTest.result("eng_Latn", LanguageTableModelTest.LANGUAGES);

    @Test
    void barsAreSortedHighestFirstWithAParityLine() {
        BarChartData bars = PremiumCharts.bars(r, PremiumMetric.PREMIUM, "a", PremiumCharts.Subset.ALL);
        assertEquals(List.of("Russian", "Turkish", "Finnish", "German", "English", "Ukrainian"), bars.categories());
        assertEquals(List.of(new ChartData.Threshold("parity", 1.0)), bars.thresholds());
        assertTrue(bars.xTitle().contains("petrov convention, no special tokens, raw UTF-8, vs eng_Latn"), bars.xTitle());
        assertEquals("Token premium — a (6 languages)", bars.title());
        assertEquals(List.of(), PremiumCharts.bars(r, PremiumMetric.TOKENS, "a", PremiumCharts.Subset.ALL).thresholds(),
                "counts have no parity");
    }

    @Test
    void groupedBarsHaveOneSeriesPerTokenizerAndTheHeatmapUsesViridis() {
        BarChartData grouped = PremiumCharts.grouped(r, PremiumMetric.PREMIUM, "b", PremiumCharts.Subset.ALL);
        assertEquals(List.of("a", "b"), grouped.series().stream().map(BarChartData.BarSeries::name).toList());
        assertEquals("Turkish", grouped.categories().get(0), "ranked by tokenizer b");
        HeatmapData heat = PremiumCharts.heatmap(r, PremiumMetric.PREMIUM, "a", PremiumCharts.Subset.ALL);
        assertEquals(ColorScale.SEQUENTIAL, heat.scale());
        assertEquals(List.of("a", "b"), heat.rows());
        assertEquals(List.of("Russian", "Turkish", "Finnish", "German", "English", "Ukrainian"), heat.columns());
        assertEquals(2.5, heat.value(0, 0));
        assertEquals(1.6, heat.value(1, 0), "Russian under b");
        assertTrue(Double.isNaN(heat.value(0, 5)), "Ukrainian has no value under a");
        assertNull(PremiumCharts.model(r, "a", false), "no model scores, no model chart");
    }

    @Test
    void aSubsetKeepsTheReference() {
        Object[][] many = new Object[60][];
        for (int i = 0; i < 60; i++) {
            many[i] = new Object[] {String.format("l%02d_Latn", i), "L" + i, 1.0 + i / 10.0, 1.0};
        }
        many[0] = new Object[] {"eng_Latn", "English", 1.0, 1.0};
        PremiumResult big = LanguageTableModelTest.result("eng_Latn", many);
        List<LanguageInfo> highest = PremiumCharts.ranked(big, PremiumMetric.PREMIUM, "a", PremiumCharts.Subset.HIGHEST);
        assertEquals(PremiumCharts.SUBSET_SIZE + 1, highest.size());
        assertEquals("eng_Latn", highest.get(highest.size() - 1).code(), "the reference closes the highest ones");
        List<LanguageInfo> lowest = PremiumCharts.ranked(big, PremiumMetric.PREMIUM, "a", PremiumCharts.Subset.LOWEST);
        assertEquals(PremiumCharts.SUBSET_SIZE, lowest.size(), "the reference is among the lowest already");
        List<Double> values = new ArrayList<>();
        highest.forEach(l -> values.add(big.value(PremiumMetric.PREMIUM, l.code(), "a")));
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, values);
    }
}
