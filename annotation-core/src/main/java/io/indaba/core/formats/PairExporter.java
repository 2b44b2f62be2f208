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
 * whole conversation in chosen/rejected and writes no prompt) and {@code reward} (dpo plus {@code margin}). Ties and
 * both-bad decisions have no pair form: they are dropped and counted in the report.
 */
public final class PairExporter extends PreferenceExporter {

    /** The row shape. */
    enum Shape { STANDARD, CONVERSATIONAL, REWARD }

    static final String TIES = "ties (no preference pair form)";
    static final String BOTH_BAD = "both-bad decisions (no preference pair form)";
    static final String NO_MAJORITY = "pairs without a majority decision (policy=majority)";
    static final String MISSING = "decisions whose candidate is missing from the project";

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

    @Override
    public String id() {
        return switch (shape) {
            case STANDARD -> "dpo";
            case CONVERSATIONAL -> "dpo-conversational";
            case REWARD -> "reward";
        };
    }

    @Override
    public String description() {
        return switch (shape) {
            case STANDARD -> "TRL DPO, standard: prompt/chosen/rejected strings with provenance";
            case CONVERSATIONAL -> "TRL DPO, conversational: message lists (implicit-prompt=true for whole chats)";
            case REWARD -> "reward-model pairs: prompt/chosen/rejected with margin = |strength|";
        };
    }

    @Override
    String task() {
        return shape == Shape.REWARD ? "text-classification" : "text-generation";
    }

    @Override
    List<Column> columns(ExportOptions options) {
        List<Column> out = new ArrayList<>();
        boolean implicit = shape == Shape.CONVERSATIONAL && booleanFlag(options, "implicit-prompt");
        if (!implicit) {
            out.add(new Column("prompt", shape == Shape.CONVERSATIONAL
                    ? "the messages before the answer" : "the prompt text"));
        }
        String answer = shape != Shape.CONVERSATIONAL ? "text"
                : implicit ? "whole conversation ending in the assistant turn" : "assistant turn";
        out.add(new Column("chosen", "preferred response (" + answer + ")"));
        out.add(new Column("rejected", "dispreferred response (" + answer + ")"));
        if (shape == Shape.REWARD) {
            out.add(new Column("margin", "|strength| of the preference (0..3; 0 when not recorded)"));
        }
        out.addAll(Provenance.HEAD);
        for (String side : List.of("chosen", "rejected")) {
            out.add(new Column(side + "_model", "model that generated the " + side + " response"));
            out.add(new Column(side + "_backend", "inference back-end of the " + side + " response"));
            out.add(new Column(side + "_params", "sampling parameters sent for the " + side + " response"));
            out.add(new Column(side + "_seed", "sampling seed of the " + side + " response"));
            out.add(new Column(side + "_origin", "imported, generated or human-edited"));
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
                List<Map<String, Object>> messages = shape == Shape.CONVERSATIONAL ? PromptMessages.of(block.prompt()) : null;
                for (PairDecision d : prepared) {
                    if (!d.outcome().decisive()) {
                        tally.drop(d.outcome() == PairDecision.Outcome.TIE ? TIES : BOTH_BAD);
                        continue;
                    }
                    JudgementBlock.Response chosen = block.candidates().get(d.chosen());
                    JudgementBlock.Response rejected = block.candidates().get(d.rejected());
                    if (chosen == null || rejected == null) {
                        tally.drop(MISSING);
                        continue;
                    }
                    g.writeStartObject();
                    if (shape != Shape.CONVERSATIONAL) {
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
                            PromptMessages.assistant(g, r.text());
                            g.writeEndArray();
                        }
                    }
                    if (shape == Shape.REWARD) {
                        g.writeNumberField("margin", d.margin());
                    }
                    Provenance.head(g, block, d.judgements(), majority);
                    Provenance.candidate(g, Provenance.CHOSEN, quoted, chosen);
                    Provenance.candidate(g, Provenance.REJECTED, quoted, rejected);
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
