package org.tokenscope.views.counterfactual;

import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import org.tokenscope.host.decode.CautiousSettings;
import org.tokenscope.host.decode.SamplerSettings;

/**
 * The factual settings fields: shows {@link FactualSettings} and reads them back when Generate is pressed.
 * Text fields rather than spinners so any value can be typed; a bad one is named in the message line.
 */
final class SettingsForm {
    private final ComboBox<String> prompt;
    private final TextField seed, temperature, topK, topP, minP, maxTokens, interventionalSeed;
    private final CheckBox cautious;
    /** Cautious settings as last shown: the panel edits only on/off and keeps the thresholds it was given. */
    private CautiousSettings cautiousValues = CautiousSettings.DEFAULT;

    SettingsForm(ComboBox<String> prompt, TextField seed, TextField temperature, TextField topK, TextField topP, TextField minP,
            TextField maxTokens, CheckBox cautious, TextField interventionalSeed) {
        this.prompt = prompt;
        this.seed = seed;
        this.temperature = temperature;
        this.topK = topK;
        this.topP = topP;
        this.minP = minP;
        this.maxTokens = maxTokens;
        this.cautious = cautious;
        this.interventionalSeed = interventionalSeed;
    }

    void show(FactualSettings s) {
        prompt.getEditor().setText(s.prompt());
        prompt.setValue(s.prompt());
        seed.setText(Long.toString(s.sampler().seed()));
        temperature.setText(Double.toString(s.sampler().temperature()));
        topK.setText(Integer.toString(s.sampler().topK()));
        topP.setText(Double.toString(s.sampler().topP()));
        minP.setText(Double.toString(s.sampler().minP()));
        maxTokens.setText(Integer.toString(s.maxTokens()));
        cautious.setSelected(s.cautious() != null);
        if (s.cautious() != null) {
            cautiousValues = s.cautious();
        }
        interventionalSeed.setText(Long.toString(s.interventionalSeed()));
    }

    /** The settings the fields hold, on top of {@code base}; IllegalArgumentException names the bad field. */
    FactualSettings read(FactualSettings base) {
        String text = prompt.getEditor().getText();
        SamplerSettings sampler = new SamplerSettings(number(temperature, "τ"), (int) whole(topK, "top-k"), number(topP, "top-p"),
                number(minP, "min-p"), whole(seed, "Seed"));
        long baseline = whole(interventionalSeed, "Baseline seed");
        if (baseline == base.sampler().seed() + 1) {
            baseline = sampler.seed() + 1; // left at its default, seed + 1, it follows a new seed
        }
        return new FactualSettings(text, sampler, cautious.isSelected() ? cautiousValues : null, (int) whole(maxTokens, "Max tokens"),
                base.stopAtEos(), baseline, base.topN());
    }

    private static double number(TextField f, String name) {
        try {
            return Double.parseDouble(f.getText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, not \"" + f.getText() + "\"");
        }
    }

    private static long whole(TextField f, String name) {
        try {
            return Long.parseLong(f.getText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not \"" + f.getText() + "\"");
        }
    }
}
