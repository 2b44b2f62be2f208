package io.indaba.core.stats.ranking;

import java.util.Objects;

/** One model-versus-model result; {@code scoreA} is 1 when model A won, 0 when model B won, 0.5 for a tie. */
public record Comparison(String modelA, String modelB, double scoreA) {

    public Comparison {
        Objects.requireNonNull(modelA, "modelA");
        Objects.requireNonNull(modelB, "modelB");
        if (modelA.equals(modelB)) {
            throw new IllegalArgumentException("a model cannot be compared with itself: " + modelA);
        }
        if (scoreA != 0 && scoreA != 0.5 && scoreA != 1) {
            throw new IllegalArgumentException("scoreA must be 0, 0.5 or 1, got " + scoreA);
        }
    }

    /** The winner beat the loser. */
    public static Comparison win(String winner, String loser) {
        return new Comparison(winner, loser, 1);
    }

    /** Neither model was preferred; for Bradley-Terry a tie is half a win for each. */
    public static Comparison tie(String modelA, String modelB) {
        return new Comparison(modelA, modelB, 0.5);
    }
}
