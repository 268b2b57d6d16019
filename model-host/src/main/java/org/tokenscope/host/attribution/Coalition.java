package org.tokenscope.host.attribution;

import java.util.Arrays;

/**
 * A set of players (indices 0..players−1), immutable, usable as a map key. Stored as a bit set so games
 * with hundreds of token players still fit; exact enumeration builds them from a {@code long} mask.
 */
public final class Coalition {
    private final int players;
    private final long[] bits;

    private Coalition(int players, long[] bits) {
        this.players = players;
        this.bits = bits;
    }

    public static Coalition empty(int players) {
        if (players < 0) {
            throw new IllegalArgumentException("players must be ≥ 0");
        }
        return new Coalition(players, new long[(players + 63) >>> 6]);
    }

    public static Coalition full(int players) {
        Coalition c = empty(players);
        for (int i = 0; i < players; i++) {
            c.bits[i >>> 6] |= 1L << i;
        }
        return c;
    }

    /** Bit i of {@code mask} is player i; for up to 63 players (exact enumeration). */
    public static Coalition ofMask(int players, long mask) {
        if (players > 63 || (players < 63 && mask >>> players != 0)) {
            throw new IllegalArgumentException("mask " + mask + " does not fit " + players + " players");
        }
        Coalition c = empty(players);
        if (players > 0) {
            c.bits[0] = mask;
        }
        return c;
    }

    public static Coalition of(int players, int... members) {
        Coalition c = empty(players);
        for (int i : members) {
            c.check(i);
            c.bits[i >>> 6] |= 1L << i;
        }
        return c;
    }

    public int players() {
        return players;
    }

    public boolean contains(int player) {
        check(player);
        return (bits[player >>> 6] & (1L << player)) != 0;
    }

    /** This coalition with {@code player} added (a new object; this one is unchanged). */
    public Coalition with(int player) {
        check(player);
        long[] b = bits.clone();
        b[player >>> 6] |= 1L << player;
        return new Coalition(players, b);
    }

    public Coalition without(int player) {
        check(player);
        long[] b = bits.clone();
        b[player >>> 6] &= ~(1L << player);
        return new Coalition(players, b);
    }

    public int size() {
        int n = 0;
        for (long w : bits) {
            n += Long.bitCount(w);
        }
        return n;
    }

    private void check(int player) {
        if (player < 0 || player >= players) {
            throw new IndexOutOfBoundsException("player " + player + " of " + players);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Coalition c && c.players == players && Arrays.equals(c.bits, bits);
    }

    @Override
    public int hashCode() {
        return 31 * players + Arrays.hashCode(bits);
    }

    /** Members as {@code {0,2,5}}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < players; i++) {
            if (contains(i)) {
                b.append(b.length() > 1 ? "," : "").append(i);
            }
        }
        return b.append('}').toString();
    }
}
