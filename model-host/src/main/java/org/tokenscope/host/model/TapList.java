package org.tokenscope.host.model;

import java.util.List;

/** A readable list of tap names for messages: real models have thousands, so the list is cut short. */
public final class TapList {
    private static final int SHOWN = 12;

    private TapList() {
    }

    /** "taps: a, b, c … and 1,204 more (models inspect --json lists them all)", or "the model has no taps". */
    public static String describe(List<String> taps) {
        if (taps.isEmpty()) {
            return "the model has no intermediate tensors to tap";
        }
        String shown = String.join(", ", taps.subList(0, Math.min(SHOWN, taps.size())));
        return taps.size() <= SHOWN ? "its taps are " + shown
                : String.format("its taps are %s … and %,d more (models inspect --json lists them all)", shown,
                        taps.size() - SHOWN);
    }
}
