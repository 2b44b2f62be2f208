package io.indaba.app.team;

import io.indaba.app.common.Messages;
import io.indaba.core.prefer.Winner;

/** A pairwise verdict in the user's words ("Both bad" for {@code both-bad}). */
final class WinnerLabels {

    private WinnerLabels() {
    }

    static String of(Winner winner) {
        // literal keys, so the unused-key check sees each one
        return switch (winner) {
            case A -> Messages.get("team.gold.winner.A");
            case B -> Messages.get("team.gold.winner.B");
            case TIE -> Messages.get("team.gold.winner.tie");
            case BOTH_BAD -> Messages.get("team.gold.winner.bothBad");
        };
    }

    /** The label of a stored code, or the code itself when it is not a verdict. */
    static String ofCode(String code) {
        try {
            return of(Winner.of(code));
        } catch (IllegalArgumentException e) {
            return code;
        }
    }
}
