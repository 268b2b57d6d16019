package org.tokenscope.views.stepper;

import java.util.Locale;

/** The hover text of a token chip: where it is, its numbers, its CNTP step and the alternatives. */
final class TokenDetails {
    private TokenDetails() {
    }

    static String of(TokenRow r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "#%d  id %d  %s%n", r.index(), r.id(), r.display()));
        b.append(String.format(Locale.ROOT, "p %.4f   surprisal %.3f nats   rank %d%n", r.prob(), r.surprisal(), r.rank()));
        b.append(String.format(Locale.ROOT, "entropy %.3f nats (%.3f bits)", r.entropy(), r.entropy() / Math.log(2)));
        if (r.step() != null && r.step().entropyRaw() != r.entropy()) {
            b.append(String.format(Locale.ROOT, "; before the warpers %.3f nats", r.step().entropyRaw()));
        }
        if (r.trials() > 1) {
            b.append(String.format(Locale.ROOT, "%nCNTP: %d trials; %s", r.trials(),
                    r.inTrial() ? "this token continues the winning trial" : "this token opens the winning trial"));
        } else if (r.trials() == 1) {
            b.append(String.format(Locale.ROOT, "%nCNTP: 1 trial (entropy below H_low: plain sampling)"));
        }
        if (r.step() != null && r.step().forced()) {
            b.append(String.format(Locale.ROOT, "%nforced (an intervention), not sampled"));
        }
        if (!r.top().isEmpty()) {
            b.append(String.format(Locale.ROOT, "%nTop alternatives:"));
            for (TokenRow.Alternative a : r.top()) {
                b.append(String.format(Locale.ROOT, "%n  %s %-14s %.4f", a.id() == r.id() ? "▶" : " ", a.display(), a.prob()));
            }
        }
        return b.toString();
    }
}
