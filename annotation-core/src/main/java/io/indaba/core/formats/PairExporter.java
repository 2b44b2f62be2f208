package io.indaba.core.formats;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.indaba.core.prefer.PairDecision;
import io.indaba.core.prefer.Judgement;
import io.indaba.core.prefer.JudgementBlock;
import io.indaba.core.prefer.Policy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Preference pairs in TRL's shapes: {@code dpo} (prompt/chosen/rejected strings), {@code dpo-conversational} (prompt
 * as the messages before the answer, chosen/rejected as the assistant turn; flag {@code implicit-prompt=true} puts the
 * whole conversation in chosen/rejected and writes no prompt), {@code reward} (dpo plus {@code margin}) and
 * {@code reward-conversational}. Ties and both-bad decisions have no pair form: they are dropped and counted in the
 * report. The plain-text shapes leave out prompts that are conversations (see {@link #MULTI_TURN}) and count them.
 *
 * <p>The margin is the preference's strength, 1..3: under {@code policy=majority} the mean over the judgements that
 * agree with the majority. A win recorded without a strength (a ranking, an imported decision) takes the score
 * difference when both responses came with scores (see {@link Margin}), else counts as 1, the weakest win, as the
 * statistics count it: a margin of 0 would say "tie" about a decided pair.
 */
public final class PairExporter extends PreferenceExporter {

    /** The row shape. */
    enum Shape {
        STANDARD, CONVERSATIONAL, REWARD, REWARD_CONVERSATIONAL;

        boolean conversational() {
            return this == CONVERSATIONAL || this == REWARD_CONVERSATIONAL;
        }

        boolean margin() {
            return this == REWARD || this == REWARD_CONVERSATIONAL;
        }
    }

    static final String TIES = "ties (no preference pair form)";
    static final String BOTH_BAD = "both-bad decisions (no preference pair form)";
    static final String NO_MAJORITY = "pairs without a majority decision (policy=majority)";
    static final String MISSING = "decisions whose candidate is missing from the project";
    static final String MULTI_TURN = "rows whose prompt is a conversation (a system prompt or earlier turns that "
            + "plain text would lose; the -conversational formats keep them)";

    private static final SerializedString PROMPT = new SerializedString("prompt");
    private static final SerializedString CHOSEN = new SerializedString("chosen");
    private static final SerializedString REJECTED = new SerializedString("rejected");
    private static final SerializedString CHOSEN_POSITION = new SerializedString("chosen_position");

    private final Shape shape;

    private PairExporter(Shape shape) {
        this.shape = shape;
    }

    /** TRL standard DPO rows. */
    public static PairExporter dpo() {
        return new PairExporter(Shape.STANDARD);
    }

    /** TRL conversational DPO rows. */
    public static PairExporter dpoConversational() {
        return new PairExporter(Shape.CONVERSATIONAL);
    }

    /** Reward-model rows with a margin. */
    public static PairExporter reward() {
        return new PairExporter(Shape.REWARD);
    }

    /** Reward-model rows with a margin, the prompt as messages and each answer as an assistant turn. */
    public static PairExporter rewardConversational() {
        return new PairExporter(Shape.REWARD_CONVERSATIONAL);
    }

    @Override
    public String id() {
        return switch (shape) {
            case STANDARD -> "dpo";
            case CONVERSATIONAL -> "dpo-conversational";
            case REWARD -> "reward";
            case REWARD_CONVERSATIONAL -> "reward-conversational";
        };
    }

    @Override
    public String description() {
        return switch (shape) {
            case STANDARD -> "TRL DPO, standard: prompt/chosen/rejected strings with provenance";
            case CONVERSATIONAL -> "TRL DPO, conversational: message lists (implicit-prompt=true for whole chats)";
            case REWARD -> "reward-model pairs: prompt/chosen/rejected with margin = strength 1..3";
            case REWARD_CONVERSATIONAL -> "reward-model pairs as message lists, with margin = strength 1..3";
        };
    }

    @Override
    String task() {
        return shape.margin() ? "text-classification" : "text-generation";
    }

    @Override
    List<Column> columns(ExportOptions options) {
        List<Column> out = new ArrayList<>();
        boolean implicit = shape == Shape.CONVERSATIONAL && booleanFlag(options, "implicit-prompt");
        if (!implicit) {
            out.add(new Column("prompt", shape.conversational()
                    ? "the messages before the answer" : "the prompt text"));
        }
        String answer = !shape.conversational() ? "text"
                : implicit ? "whole conversation ending in the assistant turn" : "assistant turn";
        out.add(new Column("chosen", "preferred response (" + answer + ")"));
        out.add(new Column("rejected", "dispreferred response (" + answer + ")"));
        if (shape.margin()) {
            out.add(new Column("margin", "strength of the preference: the human strength 1..3 when recorded (the "
                    + "mean over the agreeing judgements under policy=majority); else chosen_score - rejected_score "
                    + "when both responses came with scores and the difference is positive; else 1"));
            out.add(new Column("margin_source", "where margin came from: strength, score or default"));
        }
        out.addAll(Provenance.HEAD);
        for (String side : List.of("chosen", "rejected")) {
            out.add(new Column(side + "_model", "model that generated the " + side + " response"));
            out.add(new Column(side + "_backend", "inference back-end of the " + side + " response"));
            out.add(new Column(side + "_params", "sampling parameters sent for the " + side + " response"));
            out.add(new Column(side + "_seed", "sampling seed of the " + side + " response"));
            out.add(new Column(side + "_origin", "imported, generated or human-edited"));
        }
        for (String side : List.of("chosen", "rejected")) {
            out.add(new Column(side + "_score", "the score the " + side + " response came with (score_" + side
                    + ", UltraFeedback overall_score), or null"));
            out.add(new Column(side + "_ratings", "per-aspect ratings the " + side + " response came with "
                    + "(UltraFeedback annotations), or null"));
        }
        out.add(new Column("chosen_position", "where the chosen response was shown: left, right or null "
                + "(a list under policy=majority)"));
        out.addAll(Provenance.TAIL);
        return out;
    }

    @Override
    DecisionRows rows(ExportOptions options, Policy policy) {
        boolean implicit = shape == Shape.CONVERSATIONAL && booleanFlag(options, "implicit-prompt");
        boolean majority = policy == Policy.MAJORITY;
        return new DecisionRows(policy) {
            @Override
            public void block(QuotedBlock quoted, List<PairDecision> prepared, JsonGenerator g, ExportTally tally)
                    throws IOException {
                JudgementBlock block = quoted.block();
                List<Map<String, Object>> messages = shape.conversational() ? PromptMessages.of(block.prompt()) : null;
                boolean cut = !shape.conversational() && PromptMessages.multiTurn(block.prompt());
                tally.drop(KtoExporter.UNPAIRED, block.judgements().stream().filter(KtoExporter::unpaired).count());
                for (PairDecision d : prepared) {
                    if (!d.outcome().decisive()) {
                        tally.drop(d.outcome() == PairDecision.Outcome.TIE ? TIES : BOTH_BAD);
                        continue;
                    }
                    if (cut) {
                        tally.drop(MULTI_TURN);
                        continue;
                    }
                    JudgementBlock.Response chosen = block.candidates().get(d.chosen());
                    JudgementBlock.Response rejected = block.candidates().get(d.rejected());
                    if (chosen == null || rejected == null) {
                        tally.drop(MISSING);
                        continue;
                    }
                    g.writeStartObject();
                    if (!shape.conversational()) {
                        g.writeFieldName(PROMPT);
                        quoted.prompt(g);
                        g.writeFieldName(CHOSEN);
                        quoted.text(g, chosen);
                        g.writeFieldName(REJECTED);
                        quoted.text(g, rejected);
                    } else {
                        if (!implicit) {
                            g.writeArrayFieldStart("prompt");
                            PromptMessages.write(g, messages);
                            g.writeEndArray();
                        }
                        for (JudgementBlock.Response r : List.of(chosen, rejected)) {
                            g.writeArrayFieldStart(r == chosen ? "chosen" : "rejected");
                            if (implicit) {
                                PromptMessages.write(g, messages);
                            }
                            PromptMessages.answer(g, r);
                            g.writeEndArray();
                        }
                    }
                    if (shape.margin()) {
                        Margin m = Margin.of(d, chosen, rejected);
                        g.writeNumberField("margin", m.value());
                        g.writeStringField("margin_source", m.source());
                    }
                    Provenance.head(g, block, d.judgements(), majority);
                    Provenance.candidate(g, Provenance.CHOSEN, quoted, chosen);
                    Provenance.candidate(g, Provenance.REJECTED, quoted, rejected);
                    Provenance.scores(g, "chosen_", chosen);
                    Provenance.scores(g, "rejected_", rejected);
                    long chosenId = d.chosen();
                    Provenance.perJudgement(g, CHOSEN_POSITION, d.judgements(), majority,
                            (Judgement j) -> Provenance.position(j, chosenId));
                    Provenance.tail(g, d.judgements(), majority, d.agreement());
                    g.writeEndObject();
                    g.writeRaw('\n');
                    tally.row();
                }
            }
        };
    }
}
