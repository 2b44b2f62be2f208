package io.indaba.core.formats;

import com.fasterxml.jackson.core.JsonGenerator;
import io.indaba.core.prefer.PairDecision;
import io.indaba.core.prefer.Judgement;
import io.indaba.core.prefer.JudgementBlock;
import io.indaba.core.prefer.Policy;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * TRL KTO rows ({@code prompt}, {@code completion}, {@code label}) from pairwise decisions: the chosen response with
 * label true and the rejected one with label false. Ties are dropped; both-bad decisions too, unless flag
 * {@code kto-both-bad=true} writes both responses with label false (KTO can learn from unpaired bad examples).
 * {@code kto} writes plain text and leaves out prompts that are conversations (counted); {@code kto-conversational}
 * writes the prompt as messages and the completion as the assistant turn, as TRL's conversational KTO form.
 * Ratings of a single response (unpaired KTO data, see {@link KtoImporter}) are written as they are, one row each.
 */
public final class KtoExporter extends PreferenceExporter {

    private final boolean conversational;

    /** Plain-text KTO rows. */
    public KtoExporter() {
        this(false);
    }

    private KtoExporter(boolean conversational) {
        this.conversational = conversational;
    }

    /** KTO rows with the prompt as messages and the completion as an assistant turn. */
    public static KtoExporter conversational() {
        return new KtoExporter(true);
    }

    /** Why pair formats leave out a rating of one response. */
    static final String UNPAIRED = "ratings of a single response (unpaired KTO data; kto writes them)";

    /**
     * Whether {@code j} rates one response on its own (an unpaired KTO row): a ranking of one candidate, none
     * acceptable when undesirable.
     */
    static boolean unpaired(Judgement j) {
        return "ranking".equals(j.kind()) && j.ranking().size() == 1 && j.ranking().get(0).size() == 1;
    }

    @Override
    public String id() {
        return conversational ? "kto-conversational" : "kto";
    }

    @Override
    public String description() {
        return conversational ? "TRL KTO, conversational: prompt messages, completion as the assistant turn"
                : "TRL KTO: prompt/completion/label from pairwise decisions (kto-both-bad=true keeps both-bad)";
    }

    @Override
    List<Column> columns(ExportOptions options) {
        List<Column> out = new ArrayList<>(List.of(
                new Column("prompt", conversational ? "the messages before the answer" : "the prompt text"),
                new Column("completion", conversational ? "one response as the assistant turn" : "one response"),
                new Column("label", "true for the preferred response, false for the other")));
        out.addAll(Provenance.HEAD);
        out.addAll(List.of(
                new Column("model", "model that generated the completion"),
                new Column("backend", "inference back-end of the completion"),
                new Column("params", "sampling parameters sent for the completion"),
                new Column("seed", "sampling seed of the completion"),
                new Column("origin", "imported, generated or human-edited"),
                new Column("score", "the score the completion came with (score_chosen/score_rejected, UltraFeedback "
                        + "overall_score), or null"),
                new Column("ratings", "per-aspect ratings the completion came with, or null"),
                new Column("position", "where the completion was shown: left, right or null "
                        + "(a list under policy=majority)")));
        out.addAll(Provenance.TAIL);
        return out;
    }

    @Override
    DecisionRows rows(ExportOptions options, Policy policy) {
        boolean keepBothBad = booleanFlag(options, "kto-both-bad");
        boolean majority = policy == Policy.MAJORITY;
        return new DecisionRows(policy) {
            @Override
            public void block(QuotedBlock quoted, List<PairDecision> prepared, JsonGenerator g, ExportTally tally)
                    throws IOException {
                JudgementBlock block = quoted.block();
                List<Map<String, Object>> messages = conversational ? PromptMessages.of(block.prompt()) : null;
                boolean cut = !conversational && PromptMessages.multiTurn(block.prompt());
                for (PairDecision d : prepared) {
                    if (d.outcome() == PairDecision.Outcome.TIE) {
                        tally.drop(PairExporter.TIES);
                        continue;
                    }
                    if (d.outcome() == PairDecision.Outcome.BOTH_BAD && !keepBothBad) {
                        tally.drop(PairExporter.BOTH_BAD);
                        continue;
                    }
                    JudgementBlock.Response first = block.candidates().get(d.chosen());
                    JudgementBlock.Response second = block.candidates().get(d.rejected());
                    if (first == null || second == null) {
                        tally.drop(PairExporter.MISSING);
                        continue;
                    }
                    if (cut) {
                        tally.drop(PairExporter.MULTI_TURN, 2);
                        continue;
                    }
                    boolean good = d.outcome().decisive();
                    row(g, quoted, messages, d.judgements(), d.agreement(), first, good);
                    row(g, quoted, messages, d.judgements(), d.agreement(), second, false);
                    tally.row();
                    tally.row();
                }
                for (Judgement j : block.judgements()) {
                    if (!unpaired(j)) {
                        continue;
                    }
                    JudgementBlock.Response r = block.candidates().get(j.ranking().get(0).get(0));
                    if (r == null) {
                        tally.drop(PairExporter.MISSING);
                    } else if (cut) {
                        tally.drop(PairExporter.MULTI_TURN);
                    } else {
                        row(g, quoted, messages, List.of(j), 1.0, r, !j.noneAcceptable());
                        tally.row();
                    }
                }
            }

            private void row(JsonGenerator g, QuotedBlock quoted, List<Map<String, Object>> messages,
                             List<Judgement> js, double agreement, JudgementBlock.Response r, boolean label)
                    throws IOException {
                JudgementBlock block = quoted.block();
                g.writeStartObject();
                if (messages != null) {
                    g.writeArrayFieldStart("prompt");
                    PromptMessages.write(g, messages);
                    g.writeEndArray();
                    g.writeArrayFieldStart("completion");
                    PromptMessages.answer(g, r);
                    g.writeEndArray();
                } else {
                    g.writeFieldName("prompt");
                    quoted.prompt(g);
                    g.writeFieldName("completion");
                    quoted.text(g, r);
                }
                g.writeBooleanField("label", label);
                Provenance.head(g, block, js, majority);
                Provenance.candidate(g, Provenance.UNPREFIXED, quoted, r);
                Provenance.scores(g, "", r);
                Provenance.perJudgement(g, "position", js, majority,
                        (Judgement j) -> Provenance.position(j, r.id()));
                Provenance.tail(g, js, majority, agreement);
                g.writeEndObject();
                g.writeRaw('\n');
            }
        };
    }
}
