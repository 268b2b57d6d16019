package org.tokenscope.host.attribution;

import java.util.List;

/** The five test games of specs/shapley.md with their exact Shapley values. */
final class SpecGames {
    private SpecGames() {
    }

    record Case(String name, CoalitionGame game, double[] phi) {
    }

    static List<Case> all() {
        return List.of(threePlayers(), majority(), and(), glove(), fourPlayers());
    }

    /** v(∅)=0, A=15, B=25, C=38, AB=25, AC=41, BC=51, ABC=51 → A=11/2, B=31/2, C=30. */
    static Case threePlayers() {
        double[] byMask = {0, 15, 25, 25, 38, 41, 51, 51}; // bit 0 = A, bit 1 = B, bit 2 = C
        return new Case("3 players", CoalitionGame.of(3, c -> byMask[mask(c)]), new double[] {11 / 2.0, 31 / 2.0, 30});
    }

    static Case majority() {
        return new Case("majority", CoalitionGame.of(3, c -> c.size() >= 2 ? 1 : 0), new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0});
    }

    static Case and() {
        return new Case("AND of 0,1", CoalitionGame.of(3, c -> c.contains(0) && c.contains(1) ? 1 : 0), new double[] {0.5, 0.5, 0});
    }

    static Case glove() {
        return new Case("glove", CoalitionGame.of(3, c -> Math.min(in(c, 0), in(c, 1) + in(c, 2))),
                new double[] {2 / 3.0, 1 / 6.0, 1 / 6.0});
    }

    /** v(S) = −3 + ½[0] + 3/2[1] + [1,2] − ¼[3] + ½[0,3]. */
    static Case fourPlayers() {
        return new Case("4 players", CoalitionGame.of(4, c -> -3 + 0.5 * in(c, 0) + 1.5 * in(c, 1) + in(c, 1) * in(c, 2)
                - 0.25 * in(c, 3) + 0.5 * in(c, 0) * in(c, 3)), new double[] {0.75, 2, 0.5, 0});
    }

    static int in(Coalition c, int player) {
        return c.contains(player) ? 1 : 0;
    }

    static int mask(Coalition c) {
        int m = 0;
        for (int i = 0; i < c.players(); i++) {
            m |= in(c, i) << i;
        }
        return m;
    }
}
