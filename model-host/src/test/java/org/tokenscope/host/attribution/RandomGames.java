package org.tokenscope.host.attribution;

import java.util.SplittableRandom;

/** Seeded random games for property tests: a random value for every coalition of up to 20 players. */
final class RandomGames {
    private RandomGames() {
    }

    static CoalitionGame game(int players, long seed) {
        double[] table = table(players, seed);
        return CoalitionGame.of(players, c -> table[SpecGames.mask(c)]);
    }

    static double[] table(int players, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] t = new double[1 << players];
        for (int i = 0; i < t.length; i++) {
            t[i] = r.nextDouble(-5, 5);
        }
        return t;
    }
}
