package io.indaba.app.review;

import io.indaba.app.common.Messages;
import io.indaba.core.item.Item;
import io.indaba.core.prefer.Candidate;
import io.indaba.core.prefer.Disagreement;
import io.indaba.core.prefer.Judgement;
import io.indaba.core.prefer.Winner;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** How the review workspace words verdicts, candidates, prompts and list entries. */
final class ReviewText {

    private static final String NONE = "—";

    private ReviewText() {
    }

    static String verdict(String winner, Integer signedStrength) {
        int strength = signedStrength == null ? 0 : Math.abs(signedStrength);
        return switch (Winner.of(winner)) {
            case A -> Messages.format("review.verdict.a", Math.max(1, strength));
            case B -> Messages.format("review.verdict.b", Math.max(1, strength));
            case TIE -> Messages.get("review.verdict.tie");
            case BOTH_BAD -> Messages.get("review.verdict.bothBad");
        };
    }

    static String winnerName(Winner winner) {
        return switch (winner) {
            case A -> Messages.get("review.winner.a");
            case B -> Messages.get("review.winner.b");
            case TIE -> Messages.get("review.winner.tie");
            case BOTH_BAD -> Messages.get("review.winner.bothBad");
        };
    }

    static JudgementRow row(Judgement j) {
        return new JudgementRow(j.annotatorId(), verdict(j.winner(), j.strength()),
                j.rationale() == null || j.rationale().isBlank() ? NONE : j.rationale(),
                j.flags().isEmpty() ? NONE : String.join(", ", j.flags()),
                j.aids().isEmpty() ? NONE : String.join(", ", j.aids()),
                j.timeOnTaskMs() == null ? NONE : String.format(Locale.ROOT, "%.1f s", j.timeOnTaskMs() / 1000.0));
    }

    static String label(Disagreement d) {
        String split = d.verdicts().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> winnerName(e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(" · "));
        return d.adjudicated() == null
                ? Messages.format("review.entry", d.externalId(), split)
                : Messages.format("review.entryDecided", d.externalId(), split, winnerName(d.adjudicated()));
    }

    static String candidate(String side, Candidate c) {
        if (c == null) {
            return side;
        }
        return c.model() == null ? Messages.format("review.candidate", side, c.origin())
                : Messages.format("review.candidate", side, c.model());
    }

    /** The prompt of a prompt item, or every field of another kind, one per paragraph. */
    static String prompt(Item item) {
        String prompt = item.field("prompt");
        if (!prompt.isBlank()) {
            return prompt;
        }
        return item.fields().entrySet().stream().map(e -> "**" + e.getKey() + "**: " + e.getValue())
                .collect(Collectors.joining("\n\n"));
    }
}
