package org.tokenscope.views.stepper;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.tokenscope.host.decode.CautiousSettings;
import org.tokenscope.host.decode.Punctuation;
import org.tokenscope.host.decode.SamplerSettings;
import org.tokenscope.host.decode.TrialFormula;

/**
 * The sampler and CNTP settings as the form edits them. Object properties (not primitive ones) so spinners bind
 * to them bidirectionally without the weakly referenced adapters of {@code asObject()}. A run is made with the
 * values current when it starts; editing them later applies from the next Reset.
 */
public final class StepperSettings {
    private final ObjectProperty<Integer> seed = new SimpleObjectProperty<>(this, "seed", 0);
    private final ObjectProperty<Double> temperature = new SimpleObjectProperty<>(this, "temperature", 1.0);
    private final ObjectProperty<Integer> topK = new SimpleObjectProperty<>(this, "topK", 0);
    private final ObjectProperty<Double> topP = new SimpleObjectProperty<>(this, "topP", 1.0);
    private final ObjectProperty<Double> minP = new SimpleObjectProperty<>(this, "minP", 0.0);
    private final ObjectProperty<Integer> maxTokens = new SimpleObjectProperty<>(this, "maxTokens", 48);
    private final BooleanProperty stopAtEos = new SimpleBooleanProperty(this, "stopAtEos", true);
    private final ObjectProperty<Integer> topN = new SimpleObjectProperty<>(this, "topN", 10);
    private final BooleanProperty cautious = new SimpleBooleanProperty(this, "cautious", false);
    private final ObjectProperty<Double> hLow = new SimpleObjectProperty<>(this, "hLow", CautiousSettings.DEFAULT.hLow());
    private final ObjectProperty<Double> hHigh = new SimpleObjectProperty<>(this, "hHigh", CautiousSettings.DEFAULT.hHigh());
    private final ObjectProperty<Integer> maxTrials = new SimpleObjectProperty<>(this, "maxTrials", CautiousSettings.DEFAULT.maxTrials());
    private final ObjectProperty<TrialFormula> formula = new SimpleObjectProperty<>(this, "formula", TrialFormula.CODE);
    private final ObjectProperty<Punctuation.Mode> punctuation = new SimpleObjectProperty<>(this, "punctuation", Punctuation.Mode.TEXT);

    /** Every setting, for listeners that react to any change. */
    public Observable[] all() {
        return new Observable[] {seed, temperature, topK, topP, minP, maxTokens, stopAtEos, topN, cautious, hLow, hHigh,
            maxTrials, formula, punctuation};
    }

    /** The sampler settings; IllegalArgumentException with a one-line message when a value is out of range. */
    public SamplerSettings sampler() {
        return new SamplerSettings(temperature.get(), topK.get(), topP.get(), minP.get(), Integer.toUnsignedLong(seed.get()));
    }

    /** The CNTP settings, or null when cautious mode is off. */
    public CautiousSettings cautiousSettings() {
        return cautious.get() ? cautiousValues() : null;
    }

    /** The CNTP values whether or not cautious mode is on (the chart draws their thresholds either way). */
    public CautiousSettings cautiousValues() {
        return new CautiousSettings(hLow.get(), hHigh.get(), maxTrials.get(), formula.get(), punctuation.get());
    }

    /** Sets the sampler fields and the run's limits. */
    public void set(SamplerSettings s, int maxTokensValue, boolean stopAtEosValue, int topNValue) {
        seed.set((int) s.seed());
        temperature.set(s.temperature());
        topK.set(s.topK());
        topP.set(s.topP());
        minP.set(s.minP());
        maxTokens.set(maxTokensValue);
        stopAtEos.set(stopAtEosValue);
        topN.set(topNValue);
    }

    /** Sets the CNTP fields; the values are kept while cautious mode is off. */
    public void setCautious(CautiousSettings c, boolean enabled) {
        hLow.set(c.hLow());
        hHigh.set(c.hHigh());
        maxTrials.set(c.maxTrials());
        formula.set(c.formula());
        punctuation.set(c.punctuation());
        cautious.set(enabled);
    }

    public ObjectProperty<Integer> seedProperty() {
        return seed;
    }

    public ObjectProperty<Double> temperatureProperty() {
        return temperature;
    }

    public ObjectProperty<Integer> topKProperty() {
        return topK;
    }

    public ObjectProperty<Double> topPProperty() {
        return topP;
    }

    public ObjectProperty<Double> minPProperty() {
        return minP;
    }

    public ObjectProperty<Integer> maxTokensProperty() {
        return maxTokens;
    }

    public BooleanProperty stopAtEosProperty() {
        return stopAtEos;
    }

    /** How many alternatives each step records (and the hover and bars show). */
    public ObjectProperty<Integer> topNProperty() {
        return topN;
    }

    public BooleanProperty cautiousProperty() {
        return cautious;
    }

    public ObjectProperty<Double> hLowProperty() {
        return hLow;
    }

    public ObjectProperty<Double> hHighProperty() {
        return hHigh;
    }

    public ObjectProperty<Integer> maxTrialsProperty() {
        return maxTrials;
    }

    public ObjectProperty<TrialFormula> formulaProperty() {
        return formula;
    }

    public ObjectProperty<Punctuation.Mode> punctuationProperty() {
        return punctuation;
    }
}
