package io.indaba.core.formats;

import io.indaba.core.prefer.Judgement;
import io.indaba.core.prefer.JudgementBlock;
import io.indaba.core.prefer.PairDecision;

/**
 * A reward row's margin and where it came from. A human strength wins: it is a judgement about this pair. Without
 * one, the imported scores' difference (chosen minus rejected) says how much better the chosen response scored,
 * when it is positive; a difference that is zero or contradicts the decision says nothing, and the win counts 1.
 */
record Margin(double value, String source) {

    static Margin of(PairDecision d, JudgementBlock.Response chosen, JudgementBlock.Response rejected) {
        boolean strength = d.judgements().stream().map(Judgement::strength).anyMatch(s -> s != null && s != 0);
        if (strength) {
            return new Margin(d.margin(), "strength");
        }
        if (chosen.score() != null && rejected.score() != null && chosen.score() > rejected.score()) {
            return new Margin(chosen.score() - rejected.score(), "score");
        }
        return new Margin(d.margin(), "default");
    }
}
