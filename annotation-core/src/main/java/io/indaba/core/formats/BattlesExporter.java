package io.indaba.core.formats;

import com.fasterxml.jackson.core.JsonGenerator;
import io.indaba.core.prefer.PairDecision;
import io.indaba.core.prefer.Judgement;
import io.indaba.core.prefer.JudgementBlock;
import io.indaba.core.prefer.Policy;
import io.indaba.core.prefer.Proficiency;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Chatbot-Arena battles: {@code model_a}, {@code model_b}, {@code winner} (model_a, model_b, tie, tie (bothbad)),
 * {@code judge}, {@code language} (BCP-47), {@code tstamp} (Unix seconds) and {@code conversation_a}/{@code _b} (the
 * prompt's messages and each model's answer, so that {@code arena-battles} reads the file back). model_a is the fixed A candidate (the
 * smaller id); {@code model_a_position} says where it was shown. Battles need a model on both sides: responses
 * without one (human-written, imported without a model) are left out and counted.
 */
public final class BattlesExporter extends PreferenceExporter {

    static final String NO_MODEL = "battles without a model on both sides";

    @Override
    public String id() {
        return "battles";
    }

    @Override
    public String description() {
        return "Arena battles: model_a, model_b, winner, judge, language, tstamp (for Elo / Bradley-Terry)";
    }

    @Override
    List<Column> columns(ExportOptions options) {
        return List.of(
                new Column("model_a", "model of candidate A (the smaller candidate id)"),
                new Column("model_b", "model of candidate B"),
                new Column("winner", "model_a, model_b, tie, or tie (bothbad)"),
                new Column("judge", "pseudonymous annotator id, or \"majority\" under policy=majority"),
                new Column("language", "BCP-47 language of the judged responses"),
                new Column("tstamp", "when the judgement was made, Unix seconds (the latest under policy=majority)"),
                new Column("conversation_a", "the prompt's messages and model_a's answer as the assistant turn"),
                new Column("conversation_b", "the prompt's messages and model_b's answer as the assistant turn"),
                new Column("item_id", "the prompt item's external id"),
                new Column("judgement_uid", "the judgement's stable id (a list under policy=majority)"),
                new Column("prompt_lang", "BCP-47 language of the prompt"),
                new Column("annotator_proficiency", "the judge's proficiency in the language, or null "
                        + "(a list under policy=majority)"),
                new Column("guideline_version", "version of the guidelines (a list under policy=majority)"),
                new Column("model_a_position", "where model_a's response was shown: left, right or null "
                        + "(a list under policy=majority)"),
                Provenance.TAIL.get(0), Provenance.TAIL.get(1), Provenance.TAIL.get(2));
    }

    @Override
    DecisionRows rows(ExportOptions options, Policy policy) {
        boolean majority = policy == Policy.MAJORITY;
        return new DecisionRows(policy) {
            @Override
            public void block(QuotedBlock quoted, List<PairDecision> prepared, JsonGenerator g, ExportTally tally)
                    throws IOException {
                JudgementBlock block = quoted.block();
                List<java.util.Map<String, Object>> messages = PromptMessages.of(block.prompt());
                tally.drop(KtoExporter.UNPAIRED, block.judgements().stream().filter(KtoExporter::unpaired).count());
                for (PairDecision d : prepared) {
                    JudgementBlock.Response a = block.candidates().get(d.a());
                    JudgementBlock.Response b = block.candidates().get(d.b());
                    if (a == null || b == null) {
                        tally.drop(PairExporter.MISSING);
                        continue;
                    }
                    if (a.model() == null || b.model() == null) {
                        tally.drop(NO_MODEL);
                        continue;
                    }
                    List<Judgement> js = d.judgements();
                    g.writeStartObject();
                    g.writeStringField("model_a", a.model());
                    g.writeStringField("model_b", b.model());
                    g.writeStringField("winner", switch (d.outcome()) {
                        case A_WINS -> "model_a";
                        case B_WINS -> "model_b";
                        case TIE -> "tie";
                        case BOTH_BAD -> "tie (bothbad)";
                    });
                    g.writeStringField("judge", majority ? "majority" : js.get(0).annotatorId());
                    g.writeStringField("language", block.lang());
                    Provenance.writeValue(g, "tstamp", tstamp(js));
                    for (JudgementBlock.Response r : List.of(a, b)) {
                        g.writeArrayFieldStart(r == a ? "conversation_a" : "conversation_b");
                        PromptMessages.write(g, messages);
                        PromptMessages.answer(g, r);
                        g.writeEndArray();
                    }
                    g.writeStringField("item_id", block.prompt().externalId());
                    Provenance.perJudgement(g, "judgement_uid", js, majority, Judgement::uid);
                    g.writeStringField("prompt_lang", block.prompt().lang());
                    Provenance.perJudgement(g, "annotator_proficiency", js, majority, j -> {
                        Proficiency p = block.proficiency().get(j.annotatorId());
                        return p == null ? null : p.code();
                    });
                    Provenance.perJudgement(g, "guideline_version", js, majority, Judgement::guidelineVersion);
                    Provenance.perJudgement(g, "model_a_position", js, majority,
                            (Judgement j) -> Provenance.position(j, d.a()));
                    Provenance.tail(g, js, majority, d.agreement());
                    g.writeEndObject();
                    g.writeRaw('\n');
                    tally.row();
                }
            }
        };
    }

    /** The latest judgement time in Unix seconds, or null when none parses. */
    static Double tstamp(List<Judgement> js) {
        Double latest = null;
        for (Judgement j : js) {
            if (j.createdAt() == null) {
                continue;
            }
            try {
                Instant t = Instant.parse(j.createdAt());
                double s = t.getEpochSecond() + t.getNano() / 1e9;
                latest = latest == null ? s : Math.max(latest, s);
            } catch (DateTimeParseException e) {
                // an unparseable time leaves tstamp to the other judgements, or null
            }
        }
        return latest;
    }
}
