package org.tokenscope.host.sae;

import org.tokenscope.host.model.LanguageModel;
import org.tokenscope.host.model.TapList;

/** Whether an SAE fits a model: its hook must be one of the model's taps, and d_in the tap's width. */
public final class SaeModelCheck {
    private SaeModelCheck() {
    }

    /** The tap to read ({@code override}, else the SAE's hook name), checked; a one-line error when it does not fit. */
    public static String tapFor(Sae sae, LanguageModel model, String override) {
        String tap = override != null ? override : sae.config().metadata().hookName();
        if (tap == null) {
            throw new SaeException("the SAE does not say which activations it reads (no hook_name in cfg.json): name the tap, "
                    + TapList.describe(model.tapNames()));
        }
        if (!model.tapNames().contains(tap)) {
            throw new SaeException("the SAE reads hook " + tap + ", which is not among the taps of " + model.name() + " ("
                    + TapList.describe(model.tapNames()) + "): it was trained on another model, or name the tap to use");
        }
        int bos = model.config().bos();
        int width = ActivationCollector.tapWidth(model, tap, bos >= 0 ? bos : 0);
        if (width != sae.dIn()) {
            throw new SaeException("the SAE expects d_in = " + sae.dIn() + " but tap " + tap + " of " + model.name()
                    + " has width " + width + ": it was trained on another model or tap");
        }
        return tap;
    }
}
