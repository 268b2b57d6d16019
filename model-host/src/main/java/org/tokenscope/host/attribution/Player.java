package org.tokenscope.host.attribution;

/**
 * One player of the game: a part of the prompt that is present or masked as a whole.
 *
 * @param index     0-based, in text order
 * @param text      the part's text as it appears in the prompt
 * @param start     first code point of the part in the prompt
 * @param end       one past its last code point
 * @param positions indices into {@link Segmentation#ids()} of the tokens that belong to it, ascending
 */
public record Player(int index, String text, int start, int end, int[] positions) {
    public Player {
        positions = positions.clone();
    }

    @Override
    public int[] positions() {
        return positions.clone();
    }

    int firstPosition() {
        return positions[0];
    }
}
