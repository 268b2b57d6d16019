package org.tokenscope.views.counterfactual;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tokenscope.host.decode.Intervention;
import org.tokenscope.views.counterfactual.TokenDiff.Mark;

/** Position-aligned marks, with tokens kept by the edit alignment shown as shifted rather than changed. */
class TokenDiffTest {

    @Test
    void aSubstitutionChangesOnlyItsPosition() {
        int[] f = {1, 2, 3, 4};
        assertEquals(List.of(Mark.SAME, Mark.FORCED, Mark.SAME, Mark.SAME),
                TokenDiff.marks(f, new int[] {1, 9, 3, 4}, Intervention.generated(1, 9)));
    }

    @Test
    void anInsertionShiftsTheRestWhichStaysKept() {
        int[] f = {1, 2, 3, 4, 5};
        int[] cf = {1, 7, 8, 2, 3, 4};
        assertEquals(List.of(Mark.SAME, Mark.FORCED, Mark.FORCED, Mark.SHIFTED, Mark.SHIFTED, Mark.SHIFTED),
                TokenDiff.marks(f, cf, Intervention.generated(1, 7, 8)));
        assertEquals(4, TokenDiff.keptCount(TokenDiff.marks(f, cf, Intervention.generated(1, 7, 8))));
    }

    @Test
    void newTokensAreChangedAndPromptInterventionsForceNothing() {
        assertEquals(List.of(Mark.SAME, Mark.CHANGED, Mark.SHIFTED),
                TokenDiff.marks(new int[] {1, 2}, new int[] {1, 6, 2}, Intervention.prompt(3, 42)));
        assertEquals(List.of(Mark.CHANGED), TokenDiff.marks(new int[0], new int[] {5}, Intervention.prompt(0, 1)));
    }

    @Test
    void keptTokensFollowAMinimumEditAlignment() {
        assertArrayEquals(new boolean[] {false, true, true}, TokenDiff.keptByAlignment(new int[] {1, 2, 3}, new int[] {9, 2, 3}));
        assertArrayEquals(new boolean[] {true, false, true}, TokenDiff.keptByAlignment(new int[] {1, 3}, new int[] {1, 2, 3}));
        assertArrayEquals(new boolean[0], TokenDiff.keptByAlignment(new int[] {1}, new int[0]));
    }
}
