package org.tokenscope.host.decode;

/** The two ways CNTP turns an entropy into a trial count. */
public enum TrialFormula {
    /** The authors' code: N = int(1 + (N_max − 1)·clamp((H − H_low)/(H_high − H_low), 0, 1)). */
    CODE("code"),
    /** The paper's Algorithm 1: N = max(1, min(N_max, ⌊N_max·(H − H_low)/(H_high − H_low)⌋)). */
    PAPER("paper");

    private final String label;

    TrialFormula(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static TrialFormula of(String label) {
        for (TrialFormula f : values()) {
            if (f.label.equals(label)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown trial formula '" + label + "': use code or paper");
    }

    public int trials(double h, double hLow, double hHigh, int nMax) {
        double x = (h - hLow) / (hHigh - hLow);
        return switch (this) {
            case CODE -> (int) (1 + (nMax - 1) * Math.min(1, Math.max(0, x)));
            case PAPER -> (int) Math.max(1, Math.min(nMax, Math.floor(nMax * x)));
        };
    }
}
